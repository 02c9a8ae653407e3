using System.Text;

namespace NewsModel.Tests.Samples;

/// <summary>Every sample page is in the site's exact format, parses without a diagnostic and, where canonical, writes back byte for byte.</summary>
public sealed class SamplePageTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void Folder_HoldsEveryLayout()
    {
        SamplePages.All().Should().Contain(SamplePages.Canonical);
    }

    [Theory]
    [MemberData(nameof(SamplePages.AllNames), MemberType = typeof(SamplePages))]
    public void Page_IsInSiteFormat_Utf8LfNfcNoFinalNewline(string name)
    {
        var bytes = SamplePages.Bytes(name);
        bytes.AsSpan().StartsWith("\uFEFF"u8).Should().BeFalse("the site's text has no byte order mark");
        var text = SamplePages.Text(name);
        text.Should().NotContain("\r").And.NotEndWith("\n").And.NotContain("\n\n\n", "blocks are separated by exactly one blank line");
        text.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        text.Split('\n').Should().OnlyContain(line => line.Length == 0 || line.Trim() == line || line == Nbsp, "lines carry no stray spaces");
    }

    [Theory]
    [MemberData(nameof(SamplePages.AllNames), MemberType = typeof(SamplePages))]
    public void Page_ParsesWithoutDiagnostics_FromTextAndUtf8(string name)
    {
        var fromBytes = NewsPageText.ParseWithDiagnostics(SamplePages.Bytes(name));
        var fromText = NewsPageText.ParseWithDiagnostics(SamplePages.Text(name));
        using var stream = File.OpenRead(SamplePages.PathOf(name));
        var fromStream = NewsPageText.ParseWithDiagnostics(stream);

        fromBytes.Diagnostics.Should().BeEmpty();
        fromText.Diagnostics.Should().BeEmpty();
        fromStream.Diagnostics.Should().BeEmpty();
        fromBytes.GetValueOrDefault().Should().NotBeNull();
        fromText.GetValueOrDefault().Should().Be(fromBytes.GetValueOrDefault());
        fromStream.GetValueOrDefault().Should().Be(fromBytes.GetValueOrDefault());
    }

    [Theory]
    [MemberData(nameof(SamplePages.CanonicalNames), MemberType = typeof(SamplePages))]
    public void CanonicalPage_WriteOfParse_IsByteIdentical(string name)
    {
        var page = NewsPageText.Parse(SamplePages.Text(name), new NewsPageTextOptions { Strict = true });

        var written = Encoding.UTF8.GetBytes(NewsPageText.Write(page));

        written.Should().Equal(SamplePages.Bytes(name));
    }

    [Theory]
    [MemberData(nameof(SamplePages.AllNames), MemberType = typeof(SamplePages))]
    public void Page_ParseOfWrite_EqualsPage(string name)
    {
        var page = SamplePages.Parse(name);

        NewsPageText.Parse(NewsPageText.Write(page)).Should().Be(page);
    }

    [Fact]
    public void LayoutA_English_HasHeroImageReactionsRelatedCardsAndBanner()
    {
        var page = SamplePages.Parse("article-a-en.txt");

        page.UiLanguage.Should().Be("en");
        page.ContentLanguage.Should().BeNull();
        page.IsTagPage.Should().BeFalse();
        var article = page.Article!;
        article.Image.Should().NotBeNull();
        article.Image!.AiGenerated.Should().BeTrue();
        article.Image.Caption.Should().StartWith("Technicians guide");
        article.Headline.Should().Be("Lindenmere switches on a floating solar farm over its drinking-water reservoir");
        article.Summary.Should().StartWith("The town of Lindenmere connected");
        article.Body.Should().HaveCount(3);

        page.Reactions.Select(r => r.Platform).Should().Equal(SocialPlatforms.Reddit, null, SocialPlatforms.Bluesky);

        page.RelatedStories.Should().HaveCount(6);
        var cards = page.RelatedStories;
        // Image, title and the combined badge line.
        cards[0].Image.Should().NotBeNull();
        cards[0].Title.Should().Be("How floating solar farms cope with winter ice");
        cards[0].AiReported.Should().BeTrue();
        // Image and title, the image badge alone.
        cards[1].Image.Should().NotBeNull();
        cards[1].Title.Should().NotBeNull();
        cards[1].AiReported.Should().BeFalse();
        // Title and the AI-reported badge, no image.
        cards[2].Should().Match<StoryCard>(c => c.Image == null && c.Title == "Regional grid operator plans second battery site" && c.AiReported);
        // Title without a badge.
        cards[3].Should().Match<StoryCard>(c => c.Image == null && c.Title != null && !c.AiReported);
        // Summary only, then a lone AI-reported badge line before a summary.
        cards[4].Should().Match<StoryCard>(c => c.Image == null && c.Title == null && !c.AiReported);
        cards[5].Should().Match<StoryCard>(c => c.Image == null && c.Title == null && c.AiReported);
        cards.Should().OnlyContain(c => c.Summary != null && c.Summary.EndsWith('.'));

        page.Consent!.Title.Should().Be("This site uses cookies");
        page.Consent.Message.Should().StartWith("We use cookies");
        page.Consent.Actions.Should().Equal(
            new ConsentAction(ConsentActionKind.Decline, "Decline"),
            new ConsentAction(ConsentActionKind.Accept, "Accept"));
        page.UnclassifiedText.Should().BeEmpty();
    }

    [Fact]
    public void LayoutB_Russian_HasHeadlineWithoutImage()
    {
        var page = SamplePages.Parse("article-b-ru.txt");

        page.UiLanguage.Should().Be("ru");
        page.Article!.Image.Should().BeNull();
        page.Article.Headline.Should().StartWith("В Заречном открыли");
        page.Article.Summary.Should().StartWith("Библиотека в центре");
        page.Article.Body.Should().HaveCount(2);
        page.Reactions.Should().ContainSingle().Which.Platform.Should().Be(SocialPlatforms.Telegram);
        page.RelatedStories.Select(c => (c.Title != null, c.AiReported)).Should().Equal((true, true), (false, false), (false, true));
        page.Consent!.Actions.Select(a => a.Kind).Should().Equal(ConsentActionKind.Decline, ConsentActionKind.Accept);
    }

    [Fact]
    public void LayoutC_BodyOnly_HasNoHeadlineNoLabelsNoInterfaceLanguage()
    {
        var page = SamplePages.Parse("body-only-c.txt");

        page.UiLanguage.Should().BeNull();
        page.Article!.Headline.Should().BeNull();
        page.Article.Image.Should().BeNull();
        page.Article.Summary.Should().StartWith("A volunteer crew");
        page.Article.Body.Should().HaveCount(3);
        page.Reactions.Should().BeEmpty();
        page.RelatedStories.Should().BeEmpty();
        page.Consent.Should().BeNull();
    }

    [Fact]
    public void TagPage_French_HasStoryCardsOnlyAndBanner()
    {
        var page = SamplePages.Parse("tag-page-fr.txt");

        page.IsTagPage.Should().BeTrue();
        page.Article.Should().BeNull();
        page.UiLanguage.Should().Be("fr");
        page.Stories.Select(c => (c.Image != null, c.Title != null, c.AiReported)).Should().Equal(
            (true, true, true),
            (false, true, true),
            (false, false, false),
            (false, false, true),
            (true, true, false));
        page.RelatedStories.Should().BeEmpty();
        page.Consent!.Title.Should().Be("Ce site utilise des cookies");
    }

    [Fact]
    public void TagPage_Filipino_HasTagNameFollowButtonCardsAndTheSitesBanner()
    {
        var page = SamplePages.Parse("tag-page-fil.txt");

        page.IsTagPage.Should().BeTrue();
        page.UiLanguage.Should().Be("fil");
        page.Tag.Should().Be(new NewsTag { Name = "Pandaigdigang Kalakalan", HasFollowButton = true });
        page.Stories.Select(c => (c.Image?.Caption, c.Image?.AiGenerated, c.Title != null, c.AiReported)).Should().Equal(
            ("Isang barkong pangkargamento ang dumadaong sa daungan ng Maynila sa umaga.", true, true, true),
            (null, null, true, true),
            (null, true, false, true));
        page.Consent!.Actions.Select(a => (a.Kind, a.Label)).Should().Equal((ConsentActionKind.Decline, "Tanggihan"), (ConsentActionKind.Accept, "Tanggapin"));
    }

    [Fact]
    public void TagPage_SwedishWithSingleNewlines_ReadsLikeItsBlankLineRendering()
    {
        var page = SamplePages.Parse("tag-page-sv-single-newlines.txt");
        var canonical = NewsPageText.Write(page);

        page.UiLanguage.Should().Be("sv");
        page.Article.Should().BeNull("labels mark the cards: nothing reads as body-only text");
        page.Tag.Should().Be(new NewsTag { Name = "Klimat", HasFollowButton = true });
        page.Stories.Should().HaveCount(3);
        page.Stories[0].Should().Be(new StoryCard
        {
            Image = new NewsImage("Vindkraftverk på en kulle i dimmigt morgonljus.", aiGenerated: true),
            Title = "Ny vindpark ska förse tiotusen hushåll med el",
            AiReported = true,
            Summary = "Kommunen godkände bygget efter två års samråd med markägare och samebyar.",
        });
        page.Stories[2].Image.Should().Be(new NewsImage(caption: null, aiGenerated: true));
        canonical.Should().StartWith("Klimat\n\nFölj\n\n", "the writer puts each block of a tag page on its own, blank-line separated");
        NewsPageText.Parse(canonical).Should().Be(page);
    }

    [Fact]
    public void TruncatedPage_Swahili_KeepsTheCutParagraph()
    {
        var page = SamplePages.Parse("truncated-a-sw.txt");

        page.UiLanguage.Should().Be("sw");
        page.Article!.Image.Should().NotBeNull();
        page.Article.Headline.Should().NotBeNull();
        page.Article.Body.Should().ContainSingle().Which.Should().EndWith("lowered transport co");
        page.Consent.Should().BeNull();
    }
}
