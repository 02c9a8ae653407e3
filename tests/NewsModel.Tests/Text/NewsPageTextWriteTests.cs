using NewsModel.Localization;
using static NewsModel.Tests.Text.PageBuilder;

namespace NewsModel.Tests.Text;

public sealed class NewsPageTextWriteTests
{
    private static readonly NewsPage s_article = new()
    {
        UiLanguage = "en",
        Article = new NewsArticle
        {
            Image = new NewsImage("A lighthouse at dusk", aiGenerated: true),
            Headline = "Lighthouse keepers return to the northern isles",
            Summary = "Three lighthouses will be staffed again from spring.",
            Body = ["The board said automation had left gaps in coverage.", "Applications open next week."],
        },
        Reactions = [new Reaction("Sailors on X welcomed the news.") { Platform = SocialPlatforms.X }],
        RelatedStories =
        [
            new StoryCard { Title = "Storm season starts early", Summary = "Gales are expected on Friday.", Image = new NewsImage("Waves over a pier", aiGenerated: true), AiReported = true },
            new StoryCard { Summary = "Ferry fares rise by two percent.", AiReported = true },
        ],
        Consent = new ConsentNotice { Title = Label(LabelKey.CookieTitle), Message = Label(LabelKey.CookieMessage), Actions = [new ConsentAction(ConsentActionKind.Decline, Label(LabelKey.CookieDecline))] },
    };

    [Fact]
    public void Write_ArticlePage_RendersTheCanonicalLayout()
    {
        var expected = Blocks(
            Image("A lighthouse at dusk"),
            "Lighthouse keepers return to the northern isles",
            Label(LabelKey.AiGeneratedImage),
            "Three lighthouses will be staffed again from spring.",
            "The board said automation had left gaps in coverage.",
            "Applications open next week.",
            Label(LabelKey.WhatPeopleAreSaying),
            "Sailors on X welcomed the news.",
            Label(LabelKey.RelatedNews),
            Image("Waves over a pier"),
            "Storm season starts early",
            Label(LabelKey.AiReported) + " " + Label(LabelKey.AiGeneratedImage),
            "Gales are expected on Friday.",
            Label(LabelKey.AiReported),
            "Ferry fares rise by two percent.",
            Banner("en", LabelKey.CookieDecline));

        NewsPageText.Write(s_article).Should().Be(expected);
    }

    [Fact]
    public void Write_ThenParse_GivesTheSamePage()
    {
        NewsPageText.Parse(NewsPageText.Write(s_article)).Should().Be(s_article);
    }

    [Fact]
    public void Write_BodyOnlyArticle_UsesSingleNewlinesAndNoLabels()
    {
        var page = new NewsPage { Article = new NewsArticle { Summary = "First paragraph.", Body = ["Second paragraph.", "Third paragraph."] } };

        var text = NewsPageText.Write(page);

        text.Should().Be("First paragraph.\nSecond paragraph.\nThird paragraph.");
        NewsPageText.Parse(text).Should().Be(page);
    }

    [Theory]
    [InlineData("yo")]
    [InlineData("ru")]
    [InlineData("fr")]
    public void Write_InAnotherLanguage_TranslatesLabelsAndBannerButKeepsContent(string language)
    {
        var text = NewsPageText.Write(s_article, new NewsPageTextOptions { UiLanguage = language });

        var page = NewsPageText.Parse(text);

        page.UiLanguage.Should().Be(language);
        page.Article.Should().Be(s_article.Article);
        page.Reactions.Should().Equal(s_article.Reactions);
        page.RelatedStories.Should().Equal(s_article.RelatedStories);
        page.Consent!.Title.Should().Be(Label(LabelKey.CookieTitle, language));
        page.Consent.Actions.Should().Equal(new ConsentAction(ConsentActionKind.Decline, Label(LabelKey.CookieDecline, language)));
        NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "en" }).Should().Be(NewsPageText.Write(s_article), "translating back restores the original");
    }

    [Fact]
    public void Write_RegionalTag_FallsBackToItsLanguage()
    {
        NewsPageText.Write(s_article, new NewsPageTextOptions { UiLanguage = "yo-NG" }).Should().Be(NewsPageText.Write(s_article, new NewsPageTextOptions { UiLanguage = "yo" }));
    }

    [Fact]
    public void Write_LanguageTheCatalogLacks_ThrowsNamingTheLanguages()
    {
        var act = () => NewsPageText.Write(s_article, new NewsPageTextOptions { UiLanguage = "tlh" });

        act.Should().Throw<ArgumentException>().WithMessage("*'tlh'*en*");
    }

    [Fact]
    public void Write_ImageNotAiGenerated_ThrowsBeforeWritingAnything()
    {
        var page = s_article with { Article = s_article.Article! with { Image = new NewsImage("A photo", aiGenerated: false) } };
        using var writer = new StringWriter();

        var act = () => NewsPageText.Write(writer, page);

        act.Should().Throw<ArgumentException>().WithMessage("*not AI-generated*");
        writer.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Write_TagPage_WritesCardsWithoutHeading()
    {
        var page = new NewsPage
        {
            UiLanguage = "en",
            Stories = [new StoryCard { Summary = "Summary one.", AiReported = true }, new StoryCard { Summary = "Summary two." }],
        };

        var text = NewsPageText.Write(page);

        text.Should().Be(Blocks(Label(LabelKey.AiReported), "Summary one.", "Summary two."));
        NewsPageText.Parse(text).Should().Be(page);
    }
}
