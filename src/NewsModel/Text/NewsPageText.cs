using System.Text;
using NewsModel.Localization;
using NewsModel.Text;

namespace NewsModel;

/// <summary>
/// Reads and writes the site's page text: the text of an article or tag page, in any interface language of the catalog.
/// </summary>
/// <remarks>
/// <para>
/// Reading is lenient by default: what the parser repairs or cannot place becomes a warning and its text is kept
/// (<see cref="NewsPage.UnclassifiedText"/>); <see cref="NewsPageTextOptions.Strict"/> turns warnings into errors.
/// Time is linear in the input's length. All members are thread-safe.
/// </para>
/// <para>
/// The page text marks its structure with interface labels (badges, section headings, the cookie banner's title) and
/// blank lines. A line is a label line exactly when it matches a catalog label under the rule that
/// <see cref="Localization.LabelCatalog"/> documents (NFD, runs of spaces and no-break spaces as one space, the apostrophe
/// and underdot variants, nothing else). A blank line holds nothing or only white space (such as no-break spaces); any
/// other line, invisible characters included, is text that the page keeps or a diagnostic names. Where it marks nothing, the parser reads a block as a title when it does not end a sentence (no final
/// <c>.</c>, <c>!</c>, <c>…</c>, <c>。</c>, <c>।</c>, <c>۔</c> or <c>።</c>, before any closing quote): the first block of a page without
/// hero image is its headline only if it reads as a title, and a story card's first block is its title only if it
/// reads as one and a badge line or its summary follows. A page with neither labels nor blank lines is crawled body
/// text (layout C): its first line is the lead. A page whose first story-card badge comes before any section heading
/// is a tag page. <see cref="Write(NewsPage, string?, Localization.LabelCatalog?)"/> produces text that reads back as
/// the same page whenever the page's titles and sentences follow this rule.
/// </para>
/// </remarks>
public static class NewsPageText
{
    /// <summary>Parses page text.</summary>
    /// <param name="text">The page text: LF, CRLF or CR line ends, NFC or NFD, with or without a byte order mark.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The text has an error (in strict mode, also a warning); the exception names its code, line and column.</exception>
    public static NewsPage Parse(string text, NewsPageTextOptions? options = null) => TryParse(text, options).GetPageOrThrow();

    /// <summary>Parses page text encoded as UTF-8, decoding one line at a time (the whole decoded text is never allocated).</summary>
    /// <param name="utf8">The page text as UTF-8; invalid bytes become U+FFFD with a warning (an error in strict mode).</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning).</exception>
    public static NewsPage Parse(ReadOnlySpan<byte> utf8, NewsPageTextOptions? options = null) => TryParse(utf8, options).GetPageOrThrow();

    /// <summary>Parses page text read from a UTF-8 stream to its end.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning), or is longer than the limit.</exception>
    public static NewsPage Parse(Stream utf8Stream, NewsPageTextOptions? options = null) => TryParse(utf8Stream, options).GetPageOrThrow();

    /// <summary>Parses page text without throwing for bad input: the result has the page, unless an error stopped it, and every diagnostic.</summary>
    /// <param name="text">The page text.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page and the diagnostics.</returns>
    public static NewsParseResult TryParse(string text, NewsPageTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PageTextParser.Parse(text, options ?? NewsPageTextOptions.Default);
    }

    /// <summary>Parses UTF-8 page text without throwing for bad input.</summary>
    /// <param name="utf8">The page text as UTF-8.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page and the diagnostics.</returns>
    public static NewsParseResult TryParse(ReadOnlySpan<byte> utf8, NewsPageTextOptions? options = null)
        => PageTextParser.Parse(utf8, options ?? NewsPageTextOptions.Default);

    /// <summary>Parses page text read from a UTF-8 stream without throwing for bad input.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <returns>The page and the diagnostics.</returns>
    public static NewsParseResult TryParse(Stream utf8Stream, NewsPageTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return PageTextParser.Parse(utf8Stream, options ?? NewsPageTextOptions.Default);
    }

    /// <summary>Writes a page in the site's canonical page-text layout.</summary>
    /// <param name="page">The page.</param>
    /// <param name="uiLanguage">The language of the labels to write; <see langword="null"/> for the page's <see cref="NewsPage.UiLanguage"/> (English when it has none). A tag the catalog lacks falls back along its parents.</param>
    /// <param name="catalog">The labels; <see langword="null"/> for <see cref="LabelCatalog.Default"/>.</param>
    /// <returns>The page text: LF line ends, no final newline.</returns>
    /// <exception cref="ArgumentException">The catalog has no labels for <paramref name="uiLanguage"/>, or the page holds an image that is not AI-generated (the page text marks every image with the AI badge, so it cannot show one without it).</exception>
    public static string Write(NewsPage page, string? uiLanguage = null, LabelCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var builder = new StringBuilder(PageTextWriter.EstimateLength(page));
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Write(page, writer, uiLanguage, catalog);
        }

        return builder.ToString();
    }

    /// <summary>Writes a page in the site's canonical page-text layout to a <see cref="TextWriter"/>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="uiLanguage">The language of the labels to write; <see langword="null"/> for the page's <see cref="NewsPage.UiLanguage"/> (English when it has none).</param>
    /// <param name="catalog">The labels; <see langword="null"/> for <see cref="LabelCatalog.Default"/>.</param>
    /// <exception cref="ArgumentException">The catalog has no labels for <paramref name="uiLanguage"/>, or the page holds an image that is not AI-generated.</exception>
    public static void Write(NewsPage page, TextWriter writer, string? uiLanguage = null, LabelCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(writer);
        PageTextWriter.Write(page, writer, uiLanguage ?? page.UiLanguage ?? LabelCatalog.NeutralLanguage, catalog ?? LabelCatalog.Default);
    }
}
