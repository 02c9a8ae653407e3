using System.Net;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.WebSample.Tests;

/// <summary>Article pages, their canonical JSON and their JSON-LD, against the pages read here from the repository's page text.</summary>
public sealed class ContentTests : IAsyncLifetime
{
    private SampleHost _host = null!;

    // The sample articles and the language of their text (the page text does not say it).
    public static TheoryData<string, string> Articles => new()
    {
        { "article-a-en", "en" },
        { "article-b-ru", "ru" },
        { "truncated-a-sw", "en" },
    };

    public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task ArticleJson_EachArticle_EqualsNewsPageJsonSerializeOfThePage(string id, string contentLanguage)
    {
        var page = ReadPage(id, contentLanguage);

        using var response = await _host.GetAsync($"/yo/article/{id}.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var json = await response.Content.ReadAsStringAsync();
        json.Should().Be(NewsPageJson.Serialize(page));
        NewsPageJson.Deserialize(json).Should().Be(page);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task ArticlePage_JsonLd_IsNewsPageJsonLdOfThePageAndParsesBack(string id, string contentLanguage)
    {
        var page = ReadPage(id, contentLanguage);

        var document = await _host.GetDocumentAsync($"/fr/article/{id}");

        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        scripts.Should().ContainSingle();
        var jsonLd = scripts[0].TextContent;
        jsonLd.Should().Be(NewsPageJsonLd.Serialize(page)).And.NotContain("<");
        var read = NewsPageJsonLd.DeserializeWithDiagnostics(jsonLd);
        read.Success.Should().BeTrue();
        read.Value!.Article!.Headline.Should().Be(page.Article!.Headline);
        read.Value.Article.Summary.Should().Be(page.Article.Summary);
        read.Value.Article.Body.Should().Equal(page.Article.Body);
        read.Value.ContentLanguage.Should().Be(contentLanguage);
    }

    [Fact]
    public async Task ArticlePage_LayoutA_ShowsHeroCaptionLeadBodyReactionsAndRelatedStories()
    {
        var page = ReadPage("article-a-en", "en");
        var article = page.Article!;

        var document = await _host.GetDocumentAsync("/de/article/article-a-en");

        document.QuerySelector(".hero figcaption .caption")!.TextContent.Should().Be(article.Image!.Caption);
        document.QuerySelector("#headline")!.TextContent.Should().Be(article.Headline);
        document.QuerySelector(".lead")!.TextContent.Should().Be(article.Summary);
        document.QuerySelectorAll("article > p:not(.lead):not(.meta)").Select(p => p.TextContent).Should().Equal(article.Body);
        document.QuerySelectorAll(".reactions blockquote").Select(q => q.TextContent).Should().Equal(page.Reactions.Select(r => r.Text));
        document.QuerySelectorAll(".reactions .platform").Select(q => q.TextContent).Should().Equal(page.Reactions.Where(r => r.Platform is not null).Select(r => r.Platform));
        var cards = document.QuerySelectorAll(".related .card");
        cards.Should().HaveCount(page.RelatedStories.Length);
        for (var i = 0; i < cards.Length; i++)
        {
            var story = page.RelatedStories[i];
            cards[i].QuerySelector("h3")?.TextContent.Should().Be(story.Title);
            cards[i].QuerySelector("p:last-child")!.TextContent.Should().Be(story.Summary);
            (cards[i].QuerySelector(".badge.ai-reported") is not null).Should().Be(story.AiReported);
            (cards[i].QuerySelector(".badge.ai-image") is not null).Should().Be(story.Image?.AiGenerated ?? false);
            cards[i].QuerySelector("figcaption")?.TextContent.Should().Be(story.Image?.Caption);
        }
    }

    [Fact]
    public async Task HomePage_AnyLanguage_LinksEveryArticle()
    {
        var document = await _host.GetDocumentAsync("/ha/");

        document.QuerySelectorAll("a.article-link").Select(a => a.GetAttribute("href")).Should().Equal(
            Articles.Select(row => $"/ha/article/{row[0]}"));
    }

    private static NewsPage ReadPage(string id, string contentLanguage)
        => NewsPageText.Parse(RepositoryFiles.SamplePage(id)) with { ContentLanguage = contentLanguage };
}
