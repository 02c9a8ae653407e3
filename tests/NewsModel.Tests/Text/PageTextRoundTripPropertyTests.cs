using System.Text;
using CsCheck;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// <c>Parse(Write(page)) == page</c> for every page the writer can produce (the domain and its constraints are
/// documented on <see cref="PageGenerators"/>). On failure CsCheck prints the shrunk page and the seed to replay it
/// (pass it as <c>seed:</c> to <c>Sample</c>).
/// </summary>
public sealed class PageTextRoundTripPropertyTests
{
    private const int Iterations = 10_000;

    [Fact]
    public void Write_ThenParse_ReturnsEqualPage()
        => PageGenerators.Page.Sample(AssertRoundTrips, iter: Iterations, print: Describe);

    [Fact]
    public void Write_ThenParseUtf8_ReturnsEqualPage()
        => PageGenerators.Page.Sample(
            page =>
            {
                var parsed = NewsPageText.ParseWithDiagnostics(Encoding.UTF8.GetBytes(NewsPageText.Write(page)));
                parsed.Diagnostics.Should().BeEmpty();
                parsed.GetValueOrDefault().Should().Be(page);
            },
            iter: Iterations / 5,
            print: Describe);

    [Fact]
    public void Write_LayoutC_ThenParse_ReturnsEqualPage()
        => PageGenerators.LayoutC().Sample(AssertRoundTrips, iter: Iterations / 5, print: Describe);

    [Fact]
    public void Write_TagPage_ThenParse_ReturnsEqualTagPage()
        => PageGenerators.TagPage().Sample(
            page =>
            {
                AssertRoundTrips(page);
                NewsPageText.Parse(NewsPageText.Write(page)).IsTagPage.Should().BeTrue();
            },
            iter: Iterations / 5,
            print: Describe);

    [Fact]
    public void Write_InAnotherLanguage_ThenParse_ReturnsPageWithThatLanguagesLabels()
        => Gen.Select(PageGenerators.Page, Gen.OneOf(PageGenerators.DistinctLanguages.ToArray())).Sample(
            (page, language) =>
            {
                // The labels are written in the chosen language, and so are the banner's texts that are labels.
                var expected = page.UiLanguage is null ? page : page with { UiLanguage = language, Consent = Translate(page.Consent, language) };
                var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language });
                var result = NewsPageText.ParseWithDiagnostics(text);
                result.Diagnostics.Should().BeEmpty("the writer's output is well-formed:\n{0}", text);
                result.GetValueOrDefault().Should().Be(expected, "the page text was:\n{0}", text);
            },
            iter: Iterations / 5,
            print: pair => $"language {pair.Item2}" + Describe(pair.Item1));

    [Fact]
    public void Generators_DistinctLanguages_AreNotEmpty()
        => PageGenerators.DistinctLanguages.Should().NotBeEmpty("the round trip needs a language whose labels only it reads");

    private static void AssertRoundTrips(NewsPage page)
    {
        var text = NewsPageText.Write(page);
        var result = NewsPageText.ParseWithDiagnostics(text);
        result.Diagnostics.Should().BeEmpty("the writer's output is well-formed:\n{0}", text);
        result.GetValueOrDefault().Should().Be(page, "the page text was:\n{0}", text);
    }

    private static ConsentNotice? Translate(ConsentNotice? consent, string language)
    {
        if (consent is null)
        {
            return null;
        }

        var catalog = LabelCatalog.Default;
        string Label(LabelKey key) => catalog.GetLabel(language, key)!;
        var message = consent.Message is { } m && PageGenerators.IsLabel(m) ? Label(LabelKey.CookieMessage) : consent.Message;
        var actions = consent.Actions.Select(action => action.Kind switch
        {
            ConsentActionKind.Decline => action with { Label = Label(LabelKey.CookieDecline) },
            ConsentActionKind.Accept => action with { Label = Label(LabelKey.CookieAccept) },
            _ => action,
        });
        return new ConsentNotice { Title = Label(LabelKey.CookieTitle), Message = message, Actions = [.. actions] };
    }

    private static string Describe(NewsPage page) => "\n--- page text ---\n" + NewsPageText.Write(page) + "\n--- model ---\n" + Dump(page);

    private static string Dump(NewsPage page)
    {
        var builder = new StringBuilder();
        builder.Append("UiLanguage=").Append(page.UiLanguage ?? "null").Append('\n');
        if (page.Article is { } article)
        {
            builder.Append("Article: image=").Append(article.Image?.Caption ?? "null")
                .Append(" | headline=").Append(article.Headline ?? "null")
                .Append(" | summary=").Append(article.Summary ?? "null")
                .Append(" | body=[").AppendJoin(" ¶ ", article.Body).Append("]\n");
        }

        foreach (var story in page.Stories)
        {
            builder.Append("Story: ").Append(story).Append('\n');
        }

        foreach (var reaction in page.Reactions)
        {
            builder.Append("Reaction: ").Append(reaction).Append('\n');
        }

        foreach (var story in page.RelatedStories)
        {
            builder.Append("Related: ").Append(story).Append('\n');
        }

        if (page.Consent is { } consent)
        {
            builder.Append("Consent: ").Append(consent.Title).Append(" | ").Append(consent.Message ?? "null")
                .Append(" | ").AppendJoin(", ", consent.Actions).Append('\n');
        }

        return builder.ToString();
    }
}
