using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Localization;
using NewsModel.Localization;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parsing the reference page (Yoruba interface) with a catalog of every shipped language versus Yoruba alone: label
/// detection is one lookup per line whatever the number of languages, so the ratio should stay at or under 1.1.
/// </summary>
[MemoryDiagnoser]
public class LocalizationParseBenchmarks
{
    private string _page = string.Empty;
    private NewsPageTextOptions _yorubaOnly = NewsPageTextOptions.Default;
    private NewsPageTextOptions _allLanguages = NewsPageTextOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        _page = LocalizationBenchmarkData.ReferencePage();
        _yorubaOnly = new NewsPageTextOptions { Catalog = LabelCatalog.Create([LabelCatalog.Default.Find("yo")!]) };
        _allLanguages = new NewsPageTextOptions { Catalog = LabelCatalog.Default };

        // Build both lookups before measuring, and check that both read the page the same way.
        if (NewsPageText.Parse(_page, _yorubaOnly) != NewsPageText.Parse(_page, _allLanguages))
        {
            throw new InvalidOperationException("The two catalogs read the reference page differently.");
        }
    }

    [Benchmark(Baseline = true)]
    public NewsPage Parse_YorubaOnlyCatalog() => NewsPageText.Parse(_page, _yorubaOnly);

    [Benchmark]
    public NewsPage Parse_AllShippedLanguagesCatalog() => NewsPageText.Parse(_page, _allLanguages);
}

/// <summary>
/// One label lookup for a warm culture (yo-NG, served by yo): NewsModel's localizer versus a plain
/// <see cref="ResourceManager.GetString(string, CultureInfo)"/> on the same resources.
/// </summary>
[MemoryDiagnoser]
public class LocalizationLookupBenchmarks
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("yo-NG");
    private readonly ResourceManager _resources = new("NewsModel.Resources.Localization.NewsLabels", typeof(NewsLabels).Assembly);
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Measured through the interface that apps inject.")]
    private readonly IStringLocalizer<NewsLabels> _localizer = NewsLocalization.Default.Localizer;

    [GlobalSetup]
    public void Setup()
    {
        CultureInfo.CurrentUICulture = s_culture;
        CultureInfo.DefaultThreadCurrentUICulture = s_culture;
        _ = _resources.GetString("related_news", s_culture);
        _ = _localizer["related_news"];
    }

    [Benchmark(Baseline = true)]
    public string? ResourceManager_GetString() => _resources.GetString("related_news", s_culture);

    [Benchmark]
    public string Localizer_Indexer() => _localizer["related_news"].Value;

    [Benchmark]
    public string NewsLocalization_GetLabel() => NewsLocalization.Default.GetLabel("yo-NG", LabelKey.RelatedNews).Value;

    [Benchmark]
    public string Localizer_ReadingTime() => _localizer["reading_time", 3].Value;
}

internal static class LocalizationBenchmarkData
{
    /// <summary>The reference page from ../shared when the clone has it; otherwise a written page of the same shape (Yoruba labels).</summary>
    public static string ReferencePage()
    {
        if (Benchmarks.ReferencePage.TryReadSeedText() is { } seed)
        {
            return seed;
        }

        var page = new NewsPage
        {
            UiLanguage = "yo",
            Article = new NewsArticle
            {
                Image = new NewsImage("A caption for the hero image", aiGenerated: true),
                Headline = "A headline for the benchmark page",
                Summary = "A lead paragraph that summarises the article in one or two sentences.",
                Body = [.. Enumerable.Range(1, 5).Select(i => $"Body paragraph {i} of the benchmark page, long enough to look like a real paragraph of news text.")],
            },
            Reactions = [new Reaction("People on X said the visit was long overdue.") { Platform = "X" }],
            RelatedStories = [.. Enumerable.Range(1, 7).Select(i => new StoryCard { Summary = $"Summary of related story {i}, a sentence or two long.", AiReported = i % 2 == 1 })],
        };
        return NewsPageText.Write(page);
    }
}
