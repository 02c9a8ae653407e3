using System.Collections.Frozen;
using NewsModel.Localization;

namespace NewsModel.WebSample;

/// <summary>An article of the sample site: its id (the URL segment) and the page read from its page text.</summary>
/// <param name="Id">The id, such as <c>article-a-en</c>.</param>
/// <param name="Page">The page.</param>
internal sealed record SampleArticle(string Id, NewsPage Page);

/// <summary>
/// The site's articles: the repository's sample pages (<c>samples/pages</c>, embedded in this assembly), read once with
/// <see cref="NewsPageText"/>. The page text does not say the article's language, so the store says it.
/// </summary>
internal sealed class SamplePages
{
    // The language of each sample article's text (its interface language is the page's own, read from its labels).
    private static readonly FrozenDictionary<string, string> s_contentLanguages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["article-a-en"] = "en",
        ["article-b-ru"] = "ru",
        ["truncated-a-sw"] = "en",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, SampleArticle> _articles;

    public SamplePages(NewsLocalization localization)
    {
        ArgumentNullException.ThrowIfNull(localization);
        var assembly = typeof(SamplePages).Assembly;
        var articles = new List<SampleArticle>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith("pages/", StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            var id = name["pages/".Length..^".txt".Length];
            using var stream = assembly.GetManifestResourceStream(name)!;

            // The app's catalog (NewsLocalization.TextOptions): labels an app adds are read too.
            var page = NewsPageText.Parse(stream, localization.TextOptions);
            if (page.Article is null)
            {
                continue;
            }

            articles.Add(new SampleArticle(id, page with { ContentLanguage = s_contentLanguages.GetValueOrDefault(id) }));
        }

        All = [.. articles];
        _articles = articles.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>Every article, in order of id.</summary>
    public IReadOnlyList<SampleArticle> All { get; }

    /// <summary>The article with an id, or <see langword="null"/>.</summary>
    public SampleArticle? Find(string id) => _articles.GetValueOrDefault(id);
}
