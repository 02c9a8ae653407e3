using NewsModel.Localization;
using static System.FormattableString;
using static NewsModel.Tests.Text.PageBuilder;

namespace NewsModel.Tests.Text;

/// <summary><see cref="NewsPageText.Validate(NewsPage, NewsPageTextOptions?)"/> as an API, and what <c>Write</c> does with its reasons.</summary>
public sealed class NewsPageTextValidateTests
{
    private static readonly NewsPage s_page = new()
    {
        UiLanguage = "en",
        Article = new NewsArticle { Headline = "Ferries return to the islands", Summary = "Crossings resume on Monday.", Body = ["Tickets are on sale.", "Fares are unchanged."] },
        RelatedStories = [new StoryCard { Summary = "Gales are expected.", AiReported = true }],
    };

    [Fact]
    public void Validate_WritablePage_ReturnsNoReason()
    {
        NewsPageText.Validate(s_page).Should().BeEmpty();
        NewsPageText.Validate(s_page, null).Should().BeEmpty();
        NewsPageText.Validate(s_page, new NewsPageTextOptions { UiLanguage = "yo" }).Should().BeEmpty();
    }

    [Fact]
    public void Validate_PageWithSeveralProblems_ReturnsEveryReason_InPageOrder_WithPathsCodesAndMessages()
    {
        var page = s_page with
        {
            ContentLanguage = "en",
            Article = s_page.Article! with { Headline = "Ferries return.", Body = ["Tickets are on sale.", "Two\nlines."] },
            Reactions = [new Reaction("Islanders on X cheered.")],
        };

        var reasons = NewsPageText.Validate(page);

        reasons.Select(reason => reason.Format("page.json")).Should().Equal(
            "page.json:Article.Headline: error NM2106: The title \"Ferries return.\" ends like a sentence (with a sentence mark, before any closing quote): a reader would take it for a paragraph.",
            "page.json:Article.Body[1]: error NM2101: The text \"Two\\u000Alines.\" holds a line break: page text has one line per text, so a reader would take it for two.",
            "page.json:Reactions[0].Platform: error NM2121: The reaction's Platform is null, but its text names X: page text shows only the paragraph, and a reader takes the platform from it (SocialPlatforms.Detect).",
            "page.json:ContentLanguage: error NM2130: Page text does not state the content language ('en'): a reader gives ContentLanguage null. Write the page without it (page with { ContentLanguage = null }) and set it on the page read.");
        reasons.Should().AllSatisfy(reason =>
        {
            reason.Severity.Should().Be(NewsDiagnosticSeverity.Error);
            (reason.Line, reason.Column).Should().Be((0, 0));
        });
        reasons[1].ToString().Should().StartWith("Article.Body[1]: error NM2101: ");
    }

    [Fact]
    public void Validate_QuotesLongTextsCut_AndControlCharactersEscaped()
    {
        var paragraph = "Tickets are on sale from Monday morning at every harbour office\r\nand online.";

        var reason = NewsPageText.Validate(s_page with { Article = s_page.Article! with { Body = [paragraph] } }).Should().ContainSingle().Subject;

        reason.Message.Should().StartWith(Invariant($"The text \"Tickets are on sale from Monday … ({paragraph.Length} characters)\" holds a line break"))
            .And.NotContain("\r").And.NotContain("\n");
    }

    [Fact]
    public void Write_RefusedPage_ThrowsTheValidatorsReasons_WithTheFirstAsItsMessage()
    {
        var page = s_page with { Article = s_page.Article! with { Summary = null }, ContentLanguage = "sw" };
        var reasons = NewsPageText.Validate(page);

        var write = () => NewsPageText.Write(page);

        var exception = write.Should().Throw<NewsFormatException>().Which;
        exception.Diagnostics.Should().Equal(reasons);
        exception.Diagnostic.Should().Be(reasons[0]);
        exception.Message.Should().Be(reasons[0].Message);
        reasons.Select(reason => reason.Code).Should().Equal(NewsDiagnosticCode.MissingLead, NewsDiagnosticCode.ContentLanguageNotWritten);
    }

    [Fact]
    public void Write_ToATextWriter_RefusedPage_LeavesItUntouched()
    {
        using var writer = new StringWriter();
        writer.Write("kept");

        var write = () => NewsPageText.Write(writer, s_page with { UiLanguage = null });

        write.Should().Throw<NewsFormatException>().Which.Diagnostic!.Path.Should().Be("UiLanguage");
        writer.ToString().Should().Be("kept");
    }

    [Fact]
    public void Write_ToATextWriterThatFailsMidway_PassesItsExceptionOnAsItIs()
    {
        // The page is valid, so writing starts; what the caller's writer does with it is the caller's.
        using var writer = new FailingWriter(failAfter: 10);

        var write = () => NewsPageText.Write(writer, s_page);

        write.Should().Throw<IOException>().WithMessage("disk full");
        writer.Written.Should().Be(NewsPageText.Write(s_page)[..10]);
    }

    [Fact]
    public void Validate_OptionsLanguageTheCatalogLacks_ThrowsNamingTheOption()
    {
        var validate = () => NewsPageText.Validate(s_page, new NewsPageTextOptions { UiLanguage = "tlh" });

        validate.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void Validate_NullPage_Throws()
    {
        var validate = () => NewsPageText.Validate(null!);
        var validateWithOptions = () => NewsPageText.Validate(null!, null);

        validate.Should().Throw<ArgumentNullException>().WithParameterName("page");
        validateWithOptions.Should().Throw<ArgumentNullException>().WithParameterName("page");
    }

    [Fact]
    public void Validate_InAnotherLanguage_JudgesThePageAsReRendered()
    {
        // Without a UiLanguage a page that shows labels is refused; written in a language, it has that one.
        var page = s_page with { UiLanguage = null, Consent = new ConsentNotice { Title = Label(LabelKey.CookieTitle, "fr"), Message = Label(LabelKey.CookieMessage, "fr") } };
        NewsPageText.Validate(page).Select(reason => reason.Code).Should().Equal(NewsDiagnosticCode.UiLanguageMismatch);

        var options = new NewsPageTextOptions { UiLanguage = "yo-NG" };
        NewsPageText.Validate(page, options).Should().BeEmpty();
        var read = NewsPageText.Parse(NewsPageText.Write(page, options));
        read.UiLanguage.Should().Be("yo");
        read.Consent.Should().Be(new ConsentNotice { Title = Label(LabelKey.CookieTitle, "yo"), Message = Label(LabelKey.CookieMessage, "yo") });
        read.Article.Should().Be(page.Article);
    }

    [Fact]
    public void Validate_IsThreadSafe_SameReasonsFromManyThreads()
    {
        var page = s_page with { Article = s_page.Article! with { Summary = null }, Reactions = [new Reaction("Related news")] };
        var expected = NewsPageText.Validate(page);

        var results = new System.Collections.Concurrent.ConcurrentBag<System.Collections.Immutable.ImmutableArray<NewsDiagnostic>>();
        Parallel.For(0, 64, _ => results.Add(NewsPageText.Validate(page)));

        results.Should().HaveCount(64).And.OnlyContain(reasons => reasons.SequenceEqual(expected));
        expected.Should().HaveCount(2);
    }

    private sealed class FailingWriter(int failAfter) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public string Written => ToString();

        public override void Write(char value)
        {
            if (GetStringBuilder().Length >= failAfter)
            {
                throw new IOException("disk full");
            }

            base.Write(value);
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }
    }
}
