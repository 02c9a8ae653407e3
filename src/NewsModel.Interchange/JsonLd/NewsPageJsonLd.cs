using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NewsModel.IO;
using NewsModel.Json;

namespace NewsModel.Interchange.JsonLd;

/// <summary>
/// Writes a page as schema.org JSON-LD for search engines and other readers of structured data, safe to put in a
/// <c>&lt;script type="application/ld+json"&gt;</c> element; reads the JSON-LD news articles others publish into the model.
/// </summary>
/// <remarks>
/// <para>
/// <b>Writing.</b> One object with <c>"@context": "https://schema.org"</c> and a <c>@graph</c>. An article page gives a
/// <c>NewsArticle</c> (<c>@id</c> <c>#article</c>: <c>headline</c>, <c>abstract</c> for the lead, <c>articleBody</c> with the
/// paragraphs joined by blank lines, <c>image</c> as an <c>ImageObject</c> {<c>caption</c>, <c>url</c> and <c>contentUrl</c>,
/// <c>width</c> and <c>height</c> in pixels as numbers, <c>description</c> for the alternative text, <c>creditText</c>,
/// <c>copyrightNotice</c>, <c>digitalSourceType</c>}, <c>datePublished</c>, <c>dateModified</c> (ISO 8601 with their offset),
/// <c>author</c> as <c>Person</c>s {<c>name</c>, <c>url</c>}, <c>publisher</c> as an <c>Organization</c> {<c>name</c>,
/// <c>url</c>, <c>logo</c> <c>ImageObject</c>}, <c>keywords</c> as an array, <c>articleSection</c>, <c>identifier</c>,
/// <c>url</c> for the canonical URL, <c>inLanguage</c> from <see cref="NewsPage.ContentLanguage"/> and
/// <c>digitalSourceType</c>, and <c>mainEntityOfPage</c> naming the <c>WebPage</c> node <c>#webpage</c>) and that
/// <c>WebPage</c> (<c>mainEntity</c> the article). The related stories are the page's related-news section: a
/// <c>WebPageElement</c> (<c>#related</c>) in the web page's <c>hasPart</c>, whose <c>mainEntity</c> is an <c>ItemList</c>
/// of <c>ListItem</c>s {<c>position</c> from 1, <c>item</c> a <c>NewsArticle</c> with <c>headline</c>, <c>abstract</c>,
/// <c>url</c>, <c>image</c> and <c>digitalSourceType</c>}. An <c>ItemList</c> is no <c>CreativeWork</c>, so schema.org lets
/// neither an article's nor a page's <c>hasPart</c> hold it, and <c>relatedLink</c> takes URLs only (cards may have none):
/// the section that holds it is what the page has as a part. A page without article (a tag page) gives a
/// <c>CollectionPage</c> with the tag as <c>name</c> and <c>about</c> (a <c>Thing</c>), <c>url</c>, <c>inLanguage</c>,
/// <c>publisher</c>, and its story cards as the <c>ItemList</c> of its <c>mainEntity</c>.
/// </para>
/// <para>
/// AI provenance is schema.org's <c>digitalSourceType</c>, written for the article (its own
/// <see cref="NewsArticle.DigitalSourceType"/>), for each image and each card (their <c>SourceType</c>: the explicit type,
/// else <c>TrainedAlgorithmicMediaDigitalSource</c> for the AI badge) as the <c>IPTCDigitalSourceEnumeration</c> member
/// (<c>https://schema.org/TrainedAlgorithmicMediaDigitalSource</c>, <c>…/DigitalCaptureDigitalSource</c>, all 17 of them);
/// a term schema.org has no member for (IPTC's <c>humanEdits</c>, another vocabulary's URI) is written as its own URI.
/// </para>
/// <para>
/// <b>Not written</b>, as schema.org has no place for them or they are not content: <see cref="NewsPage.UiLanguage"/> (the
/// interface language is never <c>inLanguage</c>), the consent banner (not content), <see cref="NewsPage.Reactions"/>
/// (an editorial summary of social-media reactions: schema.org's <c>Comment</c> is a comment by its author, which they are
/// not), <see cref="NewsPage.UnclassifiedText"/>, the tag's <see cref="NewsTag.HasFollowButton"/>, a tag without name,
/// <see cref="NewsPage.Stories"/> of a page with an article and <see cref="NewsPage.RelatedStories"/> of one without.
/// An image's or card's <c>AiGenerated</c>/<c>AiReported</c> is carried as its source type only: it reads back as whether
/// that type is generative AI. A body paragraph reads back as written when every line of it holds a character that is not
/// white space.
/// </para>
/// <para>
/// <b>HTML safety.</b> Strings are escaped by the encoder of <see cref="NewsPageJson"/>: <c>&lt; &gt; &amp;</c> (and
/// <c>' " + `</c>) as <c>\u003C</c> and the like, control and invisible format characters (U+2028 and U+2029 among them)
/// too, letters of every script as they are; a lone surrogate is written as U+FFFD (<c>\uFFFD</c>). So whatever the page
/// holds, the output holds no <c>&lt;</c> at all and cannot end the script element (<c>&lt;/script</c>) or open a comment
/// (<c>&lt;!--</c>). <see cref="Serialize(Utf8JsonWriter, NewsPage)"/> writes with the caller's writer and its encoder,
/// which decides this.
/// </para>
/// <para>
/// <b>Reading</b> takes JSON-LD written by others: a single node, an array of nodes or an <c>@graph</c>; <c>@type</c> as a
/// string or an array, with or without the <c>schema:</c> prefix; the first node of an article type (<c>NewsArticle</c> and
/// its subtypes, <c>Article</c>, <c>BlogPosting</c>, <c>Report</c>, …), else a <c>CollectionPage</c>, is the page.
/// <c>@id</c> references within the document are followed. <c>image</c> as a URL, an <c>ImageObject</c> or an array (the
/// first; the rest are reported), <c>author</c> as a string, an object or an array, <c>keywords</c> as a comma-separated
/// string or an array, <c>identifier</c> as a string or a <c>PropertyValue</c>, sizes as numbers, strings or
/// <c>QuantitativeValue</c>s, <c>name</c>/<c>description</c>/<c>text</c> where <c>headline</c>/<c>abstract</c>/<c>articleBody</c>
/// are absent; <c>articleBody</c> is split into paragraphs at blank lines. Whatever has no place in the model is a warning
/// <see cref="NewsDiagnosticCode.UnmappedValue"/> naming its JSON path (such as <c>$['@graph'][0].video</c>); a malformed
/// date, a relative URL (the model keeps absolute URIs; with <see cref="NewsPageJsonLdOptions.BaseUri"/> it is resolved instead), a size that is not a positive number or an unknown source type
/// is a warning <see cref="NewsDiagnosticCode.InvalidInterchangeValue"/>, and the value is left out. A document with no
/// article nor collection page is an error <see cref="NewsDiagnosticCode.UnsupportedItemType"/>; malformed JSON, a duplicate
/// property, nesting deeper than <see cref="NewsPageJsonLdOptions.MaxDepth"/> and input over
/// <see cref="NewsPageJsonLdOptions.MaxInputLength"/> are the errors <see cref="NewsPageJson"/> reports, with the same
/// positions (1-based line and UTF-16 column, and the JSON path).
/// </para>
/// <para>
/// Each read has three forms: <c>Deserialize</c> throws <see cref="NewsFormatException"/>, <c>TryDeserialize</c> returns
/// whether it read a page, <c>DeserializeWithDiagnostics</c> returns a <see cref="ParseResult{T}"/> with the page and every
/// diagnostic. The last two never throw for bad input nor for a failing stream. The stream reads have asynchronous forms
/// with a <see cref="CancellationToken"/> (<c>DeserializeAsync</c>, <c>DeserializeWithDiagnosticsAsync</c>). All members are thread-safe.
/// </para>
/// </remarks>
public static class NewsPageJsonLd
{
    // As in NewsPageJson: a call with only nulls binds to the string and page overloads.
    private const int Preferred = 1;

    /// <summary>Writes a page as compact, HTML-safe JSON-LD.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON-LD text.</returns>
    public static string Serialize(NewsPage page) => Serialize(page, null);

    /// <summary>Writes a page as HTML-safe JSON-LD.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The JSON-LD text.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static string Serialize(NewsPage page, NewsPageJsonLdOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a page as HTML-safe JSON-LD in UTF-8.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON-LD as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page) => SerializeToUtf8Bytes(page, null);

    /// <summary>Writes a page as HTML-safe JSON-LD in UTF-8.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The JSON-LD as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page, NewsPageJsonLdOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a page as HTML-safe JSON-LD in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Stream utf8Json, NewsPage page) => Serialize(utf8Json, page, null);

    /// <summary>Writes a page as HTML-safe JSON-LD in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    public static void Serialize(Stream utf8Json, NewsPage page, NewsPageJsonLdOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        JsonLdWriter.Write(writer, page, EscaperOf(options));
    }

    /// <summary>Writes a page as UTF-8 JSON-LD to a stream asynchronously: the JSON-LD is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the stream has the JSON-LD.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page) => SerializeAsync(utf8Json, page, null, CancellationToken.None);

    /// <summary>Writes a page as UTF-8 JSON-LD to a stream asynchronously: the JSON-LD is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the JSON-LD.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page, CancellationToken cancellationToken) => SerializeAsync(utf8Json, page, null, cancellationToken);

    /// <summary>Writes a page as UTF-8 JSON-LD to a stream asynchronously: the JSON-LD is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the JSON-LD.</returns>
    public static async Task SerializeAsync(Stream utf8Json, NewsPage page, NewsPageJsonLdOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a page as JSON-LD into a writer that the caller owns, with the writer's own settings: its encoder decides
    /// whether the output is safe in an HTML script element (the default encoder of <see cref="Utf8JsonWriter"/> is).
    /// </summary>
    /// <param name="writer">The writer, at a place where a value may stand.</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Utf8JsonWriter writer, NewsPage page)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        JsonLdWriter.Write(writer, page, escaper: null);
    }

    /// <summary>Reads a page from JSON-LD.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json) => Deserialize(json, null);

    /// <summary>Reads a page from JSON-LD.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json, NewsPageJsonLdOptions? options) => DeserializeWithDiagnostics(json, options).Value;

    /// <summary>Reads a page from UTF-8 JSON-LD.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from UTF-8 JSON-LD.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonLdOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Reads a page from a UTF-8 JSON-LD stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page, or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 JSON-LD stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page, or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json, NewsPageJsonLdOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Tries to read a page from JSON-LD.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(json, null, out page);

    /// <summary>Tries to read a page from JSON-LD.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, NewsPageJsonLdOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from UTF-8 JSON-LD.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(utf8Json, null, out page);

    /// <summary>Tries to read a page from UTF-8 JSON-LD.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonLdOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 JSON-LD stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(Stream utf8Json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(utf8Json, null, out page);

    /// <summary>Tries to read a page from a UTF-8 JSON-LD stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when none could be read.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(Stream utf8Json, NewsPageJsonLdOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Reads a page from JSON-LD, without throwing for bad input.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json) => DeserializeWithDiagnostics(json, null);

    /// <summary>Reads a page from JSON-LD, without throwing for bad input.</summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json, NewsPageJsonLdOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= NewsPageJsonLdOptions.Default;
        if (InputLimit.Exceeds(json, options.MaxInputLength, out var length))
        {
            return InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), length, options.MaxInputLength, JsonPath.Root);
        }

        // A lone surrogate cannot be encoded: it becomes U+FFFD, which the reader reads as any other character.
        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a page from UTF-8 JSON-LD, without throwing for bad input.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from UTF-8 JSON-LD, without throwing for bad input.</summary>
    /// <param name="utf8Json">The JSON-LD as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json, NewsPageJsonLdOptions? options)
    {
        options ??= NewsPageJsonLdOptions.Default;
        return utf8Json.Length > options.MaxInputLength
            ? InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), utf8Json.Length, options.MaxInputLength, JsonPath.Root)
            : Read(utf8Json, options);
    }

    /// <summary>Reads a page from a UTF-8 JSON-LD stream, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 JSON-LD stream, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json, NewsPageJsonLdOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageJsonLdOptions.Default;
        using var input = StreamInput.Read(utf8Json, options.MaxInputLength);
        return Read(input, options);
    }

    /// <summary>Reads a page from a UTF-8 JSON-LD stream asynchronously, for streams that forbid synchronous reads (ASP.NET Core's request body).</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page, or the stream could not be read.</exception>
    public static ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken) => DeserializeAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 JSON-LD stream asynchronously, for streams that forbid synchronous reads (ASP.NET Core's request body).</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is malformed or holds no news article nor collection page, or the stream could not be read.</exception>
    public static async ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, NewsPageJsonLdOptions? options, CancellationToken cancellationToken)
        => (await DeserializeWithDiagnosticsAsync(utf8Json, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Reads a page from a UTF-8 JSON-LD stream asynchronously, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, CancellationToken cancellationToken)
        => DeserializeWithDiagnosticsAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 JSON-LD stream asynchronously, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonLdOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page, or the error that stopped the read, and every warning.</returns>
    public static async ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, NewsPageJsonLdOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageJsonLdOptions.Default;
        using var input = await StreamInput.ReadAsync(utf8Json, options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return Read(input, options);
    }

    private static ParseResult<NewsPage> Read(in StreamInput input, NewsPageJsonLdOptions options)
        => input.ReadWith(options, options.MaxInputLength, JsonPath.Root, static (bytes, options) => Read(bytes, options));

    private static ParseResult<NewsPage> Read(ReadOnlySpan<byte> utf8, NewsPageJsonLdOptions options)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var diagnostics = new DiagnosticBag(strict: false, options.MaxDiagnostics);
        JsonLdNode root;
        try
        {
            root = JsonLdNode.Parse(utf8, options.MaxDepth);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed JSON, a duplicate property, too deep, a string that cannot be decoded: the structure pass says what and where.
            var failure = JsonStructureValidator.Validate(utf8, options.MaxDepth)
                ?? new JsonReadError(NewsDiagnosticCode.InvalidJson, DiagnosticMessages.InvalidJson(exception.Message), JsonPath.Root, 0);
            return JsonDiagnostics.Fail<NewsPage>(diagnostics, utf8, failure);
        }

        var (page, findings) = JsonLdReader.Read(root, options.BaseUri);
        Report(diagnostics, utf8, findings, options.MaxDiagnostics);
        return diagnostics.ToResult(page);
    }

    // Positions in input order, found in one pass however many findings there are. The bag keeps the first maxCount in
    // input order and counts the rest: only the kept ones need their path.
    private static void Report(DiagnosticBag diagnostics, ReadOnlySpan<byte> utf8, List<JsonLdReader.Finding> findings, int maxCount)
    {
        // A stable sort: two findings at one offset keep the order the reader found them in.
        findings = [.. findings.OrderBy(static finding => finding.Offset)];
        var cursor = new TextPositionCursor(utf8);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var (line, column) = cursor.MoveTo(finding.Offset);
            var path = i < maxCount ? finding.Node.Path : null;
            if (finding.IsError)
            {
                diagnostics.Error(finding.Code, finding.Message, line, column, path);
            }
            else
            {
                diagnostics.Warning(finding.Code, finding.Message, line, column, path);
            }
        }
    }

    private static PooledBufferWriter WriteToBuffer(NewsPage page, NewsPageJsonLdOptions? options)
    {
        var buffer = new PooledBufferWriter(JsonLdWriter.EstimateLength(page));
        try
        {
            using var writer = new Utf8JsonWriter(buffer, WriterOptions(options));
            JsonLdWriter.Write(writer, page, EscaperOf(options));
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static JsonStringEscaper? EscaperOf(NewsPageJsonLdOptions? options)
        => options is { WriteIndented: true } ? null : JsonStringEscaper.Default;

    private static JsonWriterOptions WriterOptions(NewsPageJsonLdOptions? options) => new()
    {
        Encoder = NewsPageJson.DefaultEncoder,
        Indented = options?.WriteIndented ?? false,
        NewLine = "\n",
        SkipValidation = true,
    };
}
