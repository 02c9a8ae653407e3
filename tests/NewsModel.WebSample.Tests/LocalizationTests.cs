using System.Net;
using NewsModel.Localization;

namespace NewsModel.WebSample.Tests;

/// <summary>Routes per interface language: each renders that language's labels, as the label resource files hold them.</summary>
public sealed class LocalizationTests : IAsyncLifetime
{
    private SampleHost _host = null!;

    public static TheoryData<string> Languages => [.. RepositoryFiles.LabelLanguages];

    public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void LabelLanguages_ResourceFiles_AreTheCatalogsTwentyNineLanguages()
    {
        RepositoryFiles.LabelLanguages.Should().HaveCount(29).And.BeEquivalentTo(LabelCatalog.Default.Languages);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ArticlePage_EachLanguage_ShowsThatLanguagesLabels(string language)
    {
        var labels = RepositoryFiles.Labels(language);

        var document = await _host.GetDocumentAsync($"/{language}/article/article-a-en");

        var html = document.DocumentElement;
        html.GetAttribute("lang").Should().Be(language);
        html.GetAttribute("dir").Should().Be(RepositoryFiles.RightToLeftLanguages.Contains(language) ? "rtl" : "ltr");
        document.QuerySelector(".hero figcaption .badge.ai-image")!.TextContent.Should().Be(labels["ai_generated_image"]);
        document.QuerySelector("#reactions-heading")!.TextContent.Should().Be(labels["what_people_are_saying"]);
        document.QuerySelector("#related-heading")!.TextContent.Should().Be(labels["related_news"]);
        document.QuerySelectorAll(".related .badge.ai-reported").Select(b => b.TextContent).Should().NotBeEmpty().And.AllBe(labels["ai_reported"]);
        document.QuerySelector("#consent-title")!.TextContent.Should().Be(labels["cookie_title"]);
        document.QuerySelector("#consent-message")!.TextContent.Should().Be(labels["cookie_message"]);
        document.QuerySelector("#consent-accept")!.TextContent.Should().Be(labels["cookie_accept"]);
        document.QuerySelector("#consent-reject")!.TextContent.Should().Be(labels["cookie_decline"]);
        document.QuerySelectorAll(".purposes strong").Select(s => s.TextContent).Should().Equal(
            labels["consent_necessary_name"], labels["consent_analytics_name"], labels["consent_advertising_name"],
            labels["consent_personalization_name"], labels["consent_functionality_name"]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task HomePage_EachLanguage_ShowsReadingTimeInThatLanguage(string language)
    {
        var labels = RepositoryFiles.Labels(language);

        var document = await _host.GetDocumentAsync($"/{language}/");

        document.DocumentElement.GetAttribute("lang").Should().Be(language);
        var forms = labels.Where(l => l.Key.StartsWith("reading_time_", StringComparison.Ordinal)).Select(l => l.Value).ToList();
        forms.Should().NotBeEmpty();
        foreach (var readingTime in document.QuerySelectorAll(".reading-time").Select(e => e.TextContent))
        {
            // One of the language's plural forms, with the count put in.
            forms.Should().Contain(form => System.Text.RegularExpressions.Regex.IsMatch(readingTime, "^" + System.Text.RegularExpressions.Regex.Escape(form).Replace("\\{0}", "[0-9]+", StringComparison.Ordinal) + "$"), "'{0}' is a form of reading_time in {1}", readingTime, language);
        }
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData("yo-NG", "yo")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("ar-EG", "ar")]
    public async Task ArticlePage_RegionalTag_FallsBackToCatalogLanguage(string requested, string served)
    {
        var document = await _host.GetDocumentAsync($"/{requested}/article/article-a-en");

        document.DocumentElement.GetAttribute("lang").Should().Be(served);
        document.QuerySelector("#related-heading")!.TextContent.Should().Be(RepositoryFiles.Labels(served)["related_news"]);
    }

    [Theory]
    [InlineData("/xx/")]
    [InlineData("/xx/article/article-a-en")]
    [InlineData("/en/article/no-such-article")]
    [InlineData("/en/article/no-such-article.json")]
    [InlineData("/consent/")]
    public async Task Get_UnknownLanguageOrArticle_Returns404(string path)
    {
        using var response = await _host.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("yo-NG,en;q=0.5", "/yo/")]
    [InlineData("xx, de;q=0.9, fr;q=0.95", "/fr/")]
    [InlineData("", "/en/")]
    public async Task Root_AcceptLanguage_RedirectsToTheBestCatalogLanguage(string acceptLanguage, string location)
    {
        using var response = await _host.GetAsync("/", r => r.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public async Task ArticlePage_RightToLeftInterface_KeepsTheArticleLeftToRight(string language)
    {
        var document = await _host.GetDocumentAsync($"/{language}/article/article-a-en");

        document.DocumentElement.GetAttribute("dir").Should().Be("rtl");
        var article = document.QuerySelector("article")!;
        article.GetAttribute("lang").Should().Be("en");
        article.GetAttribute("dir").Should().Be("ltr");
    }

    [Fact]
    public async Task LanguageSwitcher_ArticlePage_LinksToTheSameArticleInEveryLanguage()
    {
        var document = await _host.GetDocumentAsync("/sw/article/article-b-ru");

        var links = document.QuerySelectorAll("nav.languages a");
        links.Select(a => a.GetAttribute("hreflang")).Should().BeEquivalentTo(RepositoryFiles.LabelLanguages);
        links.Should().AllSatisfy(a => a.GetAttribute("href").Should().Be($"/{a.GetAttribute("hreflang")}/article/article-b-ru"));
        links.Where(a => a.HasAttribute("aria-current")).Select(a => a.GetAttribute("hreflang")).Should().Equal("sw");
    }
}
