using System.Text;
using NewsModel.Localization;
using static NewsModel.Tests.Text.PageBuilder;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>What the parser reports, with code, line and column, and that it keeps the text it reports.</summary>
public sealed class NewsPageTextDiagnosticsTests
{
    [Fact]
    public void TryParse_TextAfterTheBanner_IsKeptAndWarnedAtItsLine()
    {
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.CookieTitle), Lines(Label(LabelKey.CookieMessage), Label(LabelKey.CookieDecline)), "  Footer text nobody expected.");

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Value.UnclassifiedText.Should().Equal("Footer text nobody expected.");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.UnclassifiedText, Severity = NewsDiagnosticSeverity.Warning, Line = 10, Column = 3 });
        diagnostic.Id.Should().Be("NM2001");
        diagnostic.ToString().Should().StartWith("10:3: warning NM2001: ");
        diagnostic.Format("page.txt").Should().StartWith("page.txt:10:3: warning NM2001: ");
    }

    [Fact]
    public void TryParse_BadgeBeforeAHeading_IsAnOrphanBadge()
    {
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.RelatedNews), "A story summary.", Label(LabelKey.AiReported), Label(LabelKey.CookieTitle), Label(LabelKey.CookieMessage));

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.OrphanBadge, Line = 9, Column = 1 });
        result.Value.RelatedStories.Should().Equal(new StoryCard { Summary = "A story summary." });
    }

    [Fact]
    public void TryParse_SecondRelatedHeading_IsReportedAndItsCardsKept()
    {
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.RelatedNews), "First summary.", Label(LabelKey.RelatedNews), "Second summary.");

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.UnexpectedHeading, Line = 9 });
        result.Value.RelatedStories.Select(story => story.Summary).Should().Equal("First summary.", "Second summary.");
    }

    [Fact]
    public void TryParse_ImageBadgeOnACardWithoutCaption_IsAnAiImageWithUnknownCaption_WithoutWarning()
    {
        // How the site renders a card whose AI-generated picture has no caption in the page text.
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.RelatedNews), Label(LabelKey.AiReported) + " " + Label(LabelKey.AiGeneratedImage), "A summary.");

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.RelatedStories.Should().Equal(new StoryCard { Summary = "A summary.", AiReported = true, Image = new NewsImage(caption: null, aiGenerated: true) });
        NewsPageText.Write(result.Value).Should().Be(text);
    }

    [Fact]
    public void TryParse_LabelsOfTwoLanguages_WarnsAndTakesTheMajority()
    {
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.RelatedNews, "ru"), Label(LabelKey.AiReported, "ru"), "A summary.", Label(LabelKey.CookieTitle, "yo"), Label(LabelKey.CookieMessage, "ru"));

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Value.UiLanguage.Should().Be("ru");
        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.MixedInterfaceLanguages, Line = 11 });
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData(" \u00A0 \n\t")]
    public void TryParse_NoText_WarnsEmptyInputAndGivesAnEmptyPage(string text)
    {
        var result = NewsPageText.ParseWithDiagnostics(text);

        result.GetValueOrDefault().Should().Be(new NewsPage());
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.EmptyInput);
    }

    [Fact]
    public void Parse_WarningInStrictMode_ThrowsWithCodeLineAndColumn()
    {
        var text = Blocks("Headline", "Lead sentence.", Label(LabelKey.CookieTitle), Label(LabelKey.CookieMessage), "Stray footer.");

        var act = () => NewsPageText.Parse(text, new NewsPageTextOptions { Strict = true });

        var exception = act.Should().Throw<NewsFormatException>().Which;
        exception.Diagnostic!.Code.Should().Be(NewsDiagnosticCode.UnclassifiedText);
        (exception.Diagnostic!.Line, exception.Diagnostic!.Column).Should().Be((9, 1));
        exception.Diagnostics.Should().OnlyContain(diagnostic => diagnostic.IsError);
        NewsPageText.ParseWithDiagnostics(text, new NewsPageTextOptions { Strict = true }).GetValueOrDefault().Should().BeNull("an error never gives a partly read page");
    }

    [Fact]
    public void TryParse_InputOverTheLimit_IsAnErrorNamingTheLimit()
    {
        var options = new NewsPageTextOptions { MaxInputLength = 100 };
        var text = new string('a', 101);

        var fromText = NewsPageText.ParseWithDiagnostics(text, options);
        var fromBytes = NewsPageText.ParseWithDiagnostics(Encoding.UTF8.GetBytes(text), options);
        var fromStream = NewsPageText.ParseWithDiagnostics(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

        foreach (var result in new[] { fromText, fromBytes, fromStream })
        {
            result.GetValueOrDefault().Should().BeNull();
            var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
            diagnostic.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
            diagnostic.Message.Should().Contain("101").And.Contain("100").And.Contain("MaxInputLength");
        }
    }

    [Fact]
    public void TryParse_StreamsOverTheLimit_NameTheRealLengthOrNone()
    {
        var options = new NewsPageTextOptions { MaxInputLength = 10 };
        var bytes = new byte[74];
        bytes.AsSpan().Fill((byte)'a');

        var seekable = NewsPageText.ParseWithDiagnostics(new MemoryStream(bytes), options).Diagnostics.Single();
        var unseekable = NewsPageText.ParseWithDiagnostics(TestStreams.Trickling(bytes, chunk: int.MaxValue), options).Diagnostics.Single();

        seekable.Message.Should().StartWith("The input is 74 bytes of UTF-8, more than the limit of 10 bytes");
        unseekable.Message.Should().StartWith("The input is more than the limit of 10 bytes");
    }

    [Fact]
    public void TryParse_StreamExactlyAtTheLimit_IsRead()
    {
        var options = new NewsPageTextOptions { MaxInputLength = 10 };

        NewsPageText.ParseWithDiagnostics(TestStreams.Trickling("Headline\nx"u8.ToArray(), chunk: int.MaxValue), options).Success.Should().BeTrue();
    }

    [Fact]
    public void Options_DefaultLimit_IsDocumentedFourMebibytes()
    {
        NewsPageTextOptions.Default.MaxInputLength.Should().Be(4 * 1024 * 1024);
        var act = () => new NewsPageTextOptions { MaxInputLength = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Parse_SingleTenMegabyteLine_IsOneParagraph()
    {
        // Linear time: one long line is never matched against labels (it is longer than any) nor scanned twice.
        var line = new string('x', 10 * 1024 * 1024);
        var options = new NewsPageTextOptions { MaxInputLength = 11 * 1024 * 1024 };

        var page = NewsPageText.Parse(line, options);

        page.Article!.Summary.Should().HaveLength(line.Length);
    }
}
