using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

public sealed class LocalizedRoundTripTests
{
    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void WriteThenParse_ArticlePageInLanguage_ReturnsSamePageAndDetectsLanguage(string language)
    {
        var page = ArticlePage(language);

        var text = NewsPageText.Write(page, language);
        var result = NewsPageText.TryParse(text);

        result.Diagnostics.Should().BeEmpty();
        result.Page.Should().Be(page);
        result.Page!.UiLanguage.Should().Be(language);
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void WriteThenParse_TagPageInLanguage_ReturnsSamePageAndDetectsLanguage(string language)
    {
        var page = new NewsPage
        {
            UiLanguage = language,
            Stories =
            [
                new RelatedStory("The first card's summary, long enough to read as a paragraph of text.", "First card title", new NewsImage("A caption for the first card"), AiReported: true),
                new RelatedStory("The second card has no image and no title, only this summary.", AiReported: true),
            ],
        };

        var text = NewsPageText.Write(page, language);
        var parsed = NewsPageText.TryParse(text);

        parsed.Diagnostics.Should().BeEmpty();
        parsed.Page.Should().Be(page);
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void Parse_PageInLanguageAsNfd_DetectsLanguage(string language)
    {
        var text = NewsPageText.Write(ArticlePage(language), language);

        var page = NewsPageText.Parse(text.Normalize(NormalizationForm.FormD));

        page.UiLanguage.Should().Be(language);
        page.RelatedStories.Should().HaveCount(2);
        page.Consent!.Actions.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_YorubaLabelsWithVerticalLineBelow_MatchLikeDotBelow()
    {
        var text = NewsPageText.Write(ArticlePage("yo"), "yo");
        var withU0329 = text.Normalize(NormalizationForm.FormD).Replace('\u0323', '\u0329');

        withU0329.Should().NotBe(text);
        var page = NewsPageText.Parse(withU0329);

        page.UiLanguage.Should().Be("yo");
        page.Consent!.Actions.Select(a => a.Kind).Should().Equal(ConsentActionKind.Decline, ConsentActionKind.Accept);
    }

    [Theory]
    [InlineData("yo", "pt")]
    [InlineData("en", "ar")]
    [InlineData("ru", "zh-Hans")]
    public void Write_PageInAnotherLanguage_KeepsContentAndSwitchesLabels(string from, string to)
    {
        var page = ArticlePage(from);

        var parsed = NewsPageText.Parse(NewsPageText.Write(page, to));

        parsed.UiLanguage.Should().Be(to);
        parsed.Article.Should().Be(page.Article);
        parsed.RelatedStories.Should().Equal(page.RelatedStories);
        parsed.Consent!.Title.Should().Be(LabelCatalog.Default.GetLabel(to, LabelKey.CookieTitle));
    }

    internal static NewsPage ArticlePage(string language)
    {
        var catalog = LabelCatalog.Default;
        return new NewsPage
        {
            UiLanguage = language,
            Article = new NewsArticle
            {
                Image = new NewsImage("Delegates gather in the main hall before the vote"),
                Headline = "Regional leaders agree on a shared water plan",
                Summary = "The agreement sets out how the three countries will share the river during dry years.",
                Body =
                [
                    "Negotiators met for four days before reaching the text that was signed on Friday afternoon.",
                    "The plan creates a joint commission that will publish river levels every week.",
                ],
            },
            RelatedStories =
            [
                new RelatedStory("Farmers downstream welcomed the news but asked for details on the timetable.", "Farmers react to the water plan", new NewsImage("Fields along the river"), AiReported: true),
                new RelatedStory("Engineers will survey the dams before the commission's first meeting.", AiReported: false),
            ],
            Consent = new ConsentNotice(
                catalog.GetLabel(language, LabelKey.CookieTitle)!,
                catalog.GetLabel(language, LabelKey.CookieMessage),
                [
                    new ConsentAction(ConsentActionKind.Decline, catalog.GetLabel(language, LabelKey.CookieDecline)!),
                    new ConsentAction(ConsentActionKind.Accept, catalog.GetLabel(language, LabelKey.CookieAccept)!),
                ]),
        };
    }
}
