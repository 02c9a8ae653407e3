using System.Collections.Immutable;
using NewsModel.Interchange.JsonLd;
using NewsModel.Interchange.Ninjs;
using NewsModel.Samples;

namespace NewsModel.Cli;

/// <summary>What a page becomes in an output format: the text to write, or the reasons the format cannot show the page.</summary>
/// <param name="Content">The output, exactly as written (to standard output by <c>parse</c>, to one file by <c>convert</c>), or <see langword="null"/> when the page is refused.</param>
/// <param name="Reasons">
/// Why the format cannot show the page (errors, with the members' paths), or what the output leaves out of it (warnings);
/// no error when <paramref name="Content"/> is set.
/// </param>
internal readonly record struct PageOutput(string? Content, ImmutableArray<NewsDiagnostic> Reasons);

/// <summary>
/// One output format of a single page: its name for <c>parse --format</c> and <c>convert --to</c>, the extension of the
/// files <c>convert</c> writes in it, the help text, and the writer.
/// </summary>
/// <param name="Name">The option value (<c>json</c>, <c>text</c>).</param>
/// <param name="Extension">The extension of one page's file, with its dot.</param>
/// <param name="Description">What the output is, for the help text.</param>
/// <param name="Write">Writes a page; the options carry the interface language to render (<see cref="NewsPageTextOptions.UiLanguage"/>, <see langword="null"/> for the page's own).</param>
internal sealed record PageFormat(string Name, string Extension, string Description, Func<NewsPage, NewsPageTextOptions, PageOutput> Write);

/// <summary>
/// The one table of the single-page output formats, shared by <c>parse --format</c> and <c>convert --to</c> (which adds
/// <c>ndjson</c>, its one-file form): a new format is one line here and both commands take it.
/// </summary>
internal static class PageFormats
{
    private static readonly NewsPageJsonLdOptions s_indentedJsonLd = new() { WriteIndented = true };
    private static readonly NewsPageNinjsOptions s_ninjs31 = new() { Version = NinjsVersion.V3_1, WriteIndented = true };
    private static readonly NewsPageNinjsOptions s_ninjs22 = new() { Version = NinjsVersion.V2_2, WriteIndented = true };

    /// <summary>Every format, in the order the help lists them; the first is <c>parse</c>'s default.</summary>
    public static ImmutableArray<PageFormat> All { get; } =
    [
        new("json", ".json", "NewsModel's canonical JSON, indented", (page, _) => new(PageRendering.ToIndentedJson(page), [])),
        new("text", ".txt", "the site's canonical page text", WriteText),
        new("jsonld", ".jsonld", "schema.org JSON-LD, one @graph, safe inside a script element", (page, _) => new(NewsPageJsonLd.Serialize(page, s_indentedJsonLd) + "\n", [])),
        new("ninjs", ".ninjs.json", "IPTC ninjs 3.1", (page, _) => new(NewsPageNinjs.Serialize(page, s_ninjs31) + "\n", [])),
        new("ninjs2", ".ninjs2.json", "IPTC ninjs 2.2", (page, _) => new(NewsPageNinjs.Serialize(page, s_ninjs22) + "\n", [])),
    ];

    /// <summary>The formats' names, in table order.</summary>
    public static IEnumerable<string> Names => All.Select(format => format.Name);

    /// <summary>The format of an option value that the option's validation accepted.</summary>
    public static PageFormat Get(string name) => All.Single(format => format.Name == name);

    /// <summary>The formats for a help text: <c>'json' (…), 'text' (…)</c>.</summary>
    public static string Describe() => string.Join(", ", All.Select(format => $"'{format.Name}' ({format.Description})"));

    /// <summary>
    /// The page text of exactly this page: first asks the writer whether it can show the page, and gives its reasons if not.
    /// The output is the writer's (no final newline), so redirecting it gives a canonical page file.
    /// </summary>
    public static PageOutput WriteExactText(NewsPage page, NewsPageTextOptions options)
    {
        var (text, reasons) = PageRendering.WriteExactText(page, options);
        return new PageOutput(text, reasons);
    }

    // Page text as a conversion: what page text does not carry (the content language and the publishing metadata of a page
    // read from JSON, JSON-LD or ninjs) is left out, each member with a warning at its path, as the writer names them; any
    // other reason still refuses the page. parse and convert both write text this way.
    private static PageOutput WriteText(NewsPage page, NewsPageTextOptions options)
    {
        if (page.ContentLanguage is null && !page.HasPublishingMetadata)
        {
            return WriteExactText(page, options);
        }

        var leftOut = NewsPageText.Validate(page, options)
            .Where(reason => reason.Code is NewsDiagnosticCode.ContentLanguageNotWritten or NewsDiagnosticCode.PublishingMetadataNotWritten)
            .Select(reason => reason with { Severity = NewsDiagnosticSeverity.Warning, Message = LeftOutMessage(reason, page) })
            .ToImmutableArray();
        var output = WriteExactText(page.WithoutPublishingMetadata() with { ContentLanguage = null }, options);
        return output with { Reasons = leftOut.AddRange(output.Reasons) };
    }

    private static string LeftOutMessage(NewsDiagnostic reason, NewsPage page)
        => reason.Code == NewsDiagnosticCode.ContentLanguageNotWritten
            ? $"Page text does not state the content language '{page.ContentLanguage}': the text output leaves it out."
            : $"Page text does not show publishing metadata ({reason.Path}): the text output leaves it out.";
}
