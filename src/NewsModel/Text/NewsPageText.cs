using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
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
/// is a tag page.
/// </para>
/// <para>
/// Writing is total: <see cref="Write(NewsPage, NewsPageTextOptions?)"/> writes text that reads back as the same page
/// (<c>Parse(Write(page)) == page</c>, with no diagnostic, strict mode included), or refuses before it writes anything.
/// <see cref="Validate(NewsPage, NewsPageTextOptions?)"/> gives the reasons it would refuse, as data, without writing.
/// </para>
/// <para>
/// Each read has three forms, as in .NET: <c>Parse</c> returns the page or throws <see cref="NewsFormatException"/>;
/// <c>TryParse</c> returns whether it read a page (<c>bool TryParse(..., out NewsPage? page)</c>); <c>ParseWithDiagnostics</c>
/// returns a <see cref="ParseResult{T}"/> with the page and every diagnostic, warnings included. The last two never throw
/// for bad input; all three throw <see cref="ArgumentNullException"/> for a <see langword="null"/> argument. Input over
/// <see cref="NewsPageTextOptions.MaxInputLength"/> (bytes of UTF-8) is an error. Options may be <see langword="null"/> for
/// <see cref="NewsPageTextOptions.Default"/>.
/// </para>
/// </remarks>
public static class NewsPageText
{
    // A call that passes only nulls (Parse(null!), Write(null!, null)) fits several overloads (string, bytes and stream;
    // page and writer): the string and page overloads win it, so that it binds, and throws ArgumentNullException, instead
    // of failing to compile as ambiguous.
    private const int Preferred = 1;

    /// <summary>Parses page text.</summary>
    /// <param name="text">The page text: LF, CRLF or CR line ends, NFC or NFD, with or without a byte order mark.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The text has an error; the exception names its code, line and column.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Parse(string text) => Parse(text, null);

    /// <summary>Parses page text.</summary>
    /// <param name="text">The page text: LF, CRLF or CR line ends, NFC or NFD, with or without a byte order mark.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The text has an error (in strict mode, also a warning); the exception names its code, line and column.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Parse(string text, NewsPageTextOptions? options) => ParseWithDiagnostics(text, options).Value;

    /// <summary>Parses page text encoded as UTF-8, decoding one line at a time (the whole decoded text is never allocated).</summary>
    /// <param name="utf8">The page text as UTF-8; invalid bytes become U+FFFD with a warning.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error.</exception>
    public static NewsPage Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, null);

    /// <summary>Parses page text encoded as UTF-8, decoding one line at a time (the whole decoded text is never allocated).</summary>
    /// <param name="utf8">The page text as UTF-8; invalid bytes become U+FFFD with a warning (an error in strict mode).</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning).</exception>
    public static NewsPage Parse(ReadOnlySpan<byte> utf8, NewsPageTextOptions? options) => ParseWithDiagnostics(utf8, options).Value;

    /// <summary>Parses page text read from a UTF-8 stream to its end.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error, is longer than the limit, or could not be read.</exception>
    public static NewsPage Parse(Stream utf8Stream) => Parse(utf8Stream, null);

    /// <summary>Parses page text read from a UTF-8 stream to its end.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning), is longer than the limit, or could not be read.</exception>
    public static NewsPage Parse(Stream utf8Stream, NewsPageTextOptions? options) => ParseWithDiagnostics(utf8Stream, options).Value;

    /// <summary>Tries to parse page text.</summary>
    /// <param name="text">The page text.</param>
    /// <param name="page">The page, or <see langword="null"/> when the text has an error.</param>
    /// <returns>Whether the text was read as a page.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryParse(string text, [NotNullWhen(true)] out NewsPage? page) => TryParse(text, null, out page);

    /// <summary>Tries to parse page text.</summary>
    /// <param name="text">The page text.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="page">The page, or <see langword="null"/> when the text has an error (in strict mode, also a warning).</param>
    /// <returns>Whether the text was read as a page.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryParse(string text, NewsPageTextOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => ParseWithDiagnostics(text, options).TryGetValue(out page);

    /// <summary>Tries to parse UTF-8 page text.</summary>
    /// <param name="utf8">The page text as UTF-8.</param>
    /// <param name="page">The page, or <see langword="null"/> when the input has an error.</param>
    /// <returns>Whether the input was read as a page.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out NewsPage? page) => TryParse(utf8, null, out page);

    /// <summary>Tries to parse UTF-8 page text.</summary>
    /// <param name="utf8">The page text as UTF-8.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="page">The page, or <see langword="null"/> when the input has an error (in strict mode, also a warning).</param>
    /// <returns>Whether the input was read as a page.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, NewsPageTextOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => ParseWithDiagnostics(utf8, options).TryGetValue(out page);

    /// <summary>Tries to parse page text read from a UTF-8 stream to its end.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="page">The page, or <see langword="null"/> when the input has an error or could not be read.</param>
    /// <returns>Whether the input was read as a page.</returns>
    public static bool TryParse(Stream utf8Stream, [NotNullWhen(true)] out NewsPage? page) => TryParse(utf8Stream, null, out page);

    /// <summary>Tries to parse page text read from a UTF-8 stream to its end.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <param name="page">The page, or <see langword="null"/> when the input has an error (in strict mode, also a warning) or could not be read.</param>
    /// <returns>Whether the input was read as a page.</returns>
    public static bool TryParse(Stream utf8Stream, NewsPageTextOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => ParseWithDiagnostics(utf8Stream, options).TryGetValue(out page);

    /// <summary>Parses page text and reports every diagnostic: the result has the page, unless an error stopped it, and every warning and error.</summary>
    /// <param name="text">The page text.</param>
    /// <returns>The page and the diagnostics.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> ParseWithDiagnostics(string text) => ParseWithDiagnostics(text, null);

    /// <summary>Parses page text and reports every diagnostic: the result has the page, unless an error stopped it, and every warning and error.</summary>
    /// <param name="text">The page text.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page and the diagnostics.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> ParseWithDiagnostics(string text, NewsPageTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PageTextParser.Parse(text, options ?? NewsPageTextOptions.Default);
    }

    /// <summary>Parses UTF-8 page text and reports every diagnostic.</summary>
    /// <param name="utf8">The page text as UTF-8.</param>
    /// <returns>The page and the diagnostics.</returns>
    public static ParseResult<NewsPage> ParseWithDiagnostics(ReadOnlySpan<byte> utf8) => ParseWithDiagnostics(utf8, null);

    /// <summary>Parses UTF-8 page text and reports every diagnostic.</summary>
    /// <param name="utf8">The page text as UTF-8.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page and the diagnostics.</returns>
    public static ParseResult<NewsPage> ParseWithDiagnostics(ReadOnlySpan<byte> utf8, NewsPageTextOptions? options)
        => PageTextParser.Parse(utf8, options ?? NewsPageTextOptions.Default);

    /// <summary>Parses page text read from a UTF-8 stream to its end and reports every diagnostic.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <returns>The page and the diagnostics. Whatever the stream throws (an I/O error, a timeout, cancellation, disposal, a refused synchronous read) is <see cref="NewsDiagnosticCode.ReadFailed"/> with its message, never an exception.</returns>
    public static ParseResult<NewsPage> ParseWithDiagnostics(Stream utf8Stream) => ParseWithDiagnostics(utf8Stream, null);

    /// <summary>Parses page text read from a UTF-8 stream to its end and reports every diagnostic.</summary>
    /// <param name="utf8Stream">The stream; it is read, not closed.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The page and the diagnostics. Whatever the stream throws (an I/O error, a timeout, cancellation, disposal, a refused synchronous read) is <see cref="NewsDiagnosticCode.ReadFailed"/> with its message, never an exception.</returns>
    public static ParseResult<NewsPage> ParseWithDiagnostics(Stream utf8Stream, NewsPageTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return PageTextParser.Parse(utf8Stream, options ?? NewsPageTextOptions.Default);
    }

    /// <summary>Parses page text read from a UTF-8 stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning), or the stream could not be read.</exception>
    public static ValueTask<NewsPage> ParseAsync(Stream utf8Stream) => ParseAsync(utf8Stream, null, CancellationToken.None);

    /// <summary>Parses page text read from a UTF-8 stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read; a cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning), or the stream could not be read.</exception>
    public static ValueTask<NewsPage> ParseAsync(Stream utf8Stream, CancellationToken cancellationToken) => ParseAsync(utf8Stream, null, cancellationToken);

    /// <summary>Parses page text read from a UTF-8 stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read; a cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input has an error (in strict mode, also a warning), or the stream could not be read.</exception>
    public static async ValueTask<NewsPage> ParseAsync(Stream utf8Stream, NewsPageTextOptions? options, CancellationToken cancellationToken)
        => (await ParseWithDiagnosticsAsync(utf8Stream, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Parses page text read from a UTF-8 stream asynchronously and reports every diagnostic, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <returns>The page and the diagnostics (any exception of the stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ValueTask<ParseResult<NewsPage>> ParseWithDiagnosticsAsync(Stream utf8Stream) => ParseWithDiagnosticsAsync(utf8Stream, null, CancellationToken.None);

    /// <summary>Parses page text read from a UTF-8 stream asynchronously and reports every diagnostic, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page and the diagnostics (any exception of the stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ValueTask<ParseResult<NewsPage>> ParseWithDiagnosticsAsync(Stream utf8Stream, CancellationToken cancellationToken)
        => ParseWithDiagnosticsAsync(utf8Stream, null, cancellationToken);

    /// <summary>Parses page text read from a UTF-8 stream asynchronously and reports every diagnostic, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Stream">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read it; <see langword="null"/> for <see cref="NewsPageTextOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page and the diagnostics (any exception of the stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ValueTask<ParseResult<NewsPage>> ParseWithDiagnosticsAsync(Stream utf8Stream, NewsPageTextOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return PageTextParser.ParseAsync(utf8Stream, options ?? NewsPageTextOptions.Default, cancellationToken);
    }


    /// <summary>Finds why <see cref="Write(NewsPage)"/> would refuse a page: what its page text could not show.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The reasons, in page order; empty when the page can be written (see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>).</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ImmutableArray<NewsDiagnostic> Validate(NewsPage page) => Validate(page, null);

    /// <summary>Finds why <see cref="Write(NewsPage, NewsPageTextOptions?)"/> would refuse a page with these options: what its page text could not show.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">The labels and the interface language to write, as for <see cref="Write(NewsPage, NewsPageTextOptions?)"/>.</param>
    /// <returns>
    /// The reasons, in page order, each an error <see cref="NewsDiagnostic"/> with a code (<c>NM2101</c> to <c>NM2131</c>), the
    /// member's path in <see cref="NewsDiagnostic.Path"/> (such as <c>Article.Body[2]</c> or <c>Consent.Actions[0].Label</c>;
    /// line and column are 0) and a message that says why; empty when the page can be written.
    /// </returns>
    /// <remarks>
    /// <para>
    /// Page text marks structure only with labels, line breaks and whether a line ends a sentence, and it has no escape: what
    /// it cannot show is refused, never changed. A page is written when
    /// </para>
    /// <list type="bullet">
    /// <item>every text is one line (no CR or LF) that a reader keeps as it is: not empty or white space only (no-break
    /// spaces included; a zero-width space is text), not starting or ending with a space or tab, not starting with U+FEFF,
    /// with no lone surrogate; and it is no label of any catalog language, in any of its wordings, under the catalog's
    /// matching rule (NFC or NFD, either Yoruba underdot, U+2019 or U+02BC for the apostrophe, runs of spaces, tabs and
    /// no-break spaces) — the Follow button's included, although a reader takes it for the button only on a page's first
    /// lines;</item>
    /// <item>an article's headline reads as a title (no sentence end, at most 300 characters) when the article has no hero
    /// image; the lead of an article with neither image nor headline does not read as a title (unless the page is body-only
    /// text); an article with body paragraphs has a lead; a hero image has a caption; an article with only a headline has a
    /// label on its page;</item>
    /// <item>a story card shows a captioned image, a title or a summary; its title reads as a title; a card without summary
    /// has a badge line (or a captioned image) and comes last or before a card that begins with its image or badge line; a
    /// card that shows only its summary, a summary that reads as a title, comes last; every image is AI-generated (page text
    /// marks each with the badge);</item>
    /// <item>a page has an article, or is a tag page (no article; a tag, story cards or both) that shows the Follow button
    /// or an AI-reported card; a tag shows its name or the Follow button; without the button, its name reads as a title and
    /// the first card begins with a captioned image or with a title and its badge line; a tag page without tag does not begin
    /// with a card of that shape, a title and a title-like summary before a card that begins with its badge line; a page
    /// shows something;</item>
    /// <item>a reaction's <see cref="Reaction.Platform"/> is <see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/> of its text;</item>
    /// <item>the banner's title is a cookie-title label, its message the cookie-message label or a text that is no label,
    /// decline and accept buttons show their labels, and buttons of kind <see cref="ConsentActionKind.Other"/> (free text,
    /// no label) follow a message;</item>
    /// <item><see cref="NewsPage.UiLanguage"/> is the catalog language (as the catalog names it, <c>yo</c> rather than
    /// <c>yo-NG</c>) whose labels the page shows; every label the page holds (the banner's) is one of that language's; a
    /// reader does not prefer another language that reads them too; and a page that shows no label has no
    /// <see cref="NewsPage.UiLanguage"/>;</item>
    /// <item>the page has no <see cref="NewsPage.ContentLanguage"/> and no <see cref="NewsPage.UnclassifiedText"/>, which page
    /// text does not carry: write <c>page with { ContentLanguage = null, UnclassifiedText = [] }</c>, and set the content
    /// language again on the page read;</item>
    /// <item>the page holds no publishing metadata (<see cref="NewsPage.HasPublishingMetadata"/>): page text shows no URL,
    /// date, author, keyword, section, publisher, digital source type, image size, text alternative, credit or copyright.
    /// Each member set is one <see cref="NewsDiagnosticCode.PublishingMetadataNotWritten"/> reason (after the page's other
    /// reasons, its path naming the member, such as <c>Article.Published</c> or <c>Stories[2].Image.Url</c>): keep such a
    /// page in the canonical JSON, and write page text of the page without it.</item>
    /// </list>
    /// <para>
    /// With <see cref="NewsPageTextOptions.UiLanguage"/> the page is re-rendered: it is validated, and reads back, as the
    /// page with that interface language (as the catalog names it; none for a page that shows no label) and, when that
    /// differs from the page's own, with the banner's texts that are labels (title, message, decline and accept buttons) in
    /// that language.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The options' <see cref="NewsPageTextOptions.UiLanguage"/> has no labels in the catalog.</exception>
    public static ImmutableArray<NewsDiagnostic> Validate(NewsPage page, NewsPageTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= NewsPageTextOptions.Default;
        return PageTextValidator.Validate(PageTextWriter.Render(page, options), options.Catalog);
    }

    /// <summary>Writes a page in the site's canonical page-text layout, with the labels of its <see cref="NewsPage.UiLanguage"/>.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The page text: LF line ends, no final newline. It reads back as <paramref name="page"/>.</returns>
    /// <exception cref="NewsFormatException">The page text cannot show the page (see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>): <see cref="NewsFormatException.Diagnostics"/> has every reason.</exception>
    public static string Write(NewsPage page) => Write(page, null);

    /// <summary>Writes a page in the site's canonical page-text layout.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">The labels (<see cref="NewsPageTextOptions.Catalog"/>) and the interface language to write (<see cref="NewsPageTextOptions.UiLanguage"/>, by default the page's own).</param>
    /// <returns>The page text: LF line ends, no final newline. It reads back as the page (re-rendered with <see cref="NewsPageTextOptions.UiLanguage"/>; see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>).</returns>
    /// <exception cref="ArgumentException">The options' <see cref="NewsPageTextOptions.UiLanguage"/> has no labels in the catalog; the message names it and the catalog's languages.</exception>
    /// <exception cref="NewsFormatException">The page text cannot show the page (see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>): <see cref="NewsFormatException.Diagnostics"/> has every reason.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static string Write(NewsPage page, NewsPageTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        var builder = new StringBuilder(PageTextWriter.EstimateLength(page));
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            PageTextWriter.Write(page, writer, options ?? NewsPageTextOptions.Default);
        }

        return builder.ToString();
    }

    /// <summary>Writes a page in the site's canonical page-text layout to a <see cref="TextWriter"/>, with the labels of its <see cref="NewsPage.UiLanguage"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="page">The page.</param>
    /// <exception cref="NewsFormatException">The page text cannot show the page (see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>); nothing is written then.</exception>
    public static void Write(TextWriter writer, NewsPage page) => Write(writer, page, null);

    /// <summary>Writes a page in the site's canonical page-text layout to a <see cref="TextWriter"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">The labels and the interface language to write (by default the page's own).</param>
    /// <remarks>
    /// The page is validated before the first character is written, so a page that is refused leaves the writer untouched.
    /// An exception that <paramref name="writer"/> itself throws is passed on as it is; what the writer had taken by then is its own.
    /// </remarks>
    /// <exception cref="ArgumentException">The options' <see cref="NewsPageTextOptions.UiLanguage"/> has no labels in the catalog; nothing is written then.</exception>
    /// <exception cref="NewsFormatException">The page text cannot show the page (see <see cref="Validate(NewsPage, NewsPageTextOptions?)"/>); nothing is written then.</exception>
    public static void Write(TextWriter writer, NewsPage page, NewsPageTextOptions? options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        PageTextWriter.Write(page, writer, options ?? NewsPageTextOptions.Default);
    }
}
