using System.Collections.Immutable;

namespace NewsModel.Tests.Diagnostics;

public sealed class NewsFormatExceptionTests
{
    private static readonly NewsDiagnostic s_warning = new()
    {
        Code = NewsDiagnosticCode.UnclassifiedText, Severity = NewsDiagnosticSeverity.Warning, Message = "A warning.", Line = 2, Column = 1,
    };

    private static readonly NewsDiagnostic s_error = new()
    {
        Code = NewsDiagnosticCode.InvalidJsonValue, Severity = NewsDiagnosticSeverity.Error, Message = "The value is wrong.", Line = 3, Column = 14, Path = "$.consent.title",
    };

    [Fact]
    public void Constructors_Standard_ExistAndKeepTheirArguments()
    {
        var inner = new InvalidOperationException("inner");

        new NewsFormatException().Message.Should().NotBeNullOrEmpty();
        new NewsFormatException("Custom.").Message.Should().Be("Custom.");
        new NewsFormatException(null).Message.Should().NotBeNullOrEmpty();
        var wrapped = new NewsFormatException("Custom.", inner);
        wrapped.InnerException.Should().BeSameAs(inner);
        wrapped.Diagnostic.Should().BeNull();
        wrapped.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DiagnosticsWithoutAnError_DoesNotThrow()
    {
        var fromWarnings = new NewsFormatException([s_warning]);
        var fromNone = new NewsFormatException([]);
        var fromDefault = new NewsFormatException(default(ImmutableArray<NewsDiagnostic>));
        var fromNullElement = new NewsFormatException([null!]);

        fromWarnings.Diagnostic.Should().Be(s_warning);
        fromWarnings.Message.Should().Be("A warning.");
        fromNone.Diagnostic.Should().BeNull();
        fromNone.Message.Should().NotBeNullOrEmpty();
        fromDefault.Diagnostics.Should().BeEmpty();
        fromNullElement.Diagnostic.Should().BeNull();
    }

    [Fact]
    public void Message_IsTheFirstErrorsMessage_WithoutThePositionThatFormatAdds()
    {
        var exception = new NewsFormatException([s_warning, s_error]);

        exception.Diagnostic.Should().Be(s_error);
        exception.Message.Should().Be("The value is wrong.");
        exception.Message.Should().NotContain("3:14").And.NotContain("$.consent.title").And.NotContain("NM3002");
        exception.Diagnostic!.Format("page.json").Should().Be("page.json:3:14: error NM3002: The value is wrong. (at $.consent.title)");
    }
}
