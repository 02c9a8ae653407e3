using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NewsModel.IO;
using NewsModel.Json;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// Writes a page as an IPTC ninjs (News in JSON) item, 3.1 or 2.2, and reads the ninjs 3.x and 2.x items others publish
/// into a page.
/// </summary>
/// <remarks>
/// <para>
/// Writing: an article page is a <c>text</c> item; a tag page (no article) a <c>composite</c> item whose <c>title</c> is
/// the tag and whose stories are its associations. In the order written (3.1 names; 2.2 writes the same in lower case,
/// such as <c>versioncreated</c>, <c>contenttype</c>, <c>infosources</c>, <c>digitalsourcetype</c>): <c>uri</c> (the
/// article's <see cref="NewsArticle.Identifier"/>, else the page's <see cref="NewsPage.CanonicalUrl"/>, else
/// <c>urn:newsmodel:</c> and 32 hex digits of the SHA-256 of what the item carries, as compact ninjs 3.1 writes it with
/// its derived URIs left empty: the same content always has the same URI, in either version and layout, and a page read
/// back from its item, which lacks what ninjs does not carry, writes the same item again), <c>type</c>, <c>standard</c> (name, version, schema), <c>firstCreated</c>
/// (<see cref="NewsArticle.Published"/>), <c>versionCreated</c> (<see cref="NewsArticle.Modified"/>), <c>language</c>
/// (<see cref="NewsPage.ContentLanguage"/> only; the interface language is not the content's), <c>headlines</c>
/// [{<c>role</c> <c>main</c>}], <c>descriptions</c> [{<c>role</c> <c>summary</c>}], <c>bodies</c> (the paragraphs as
/// <c>text/plain</c>, separated by blank lines, and as <c>text/html</c>, one HTML-encoded <c>&lt;p&gt;</c> a paragraph),
/// <c>by</c> and <c>people</c> [{<c>rel</c> <c>author</c>}] (<see cref="NewsArticle.Authors"/>), <c>subjects</c>
/// (<see cref="NewsArticle.Keywords"/>, and <see cref="NewsArticle.Section"/> with <c>rel</c> <c>section</c>),
/// <c>infoSources</c> [{<c>role</c> <c>publisher</c>}], <c>digitalSourceType</c> {<c>uri</c>}, <c>renditions</c>
/// [{<c>name</c> <c>web</c>, <c>href</c>: the canonical URL}], <c>associations</c>: the hero image as a <c>picture</c>
/// named <c>image</c> (caption and alt text as <c>descriptions</c> of role <c>caption</c> and <c>alt</c>, the credit as
/// <c>by</c>, <c>copyrightNotice</c>, its <see cref="NewsImage.SourceType"/> as <c>digitalSourceType</c> (an AI badge is
/// IPTC's <c>trainedAlgorithmicMedia</c>), an <c>original</c> rendition with its URL, width and height), then each related
/// story (or tag page story) as a <c>text</c> item named <c>related1</c>… (<c>story1</c>…), 3.1 with <c>rel</c>
/// <c>related</c>: its title, summary, <see cref="StoryCard.SourceType"/>, link and picture. An association without a URL
/// has the page's derived URI, a colon and its name. Both versions carry <c>digitalSourceType</c>, as an object with the
/// term's URI. Every property written is one of the version's schema.
/// </para>
/// <para>
/// Not carried (ninjs has no place for them): the interface language, the tag page's Follow button, the reactions, the
/// consent banner, unclassified text, the publisher's logo, an article page's tag and tag-page stories, a tag page's related
/// stories. An identifier equal to the canonical URL or starting with <c>urn:newsmodel:</c> reads back as none. The body
/// reads back as HTML reads (see below): white space collapsed, empty paragraphs left out.
/// </para>
/// <para>
/// Reading is lenient and version-detecting (<see cref="NewsPageNinjsOptions.Version"/>): headline, description
/// (summary), body, language, dates, authors (<c>people</c> of <c>rel</c> <c>author</c>, <c>creator</c> or <c>byline</c>,
/// else <c>by</c> as one author), subjects (names or literals), the publisher, the digital source type, the web rendition
/// (canonical URL), the first picture association (caption, alt text, credit, copyright, first rendition) and text
/// associations as related stories. An HTML body (preferred to a plain-text one: they are two forms of the same text) is
/// parsed by AngleSharp: blocks end paragraphs, entities are decoded, a single <c>&lt;br&gt;</c> reads as a space and two
/// or more end a paragraph, white space collapses, <c>script</c> and <c>style</c> are removed with a warning. Whatever has
/// no place in the page is an <see cref="NewsDiagnosticCode.UnmappedValue"/> warning with its JSON path; a value of the
/// wrong shape an <see cref="NewsDiagnosticCode.InvalidInterchangeValue"/> warning. Every diagnostic has the 1-based line and
/// UTF-16 column of the value its path names (of the object, for a missing property). Errors: malformed JSON, a duplicate
/// property and nesting deeper than <see cref="NewsPageNinjsOptions.MaxDepth"/> (the errors <see cref="NewsPageJson"/>
/// reports, at the same positions), input that is not an object, an item that is not text or composite
/// (<see cref="NewsDiagnosticCode.UnsupportedItemType"/>, unless <see cref="NewsPageNinjsOptions.AcceptNonTextItems"/>),
/// input over <see cref="NewsPageNinjsOptions.MaxInputLength"/>, and with <see cref="NewsPageNinjsOptions.Validate"/> each
/// broken schema rule (<see cref="NewsDiagnosticCode.SchemaViolation"/>, its path in the message and in
/// <see cref="NewsDiagnostic.Path"/>). The validator checks what JSON Schema 2020-12 asserts in both schemas (closed
/// objects, required properties, types, enumerations, ranges, the truncated-date pattern, the <c>oneOf</c>/<c>anyOf</c>
/// rules); it does not assert formats (<c>uri</c>, <c>date-time</c>), which 2020-12 treats as annotations, and checks
/// GeoJSON only for its type and numeric coordinates.
/// </para>
/// <para><c>TryDeserialize</c> and <c>DeserializeWithDiagnostics</c> never throw for bad input nor for a failing stream. All members are thread-safe.</para>
/// </remarks>
public static class NewsPageNinjs
{
    // A call that passes only nulls binds to the string and page overloads, as in NewsPageJson.
    private const int Preferred = 1;

    /// <summary>Writes a page as compact ninjs 3.1.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON text.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static string Serialize(NewsPage page) => Serialize(page, (NewsPageNinjsOptions?)null);

    /// <summary>Writes a page as compact ninjs of a version.</summary>
    /// <param name="page">The page.</param>
    /// <param name="version">The version written.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(NewsPage page, NinjsVersion version) => Serialize(page, new NewsPageNinjsOptions { Version = version });

    /// <summary>Writes a page as ninjs.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/> (compact 3.1).</param>
    /// <returns>The JSON text.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static string Serialize(NewsPage page, NewsPageNinjsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a page as compact UTF-8 ninjs 3.1.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page) => SerializeToUtf8Bytes(page, null);

    /// <summary>Writes a page as UTF-8 ninjs.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/> (compact 3.1).</param>
    /// <returns>The JSON as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page, NewsPageNinjsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a page as compact UTF-8 ninjs 3.1 to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Stream utf8Json, NewsPage page) => Serialize(utf8Json, page, null);

    /// <summary>Writes a page as UTF-8 ninjs to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/> (compact 3.1).</param>
    public static void Serialize(Stream utf8Json, NewsPage page, NewsPageNinjsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var writer = new Utf8JsonWriter(utf8Json, InterchangeJsonWriter.Options(options?.WriteIndented ?? false));
        NinjsWriter.Write(writer, page, VersionOf(options), useEscaper: options is not { WriteIndented: true });
    }

    /// <summary>Writes a page as UTF-8 ninjs to a stream asynchronously: the ninjs is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the stream has the ninjs.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page) => SerializeAsync(utf8Json, page, null, CancellationToken.None);

    /// <summary>Writes a page as UTF-8 ninjs to a stream asynchronously: the ninjs is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the ninjs.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page, CancellationToken cancellationToken) => SerializeAsync(utf8Json, page, null, cancellationToken);

    /// <summary>Writes a page as UTF-8 ninjs to a stream asynchronously: the ninjs is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/> (compact 3.1).</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the ninjs.</returns>
    public static async Task SerializeAsync(Stream utf8Json, NewsPage page, NewsPageNinjsOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a page as a ninjs 3.1 item into a writer that the caller owns, with the writer's own settings.</summary>
    /// <param name="writer">The writer, at a place where a value may stand.</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Utf8JsonWriter writer, NewsPage page) => Serialize(writer, page, NinjsVersion.V3_1);

    /// <summary>Writes a page as a ninjs item into a writer that the caller owns, with the writer's own settings.</summary>
    /// <param name="writer">The writer, at a place where a value may stand.</param>
    /// <param name="page">The page.</param>
    /// <param name="version">The version written.</param>
    public static void Serialize(Utf8JsonWriter writer, NewsPage page, NinjsVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        NinjsWriter.Write(writer, page, version, useEscaper: false);
    }

    /// <summary>Reads a page from a ninjs item.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold; the exception names the JSON path.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json) => Deserialize(json, null);

    /// <summary>Reads a page from a ninjs item.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold; the exception names the JSON path.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json, NewsPageNinjsOptions? options) => DeserializeWithDiagnostics(json, options).Value;

    /// <summary>Reads a page from a UTF-8 ninjs item.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 ninjs item.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json, NewsPageNinjsOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Reads a page from a UTF-8 ninjs stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold, or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 ninjs stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs item the page model can hold, or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json, NewsPageNinjsOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Tries to read a page from a ninjs item.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out NewsPage? page) => DeserializeWithDiagnostics(json).TryGetValue(out page);

    /// <summary>Tries to read a page from a ninjs item.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, NewsPageNinjsOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 ninjs item.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out NewsPage? page) => DeserializeWithDiagnostics(utf8Json).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 ninjs item.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, NewsPageNinjsOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 ninjs stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(Stream utf8Json, [NotNullWhen(true)] out NewsPage? page) => DeserializeWithDiagnostics(utf8Json).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 ninjs stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/>.</param>
    /// <returns>Whether a page was read.</returns>
    public static bool TryDeserialize(Stream utf8Json, NewsPageNinjsOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Reads a page from a ninjs item, with every diagnostic, without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json) => DeserializeWithDiagnostics(json, null);

    /// <summary>Reads a page from a ninjs item, with every diagnostic, without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json, NewsPageNinjsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= NewsPageNinjsOptions.Default;
        if (InputLimit.Exceeds(json, options.MaxInputLength, out var length))
        {
            return InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), length, options.MaxInputLength, JsonPath.Root);
        }

        var rented = ArrayPool<byte>.Shared.Rent(Utf8Input.MaxByteCount(json));
        try
        {
            return NinjsReader.Read(rented.AsSpan(0, Utf8Input.Transcode(json, rented)), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a page from a UTF-8 ninjs item, with every diagnostic, without throwing for bad input.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 ninjs item, with every diagnostic, without throwing for bad input.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json, NewsPageNinjsOptions? options)
    {
        options ??= NewsPageNinjsOptions.Default;
        return utf8Json.Length > options.MaxInputLength
            ? InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), utf8Json.Length, options.MaxInputLength, JsonPath.Root)
            : NinjsReader.Read(utf8Json, options);
    }

    /// <summary>Reads a page from a UTF-8 ninjs stream, with every diagnostic, without throwing whatever the input or the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read (a failing stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 ninjs stream, with every diagnostic, without throwing whatever the input or the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <returns>The page and the warnings, or the errors that stopped the read (a failing stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json, NewsPageNinjsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageNinjsOptions.Default;
        using var input = StreamInput.Read(utf8Json, options.MaxInputLength);
        return Read(input, options);
    }

    /// <summary>Reads a page from a UTF-8 ninjs stream asynchronously, for streams that forbid synchronous reads (ASP.NET Core's request body).</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs text item the options accept, or the stream could not be read.</exception>
    public static ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken) => DeserializeAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 ninjs stream asynchronously, for streams that forbid synchronous reads (ASP.NET Core's request body).</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The input is not a ninjs text item the options accept, or the stream could not be read.</exception>
    public static async ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, NewsPageNinjsOptions? options, CancellationToken cancellationToken)
        => (await DeserializeWithDiagnosticsAsync(utf8Json, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Reads a page from a UTF-8 ninjs stream asynchronously, with every diagnostic, without throwing whatever the input or the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page and the warnings, or the errors that stopped the read (a failing stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, CancellationToken cancellationToken)
        => DeserializeWithDiagnosticsAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 ninjs stream asynchronously, with every diagnostic, without throwing whatever the input or the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageNinjsOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page and the warnings, or the errors that stopped the read (a failing stream is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static async ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, NewsPageNinjsOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageNinjsOptions.Default;
        using var input = await StreamInput.ReadAsync(utf8Json, options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return Read(input, options);
    }

    private static ParseResult<NewsPage> Read(in StreamInput input, NewsPageNinjsOptions options)
        => input.ReadWith(options, options.MaxInputLength, JsonPath.Root, static (bytes, options) => NinjsReader.Read(bytes, options));

    private static NinjsVersion VersionOf(NewsPageNinjsOptions? options) => options?.Version ?? NinjsVersion.V3_1;

    private static PooledBufferWriter WriteToBuffer(NewsPage page, NewsPageNinjsOptions? options)
    {
        var buffer = new PooledBufferWriter(4096);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, InterchangeJsonWriter.Options(options?.WriteIndented ?? false));
            NinjsWriter.Write(writer, page, VersionOf(options), useEscaper: options is not { WriteIndented: true });
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
