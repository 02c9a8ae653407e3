using System.Collections.Immutable;
using NewsModel.Interchange.JsonLd;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Cli;

/// <summary>One input format of a single page: its name for <c>--from</c>, the help text, and the reader.</summary>
/// <param name="Name">The option value (<c>text</c>, <c>json</c>).</param>
/// <param name="Description">What the input is, for the help text.</param>
/// <param name="Read">Reads a page from a stream; the options carry strictness and the input limit.</param>
internal sealed record PageInputFormat(string Name, string Description, Func<Stream, NewsPageTextOptions, ParseResult<NewsPage>> Read);

/// <summary>The one table of the single-page input formats of <c>parse --from</c> and <c>validate --from</c>: a new format is one line here.</summary>
internal static class PageInputFormats
{
    /// <summary>Every format, in the order the help lists them; the first is the default.</summary>
    public static ImmutableArray<PageInputFormat> All { get; } =
    [
        new("text", "the site's page text", NewsPageText.ParseWithDiagnostics),
        // The JSON readers have no warnings to make errors of, and the same input limit.
        new("json", "NewsModel's canonical JSON", (stream, options) => NewsPageJson.DeserializeWithDiagnostics(stream, new NewsPageJsonOptions { MaxInputLength = options.MaxInputLength })),
        new("jsonld", "schema.org JSON-LD with a NewsArticle, written by anyone", (stream, options) => NewsPageJsonLd.DeserializeWithDiagnostics(stream, new NewsPageJsonLdOptions { MaxInputLength = options.MaxInputLength })),
        new("ninjs", "an IPTC ninjs 3.x or 2.x text item, written by anyone", (stream, options) => NewsPageNinjs.DeserializeWithDiagnostics(stream, new NewsPageNinjsOptions { MaxInputLength = options.MaxInputLength })),
    ];

    /// <summary>The formats' names, in table order.</summary>
    public static IEnumerable<string> Names => All.Select(format => format.Name);

    /// <summary>The format of an option value that the option's validation accepted.</summary>
    public static PageInputFormat Get(string name) => All.Single(format => format.Name == name);

    /// <summary>The formats for a help text: <c>'text' (…), 'json' (…)</c>.</summary>
    public static string Describe() => string.Join(", ", All.Select(format => $"'{format.Name}' ({format.Description})"));
}
