using System.Collections.Immutable;
using System.Text.Encodings.Web;
using NewsModel.Localization;

namespace NewsModel.Samples;

/// <summary>
/// How the samples print a page, in one place: the <c>newsmodel</c> command (samples/NewsModel.Cli) and the native AOT
/// sample (samples/NewsModel.AotSample) both link this file, so their output is the same bytes by construction, and CI
/// checks that it stays so. Diagnostics need nothing here: both print the library's <see cref="NewsDiagnostic.Format(string?)"/>.
/// </summary>
internal static class PageRendering
{
    /// <summary>The name diagnostics give standard input (<c>-</c>).</summary>
    public const string StdinName = "<stdin>";

    // Terminal and file output is for people and JSON tools, not for embedding in HTML: apostrophes stay readable.
    private static readonly NewsPageJsonOptions s_indentedJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The name of an input in diagnostics: the file's path, or <see cref="StdinName"/> for <c>-</c>.</summary>
    public static string SourceName(string input) => input == "-" ? StdinName : input;

    /// <summary>The page as the samples print JSON: NewsModel's canonical JSON, indented, with a final newline.</summary>
    public static string ToIndentedJson(NewsPage page) => NewsPageJson.Serialize(page, s_indentedJson) + "\n";

    /// <summary>
    /// The page text of exactly this page (no final newline): first asks the writer whether it can show the page, and
    /// gives its reasons (errors with the members' paths) instead if not.
    /// </summary>
    public static (string? Text, ImmutableArray<NewsDiagnostic> Reasons) WriteExactText(NewsPage page, NewsPageTextOptions options)
    {
        var reasons = NewsPageText.Validate(page, options);
        return reasons.IsEmpty ? (NewsPageText.Write(page, options), []) : (null, reasons);
    }

    /// <summary>
    /// The page as it reads once re-rendered with another interface language's labels (<paramref name="language"/>, a
    /// catalog language): the interface language and the cookie banner of
    /// <c>NewsPageText.Parse(NewsPageText.Write(page, options with { UiLanguage = language }))</c>, which are all that the
    /// labels decide; the rest is this page's (the writer round-trips the text or refuses). So what page text does not
    /// carry, the content language, unclassified text and publishing metadata (a JSON-LD or ninjs page's dates and URLs),
    /// is kept. <see langword="null"/>, with the writer's reasons, when page text cannot show the page.
    /// </summary>
    public static NewsPage? Rerender(NewsPage page, string language, NewsPageTextOptions options, out ImmutableArray<NewsDiagnostic> reasons)
    {
        var shown = page.WithoutPublishingMetadata() with { ContentLanguage = null, UnclassifiedText = [] };
        (var text, reasons) = WriteExactText(shown, options with { UiLanguage = language });
        if (text is null)
        {
            return null;
        }

        var rendered = NewsPageText.Parse(text, options with { Strict = false });
        return page with { UiLanguage = rendered.UiLanguage, Consent = rendered.Consent };
    }

    /// <summary>The catalog language that serves a tag (<c>yo-NG</c> is served by <c>yo</c>), or <see langword="null"/> when the default catalog has none.</summary>
    public static string? ServedLanguage(string? language) => language is null ? null : LabelCatalog.Default.Find(language)?.Language;
}
