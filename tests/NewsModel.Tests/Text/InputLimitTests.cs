using System.Text;

namespace NewsModel.Tests.Text;

/// <summary>Issue 6 §4: every reader's input limit is in one unit, bytes of UTF-8, whichever overload reads the input.</summary>
public sealed class InputLimitTests
{
    // 40 characters that take 2 bytes each in UTF-8: 40 UTF-16 units, 80 bytes.
    private static readonly string s_twoByteText = new('é', 40);

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    public void MaxInputLength_TextOfTwoByteCharacters_CountsUtf8BytesForEveryOverload(int limit, bool fits)
    {
        var options = new NewsPageTextOptions { MaxInputLength = limit };
        var utf8 = Encoding.UTF8.GetBytes(s_twoByteText);
        utf8.Should().HaveCount(80, "the oracle: the string's UTF-8 encoding");

        ParseResult<NewsPage>[] results =
        [
            NewsPageText.ParseWithDiagnostics(s_twoByteText, options),
            NewsPageText.ParseWithDiagnostics(utf8, options),
            NewsPageText.ParseWithDiagnostics(new MemoryStream(utf8), options),
        ];

        foreach (var result in results)
        {
            result.Diagnostics.Any(d => d.Code == NewsDiagnosticCode.InputTooLarge).Should().Be(!fits);
        }
    }

    [Fact]
    public void MaxInputLength_SurrogatePairs_CountFourBytesEach()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 10)); // 20 UTF-16 units, 40 bytes.

        NewsPageText.ParseWithDiagnostics(text, new NewsPageTextOptions { MaxInputLength = 39 }).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        NewsPageText.ParseWithDiagnostics(text, new NewsPageTextOptions { MaxInputLength = 40 }).Diagnostics
            .Should().NotContain(d => d.Code == NewsDiagnosticCode.InputTooLarge);
    }

    [Fact]
    public void MaxInputLength_OverTheLimit_MessageNamesTheUtf8Length()
    {
        var result = NewsPageText.ParseWithDiagnostics(s_twoByteText, new NewsPageTextOptions { MaxInputLength = 50 });

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("The input is 80 bytes of UTF-8, more than the limit of 50 bytes");
    }

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    public void MaxInputLength_JsonReaders_UseTheSameUnit(int slack, bool fits)
    {
        var json = NewsPageJson.Serialize(new NewsPage { Article = new NewsArticle { Body = [s_twoByteText] } });
        var utf8 = Encoding.UTF8.GetBytes(json);
        var options = new NewsPageJsonOptions { MaxInputLength = utf8.Length - 80 + slack };

        ParseResult<NewsPage>[] results =
        [
            NewsPageJson.DeserializeWithDiagnostics(json, options),
            NewsPageJson.DeserializeWithDiagnostics(utf8, options),
            NewsPageJson.DeserializeWithDiagnostics(new MemoryStream(utf8), options),
        ];

        foreach (var result in results)
        {
            result.Success.Should().Be(fits);
            if (!fits)
            {
                result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
            }
        }
    }

    [Fact]
    public void DefaultMaxInputLength_IsTheSameForEveryReader()
    {
        NewsPageJsonOptions.DefaultMaxInputLength.Should().Be(NewsPageTextOptions.DefaultMaxInputLength).And.Be(4 * 1024 * 1024);
        new NewsPageJsonOptions().MaxInputLength.Should().Be(new NewsPageTextOptions().MaxInputLength);
        FluentActions.Invoking(() => new NewsPageJsonOptions { MaxInputLength = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new NewsPageTextOptions { MaxInputLength = -1 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
