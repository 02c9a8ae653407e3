using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using NewsModel.IO;
using NewsModel.Json;

namespace NewsModel;

/// <summary>
/// Reads and writes a page as NewsModel's canonical JSON (camelCase, nulls omitted, with a <c>schemaVersion</c>) straight
/// between the model and <see cref="Utf8JsonWriter"/> / <see cref="Utf8JsonReader"/>, in one pass each way: no reflection
/// and no intermediate objects, safe for trimming and native AOT. <see cref="TypeInfo"/> and <see cref="TypeInfoResolver"/>
/// give System.Text.Json the same reader and writer.
/// </summary>
/// <remarks>
/// <para>
/// The schema (version <see cref="SchemaVersion"/>), in the order written: <c>schemaVersion</c> (required),
/// <c>uiLanguage</c>, <c>contentLanguage</c>, <c>article</c> {<c>headline</c>, <c>summary</c>, <c>body</c> (strings),
/// <c>image</c>}, <c>tag</c> {<c>name</c>, <c>followButton</c>}, <c>reactions</c> [{<c>text</c> (required), <c>platform</c>}], <c>relatedStories</c> and <c>stories</c>
/// [{<c>title</c>, <c>summary</c>, <c>image</c>, <c>aiReported</c> (required)}], <c>consent</c> {<c>title</c> (required),
/// <c>message</c>, <c>actions</c> [{<c>kind</c> (required: <c>decline</c>, <c>accept</c> or <c>other</c>),
/// <c>label</c> (required)}]}, <c>unclassifiedText</c> (strings). An <c>image</c> is {<c>caption</c>,
/// <c>aiGenerated</c> (required)}. A tag page has no <c>article</c>.
/// </para>
/// <para>
/// Version 2 adds the publishing metadata, after the members of version 1 in each object: the page's
/// <c>canonicalUrl</c> and <c>publisher</c> {<c>name</c> (required), <c>url</c>, <c>logoUrl</c>}; the article's
/// <c>identifier</c>, <c>published</c>, <c>modified</c>, <c>authors</c> [{<c>name</c> (required), <c>url</c>}],
/// <c>keywords</c> (strings), <c>section</c> and <c>digitalSourceType</c>; the image's <c>digitalSourceType</c>, <c>url</c>,
/// <c>width</c>, <c>height</c>, <c>altText</c>, <c>credit</c> and <c>copyrightNotice</c>; a story card's
/// <c>digitalSourceType</c> and <c>url</c>. URLs and identifiers are absolute URIs; a digital source type is its vocabulary
/// URI (IPTC's <c>https</c> and <c>digitalsourcetype:</c> forms read as the <c>http</c> term, as
/// <see cref="DigitalSourceType.FromUri(string)"/> does); <c>width</c> and <c>height</c> are positive integers; dates are
/// ISO 8601 with a time and an explicit offset (<c>Z</c> or <c>±hh:mm</c>), written as System.Text.Json writes a
/// <see cref="DateTimeOffset"/> (the fraction of a second only as far as it is not zero) and read back with the same offset.
/// <c>authors</c> and <c>keywords</c> are written only when not empty. <see cref="GetJsonSchema"/> gives the JSON Schema of
/// both versions.
/// </para>
/// <para>
/// Writing: members whose value is <see langword="null"/> are left out; the arrays <c>body</c>, <c>reactions</c>,
/// <c>relatedStories</c>, <c>stories</c> and <c>actions</c> are always written (<c>[]</c> when empty) so that readers
/// need no special case; <c>unclassifiedText</c> only when it is not empty. Booleans are always written.
/// Non-ASCII text (Yoruba, Russian, …) is written as is; characters that are unsafe in HTML or JavaScript
/// (<c>&lt; &gt; &amp; ' " + `</c>), control and invisible format characters (such as U+00A0 and U+2028) and
/// characters outside the Basic Multilingual Plane are written as <c>\uXXXX</c> escapes, so that the output can be
/// embedded in a web page safely.
/// </para>
/// <para>
/// Reading is strict, since this is a canonical format: a missing array reads as empty and a missing optional member
/// as <see langword="null"/>, but unknown properties, duplicate properties, <see langword="null"/> where the schema has
/// no null (arrays, their items, required members), comments, trailing commas, strings that are not valid UTF-8 or
/// hold a lone surrogate, JSON deeper than <see cref="NewsPageJsonOptions.MaxDepth"/> and input longer than
/// <see cref="NewsPageJsonOptions.MaxInputLength"/> are errors. The read stops at the first error and returns it as one
/// <see cref="NewsDiagnostic"/> with its code (NM1001, NM1004, NM3001-NM3006), its JSON path and its 1-based line and
/// column (in UTF-16 code units; a line ends at LF, CR or CRLF, as in page text). A problem of the JSON as such
/// (malformed, too deep, a duplicate property, an undecodable string) is reported before any schema error. The position
/// is the offending token: the value of the wrong type (a <see langword="null"/> item at the <c>null</c>), the
/// unknown or duplicate property's name, the first byte that is not UTF-8; for a missing member the path names the member
/// and the position is the closing brace of the object that lacks it. Messages quote input only as a short excerpt.
/// </para>
/// <para>
/// Each read has three forms, as for page text: <c>Deserialize</c> returns the page or throws
/// <see cref="NewsFormatException"/>; <c>TryDeserialize</c> returns whether it read a page
/// (<c>bool TryDeserialize(..., out NewsPage? page)</c>); <c>DeserializeWithDiagnostics</c> returns a
/// <see cref="ParseResult{T}"/> with the page or the diagnostics that stopped it. The last two never throw for bad input nor for a failing stream. The stream reads have asynchronous forms with a
/// <see cref="CancellationToken"/> (<c>DeserializeAsync</c>, <c>DeserializeWithDiagnosticsAsync</c>), for streams that forbid
/// synchronous reads such as ASP.NET Core's request body.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class NewsPageJson
{
    /// <summary>The <c>schemaVersion</c> this library writes, and the newest it reads.</summary>
    /// <remarks>
    /// Version 2 added the publishing metadata (<see cref="NewsPage.CanonicalUrl"/>, <see cref="NewsPage.Publisher"/>, the
    /// article's identifier, dates, authors, keywords, section and digital source type, the image's URL, size, text
    /// alternative, credit and copyright, a card's URL and source type). Documents of version 1 (<see cref="OldestSchemaVersion"/>)
    /// still read; a version 1 document that holds a member of version 2 is an error at that member.
    /// </remarks>
    public const int SchemaVersion = 2;

    /// <summary>The oldest <c>schemaVersion</c> this library reads: 1.</summary>
    public const int OldestSchemaVersion = 1;

    // A call that passes only nulls (Deserialize(null!), Serialize(null!, null)) fits several overloads: the string and
    // page overloads win it, so that it binds, and throws ArgumentNullException, instead of failing to compile as ambiguous.
    private const int Preferred = 1;

    // Escapes what HTML and JavaScript treat specially but keeps letters of every script as they are; unlike
    // JavaScriptEncoder.UnsafeRelaxedJsonEscaping it stays safe to embed in a page.
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    // The canonical form for System.Text.Json's own entry points: the library's converter, the default encoder.
    private static readonly JsonTypeInfo<NewsPage> s_typeInfo = CreateTypeInfo();

    /// <summary>
    /// The serializer metadata of <see cref="NewsPage"/> in its canonical JSON form, for applications that write pages
    /// inside their own JSON: combine it with theirs (<see cref="JsonTypeInfoResolver.Combine(IJsonTypeInfoResolver[])"/>).
    /// </summary>
    /// <remarks>
    /// Within an application's serialization, errors are reported as <see cref="JsonException"/> (as by any converter),
    /// and the output follows the application's writer settings; use this class's own methods to get diagnostics.
    /// </remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver => NewsPageJsonTypeInfoResolver.Instance;

    /// <summary>
    /// The serializer metadata of <see cref="NewsPage"/> with the canonical settings (this class's default encoder, compact),
    /// for System.Text.Json's and ASP.NET Core's overloads that take a <see cref="JsonTypeInfo{T}"/>:
    /// <c>JsonSerializer.Serialize(page, NewsPageJson.TypeInfo)</c> gives exactly <see cref="Serialize(NewsPage)"/>'s
    /// text, and <c>Results.Json(page, NewsPageJson.TypeInfo)</c> answers with it. Safe for trimming and native AOT.
    /// </summary>
    /// <remarks>Reading through it is as strict as <see cref="Deserialize(string)"/>; errors are <see cref="JsonException"/>.</remarks>
    public static JsonTypeInfo<NewsPage> TypeInfo => s_typeInfo;

    internal static JavaScriptEncoder DefaultEncoder => s_encoder;

    /// <summary>The name of the embedded resource that holds the JSON Schema (<see cref="GetJsonSchema"/>).</summary>
    internal const string JsonSchemaResourceName = "NewsModel.Json.Schema.newsmodel-page.schema.json";

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the canonical page JSON: documents of <see cref="OldestSchemaVersion"/> and of
    /// <see cref="SchemaVersion"/>, the members of version 2 allowed only under <c>"schemaVersion": 2</c>. Every page this
    /// class writes is valid under it, and it rejects what the reader rejects by shape: unknown and missing members, values of
    /// the wrong type, another <c>schemaVersion</c>.
    /// </summary>
    /// <returns>The schema's text, as the file <c>src/NewsModel/Json/Schema/newsmodel-page.schema.json</c> holds it.</returns>
    /// <remarks>
    /// The reader checks more than the schema can say: duplicate properties, strings that hold a lone surrogate, numbers
    /// written with a fraction (<c>1.0</c>), a date's calendar (<c>2026-02-30</c>) and offset range (at most ±14:00), the
    /// depth and length limits. A document valid under the schema may still be refused for these; one the schema rejects is
    /// refused by the reader.
    /// </remarks>
    public static string GetJsonSchema()
    {
        using var stream = typeof(NewsPageJson).Assembly.GetManifestResourceStream(JsonSchemaResourceName)
            ?? throw new InvalidOperationException("The assembly lacks its JSON Schema resource " + JsonSchemaResourceName + ".");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Writes a page as JSON.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(NewsPage page) => Serialize(page, null);

    /// <summary>Writes a page as JSON.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static string Serialize(NewsPage page, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a page as UTF-8 JSON.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page) => SerializeToUtf8Bytes(page, null);

    /// <summary>Writes a page as UTF-8 JSON.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The JSON as UTF-8 bytes, without a byte order mark.</returns>
    public static byte[] SerializeToUtf8Bytes(NewsPage page, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a page as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Stream utf8Json, NewsPage page) => Serialize(utf8Json, page, null);

    /// <summary>Writes a page as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    public static void Serialize(Stream utf8Json, NewsPage page, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        NewsPageJsonWriter.Write(writer, page, EscaperOf(options));
    }

    /// <summary>Writes a page as JSON into a writer that the caller owns, with the writer's own settings (encoder, indentation).</summary>
    /// <param name="writer">The writer, at a place where a value may stand (the root, an array item, after a property name).</param>
    /// <param name="page">The page.</param>
    public static void Serialize(Utf8JsonWriter writer, NewsPage page)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        NewsPageJsonWriter.Write(writer, page);
    }

    /// <summary>Writes a page as UTF-8 JSON to a stream asynchronously: the JSON is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <returns>A task that completes when the stream has the JSON.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page) => SerializeAsync(utf8Json, page, null, CancellationToken.None);

    /// <summary>Writes a page as UTF-8 JSON to a stream asynchronously: the JSON is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the JSON.</returns>
    public static Task SerializeAsync(Stream utf8Json, NewsPage page, CancellationToken cancellationToken) => SerializeAsync(utf8Json, page, null, cancellationToken);

    /// <summary>Writes a page as UTF-8 JSON to a stream asynchronously: the JSON is written into memory, then to the stream in one write.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write to the stream.</param>
    /// <returns>A task that completes when the stream has the JSON.</returns>
    public static async Task SerializeAsync(Stream utf8Json, NewsPage page, NewsPageJsonOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = WriteToBuffer(page, options);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a page from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json) => Deserialize(json, null);

    /// <summary>Reads a page from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    [OverloadResolutionPriority(Preferred)]
    public static NewsPage Deserialize(string json, NewsPageJsonOptions? options) => DeserializeWithDiagnostics(json, options).Value;

    /// <summary>Reads a page from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Reads a page from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page (the exception names the JSON path), or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json) => Deserialize(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page (the exception names the JSON path), or the stream could not be read.</exception>
    public static NewsPage Deserialize(Stream utf8Json, NewsPageJsonOptions? options) => DeserializeWithDiagnostics(utf8Json, options).Value;

    /// <summary>Tries to read a page from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(json, null, out page);

    /// <summary>Tries to read a page from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static bool TryDeserialize(string json, NewsPageJsonOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(utf8Json, null, out page);

    /// <summary>Tries to read a page from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Tries to read a page from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page or the stream could not be read.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    public static bool TryDeserialize(Stream utf8Json, [NotNullWhen(true)] out NewsPage? page) => TryDeserialize(utf8Json, null, out page);

    /// <summary>Tries to read a page from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="page">The page, or <see langword="null"/> when the JSON is not a valid page or the stream could not be read.</param>
    /// <returns>Whether the JSON was read as a page.</returns>
    public static bool TryDeserialize(Stream utf8Json, NewsPageJsonOptions? options, [NotNullWhen(true)] out NewsPage? page)
        => DeserializeWithDiagnostics(utf8Json, options).TryGetValue(out page);

    /// <summary>Reads a page from JSON and reports why it is not a valid page, without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json) => DeserializeWithDiagnostics(json, null);

    /// <summary>Reads a page from JSON and reports why it is not a valid page, without throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    [OverloadResolutionPriority(Preferred)]
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(string json, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= NewsPageJsonOptions.Default;
        if (InputLimit.Exceeds(json, options.MaxInputLength, out var length))
        {
            return InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), length, options.MaxInputLength, JsonPath.Root);
        }

        var rented = ArrayPool<byte>.Shared.Rent(Utf8Input.MaxByteCount(json));
        try
        {
            return Read(rented.AsSpan(0, Utf8Input.Transcode(json, rented)), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a page from UTF-8 JSON and reports why it is not a valid page, without throwing.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from UTF-8 JSON and reports why it is not a valid page, without throwing.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options)
    {
        options ??= NewsPageJsonOptions.Default;

        // Every reader's limit is in bytes of UTF-8, counted as given (a byte order mark included).
        return utf8Json.Length > options.MaxInputLength
            ? InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), utf8Json.Length, options.MaxInputLength, JsonPath.Root)
            : Read(utf8Json, options);
    }

    /// <summary>Reads a page from a UTF-8 JSON stream and reports why it is not a valid page, without throwing, whatever the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page, or the diagnostics that stopped the read (see <see cref="DeserializeWithDiagnostics(Stream, NewsPageJsonOptions?)"/>).</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 JSON stream and reports why it is not a valid page, without throwing, whatever the stream does.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or one byte past the limit), not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>
    /// The page, or the diagnostics that stopped the read: any exception of the stream (an I/O error, a disposed stream, a
    /// stream that forbids synchronous reads) is <see cref="NewsDiagnosticCode.ReadFailed"/> with its message; more than
    /// <see cref="NewsPageJsonOptions.MaxInputLength"/> bytes is <see cref="NewsDiagnosticCode.InputTooLarge"/>.
    /// </returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageJsonOptions.Default;
        using var input = StreamInput.Read(utf8Json, options.MaxInputLength);
        return Read(input, options);
    }

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page, or the stream could not be read.</exception>
    public static ValueTask<NewsPage> DeserializeAsync(Stream utf8Json) => DeserializeAsync(utf8Json, null, CancellationToken.None);

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read; a cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page, or the stream could not be read.</exception>
    public static ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken) => DeserializeAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously (a stream that forbids synchronous reads, such as ASP.NET Core's request body, works).</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read; a cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page, or the stream could not be read.</exception>
    public static async ValueTask<NewsPage> DeserializeAsync(Stream utf8Json, NewsPageJsonOptions? options, CancellationToken cancellationToken)
        => (await DeserializeWithDiagnosticsAsync(utf8Json, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page, or the diagnostics that stopped the read, as for <see cref="DeserializeWithDiagnostics(Stream, NewsPageJsonOptions?)"/>.</returns>
    public static ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json) => DeserializeWithDiagnosticsAsync(utf8Json, null, CancellationToken.None);

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page, or the diagnostics that stopped the read, as for <see cref="DeserializeWithDiagnostics(Stream, NewsPageJsonOptions?)"/>.</returns>
    public static ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, CancellationToken cancellationToken)
        => DeserializeWithDiagnosticsAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a page from a UTF-8 JSON stream asynchronously, without throwing for bad input or a failing stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read: when it is cancelled, <see cref="OperationCanceledException"/> propagates (the one exception that does).</param>
    /// <returns>The page, or the diagnostics that stopped the read, as for <see cref="DeserializeWithDiagnostics(Stream, NewsPageJsonOptions?)"/>.</returns>
    public static async ValueTask<ParseResult<NewsPage>> DeserializeWithDiagnosticsAsync(Stream utf8Json, NewsPageJsonOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsPageJsonOptions.Default;
        using var input = await StreamInput.ReadAsync(utf8Json, options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return Read(input, options);
    }

    /// <summary>Reads one page from UTF-8 JSON whose length is already checked: the entry point of every read.</summary>
    internal static ParseResult<NewsPage> Read(ReadOnlySpan<byte> utf8, NewsPageJsonOptions options) => Read(utf8, options, DiagnosticBag.ForErrors());

    /// <summary>Reads one page, recording what stops the read in <paramref name="diagnostics"/> (a stream's reader gives each document its own).</summary>
    internal static ParseResult<NewsPage> Read(ReadOnlySpan<byte> utf8, NewsPageJsonOptions options, DiagnosticBag diagnostics)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        JsonReadError? error = null;
        Exception? readerError = null;
        try
        {
            var pageReader = new NewsPageJsonReader(new Utf8JsonReader(utf8, JsonStructureValidator.ReaderOptions(options.MaxDepth)), options.MaxDepth);
            var page = pageReader.ReadPage();
            var reader = pageReader.Reader;

            // Nothing may follow the page (a second value makes the reader throw).
            if (!reader.Read())
            {
                return diagnostics.ToResult(page);
            }
        }
        catch (JsonReadException exception)
        {
            error = exception.Error;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a string that cannot be decoded: the structure pass says where.
            readerError = exception;
        }

        // The structure pass reports what is wrong with the JSON as such (syntax, depth, duplicates, encoding) anywhere in the
        // input before the first schema error, as the reader finds it.
        var failure = JsonStructureValidator.Validate(utf8, options.MaxDepth)
            ?? error
            ?? new JsonReadError(NewsDiagnosticCode.InvalidJson, DiagnosticMessages.InvalidJson(readerError?.Message ?? DiagnosticMessages.JsonEndedEarly), JsonPath.Root, 0);
        return JsonDiagnostics.Fail<NewsPage>(diagnostics, utf8, failure);
    }

    private static ParseResult<NewsPage> Read(in StreamInput input, NewsPageJsonOptions options)
        => input.ReadWith(options, options.MaxInputLength, JsonPath.Root, static (bytes, options) => Read(bytes, options));

    private static PooledBufferWriter WriteToBuffer(NewsPage page, NewsPageJsonOptions? options)
    {
        var buffer = new PooledBufferWriter(NewsPageJsonWriter.EstimateLength(page));
        try
        {
            using var writer = new Utf8JsonWriter(buffer, WriterOptions(options));
            NewsPageJsonWriter.Write(writer, page, EscaperOf(options));
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    // The fast string escaper serves compact output with an encoder whose escapes it knows.
    internal static JsonStringEscaper? EscaperOf(NewsPageJsonOptions? options)
        => options is { WriteIndented: true } ? null
            : options?.Encoder is null ? JsonStringEscaper.Default
            : ReferenceEquals(options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) ? JsonStringEscaper.Relaxed
            : null;

    internal static JsonWriterOptions WriterOptions(NewsPageJsonOptions? options) => new()
    {
        Encoder = options?.Encoder ?? s_encoder,
        Indented = options?.WriteIndented ?? false,
        NewLine = "\n",

        // The writer writes a page's structure correctly by construction.
        SkipValidation = true,
    };

    private static JsonTypeInfo<NewsPage> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions { Encoder = s_encoder, TypeInfoResolver = NewsPageJsonTypeInfoResolver.Instance };
        options.MakeReadOnly();
        return (JsonTypeInfo<NewsPage>)options.GetTypeInfo(typeof(NewsPage));
    }
}
