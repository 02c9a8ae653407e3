namespace NewsModel.Tests.Diagnostics;

public sealed class ParseResultTests
{
    private static readonly NewsDiagnostic s_warning = new()
    {
        Code = NewsDiagnosticCode.UnclassifiedText, Severity = NewsDiagnosticSeverity.Warning, Message = "A warning.", Line = 2, Column = 1,
    };

    private static readonly NewsDiagnostic s_error = new()
    {
        Code = NewsDiagnosticCode.EmptyInput, Severity = NewsDiagnosticSeverity.Error, Message = "An error.", Line = 1, Column = 1,
    };

    [Fact]
    public void Value_OfASuccess_IsTheValueWithItsWarnings()
    {
        var page = new NewsPage { UiLanguage = "en" };

        var result = new ParseResult<NewsPage>(page, [s_warning]);

        result.Success.Should().BeTrue();
        result.Value.Should().BeSameAs(page);
        result.TryGetValue(out var value).Should().BeTrue();
        value.Should().BeSameAs(page);
        result.GetValueOrDefault().Should().BeSameAs(page);
        result.Diagnostics.Should().Equal(s_warning);
    }

    [Fact]
    public void Value_OfAFailure_ThrowsTheExceptionBuiltFromTheDiagnostics()
    {
        var result = new ParseResult<NewsPage>(new NewsPage(), [s_warning, s_error]);

        result.Success.Should().BeFalse("an error never leaves a partly read value");
        result.TryGetValue(out var value).Should().BeFalse();
        value.Should().BeNull();
        result.GetValueOrDefault().Should().BeNull();
        var exception = FluentActions.Invoking(() => result.Value).Should().Throw<NewsFormatException>().Which;
        exception.Diagnostic.Should().Be(s_error);
        exception.Diagnostics.Should().Equal(s_warning, s_error);
    }

    [Fact]
    public void Value_ReadTwiceOnAFailure_BuildsANewExceptionEachTime()
    {
        var result = new ParseResult<NewsPage>(null, [s_error]);

        var first = FluentActions.Invoking(() => result.Value).Should().Throw<NewsFormatException>().Which;
        var second = FluentActions.Invoking(() => result.Value).Should().Throw<NewsFormatException>().Which;

        first.Should().NotBeSameAs(second, "a thrown exception carries its own stack trace");
    }

    [Fact]
    public void ParseResult_ServesAnyValueType()
    {
        var count = new ParseResult<int>(3, []);
        var failed = new ParseResult<int>(3, [s_error]);

        count.Value.Should().Be(3);
        failed.Success.Should().BeFalse();
        failed.GetValueOrDefault().Should().Be(0);
    }

    [Fact]
    public void Diagnostics_Default_ReadsAsEmpty()
    {
        new ParseResult<string>("x", default).Diagnostics.Should().BeEmpty();
        new ParseResult<string>("x", default).Diagnostics.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void ToString_NamesTheOutcome()
    {
        new ParseResult<string>("x", []).ToString().Should().Be("Success: x");
        new ParseResult<string>(null, [s_error]).ToString().Should().Be("Failure: 1:1: error NM1003: An error.");
    }
}
