using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using NewsModel.Json;

namespace NewsModel;

/// <summary>
/// Reads and writes a page as NewsModel's canonical JSON (camelCase, nulls omitted, with a <c>schemaVersion</c>), on a
/// source-generated serializer context: no reflection at run time, safe for trimming and native AOT.
/// </summary>
/// <remarks>
/// <para>
/// The schema (version <see cref="SchemaVersion"/>), in the order written: <c>schemaVersion</c> (required),
/// <c>uiLanguage</c>, <c>contentLanguage</c>, <c>article</c> {<c>headline</c>, <c>summary</c>, <c>body</c> (strings),
/// <c>image</c>}, <c>reactions</c> [{<c>text</c> (required), <c>platform</c>}], <c>relatedStories</c> and <c>stories</c>
/// [{<c>title</c>, <c>summary</c>, <c>image</c>, <c>aiReported</c> (required)}], <c>consent</c> {<c>title</c> (required),
/// <c>message</c>, <c>actions</c> [{<c>kind</c> (required: <c>decline</c>, <c>accept</c> or <c>other</c>),
/// <c>label</c> (required)}]}, <c>unclassifiedText</c> (strings). An <c>image</c> is {<c>caption</c> (required),
/// <c>aiGenerated</c> (required)}. A tag page has no <c>article</c>.
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
/// no null (arrays, their items, required members), comments, trailing commas and JSON deeper than
/// <see cref="NewsPageJsonOptions.MaxDepth"/> are errors. Every error is a <see cref="NewsDiagnostic"/> with its code
/// (NM3001-NM3006), its JSON path and its 1-based line and column (in UTF-16 code units). For a missing member the path
/// names the member and the position is the end of the object that lacks it.
/// </para>
/// <para>
/// Each read has three forms, as for page text: <c>Deserialize</c> returns the page or throws
/// <see cref="NewsFormatException"/>; <c>TryDeserialize</c> returns whether it read a page
/// (<c>bool TryDeserialize(..., out NewsPage? page)</c>); <c>DeserializeWithDiagnostics</c> returns a
/// <see cref="ParseResult{T}"/> with the page or the diagnostics that stopped it. The last two never throw for bad input.
/// Input over <see cref="NewsPageJsonOptions.MaxInputLength"/> (bytes of UTF-8, the unit of every reader's limit) is an error.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class NewsPageJson
{
    /// <summary>The <c>schemaVersion</c> this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    // A call that passes only nulls (Deserialize(null!), Serialize(null!, null)) fits several overloads: the string and
    // page overloads win it, so that it binds, and throws ArgumentNullException, instead of failing to compile as ambiguous.
    private const int Preferred = 1;

    // Escapes what HTML and JavaScript treat specially but keeps letters of every script as they are; unlike
    // JavaScriptEncoder.UnsafeRelaxedJsonEscaping it stays safe to embed in a page.
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The serializer metadata of <see cref="NewsPage"/> in its canonical JSON form, for applications that write pages
    /// inside their own JSON: combine it with theirs (<see cref="JsonTypeInfoResolver.Combine(IJsonTypeInfoResolver[])"/>).
    /// </summary>
    /// <remarks>
    /// Within an application's serialization, errors are reported as <see cref="JsonException"/> (as by any converter),
    /// and the output follows the application's writer settings; use this class's own methods to get diagnostics.
    /// </remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver => NewsPageJsonTypeInfoResolver.Instance;

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
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            JsonSerializer.Serialize(writer, NewsPageJsonMapper.ToJson(page), NewsPageJsonContext.Default.JsonPage);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
        JsonSerializer.Serialize(writer, NewsPageJsonMapper.ToJson(page), NewsPageJsonContext.Default.JsonPage);
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
            return Failure(InputLimit.TooLarge(length, options.MaxInputLength, JsonPath.Root));
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var written = Encoding.UTF8.GetBytes(json, rented);
            return Read(rented.AsSpan(0, written), options);
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
        => Read(utf8Json, options ?? NewsPageJsonOptions.Default);

    /// <summary>Reads a page from a UTF-8 JSON stream and reports why it is not a valid page, without throwing.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <returns>The page, or the diagnostics that stopped the read (an I/O failure is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json) => DeserializeWithDiagnostics(utf8Json, null);

    /// <summary>Reads a page from a UTF-8 JSON stream and reports why it is not a valid page, without throwing.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page, or the diagnostics that stopped the read (an I/O failure is <see cref="NewsDiagnosticCode.ReadFailed"/>).</returns>
    public static ParseResult<NewsPage> DeserializeWithDiagnostics(Stream utf8Json, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        try
        {
            utf8Json.CopyTo(buffer);
        }
        catch (IOException exception)
        {
            return Failure(new NewsDiagnostic(
                NewsDiagnosticCode.ReadFailed, NewsDiagnosticSeverity.Error, DiagnosticMessages.ReadFailed(exception.Message), 0, 0));
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options ?? NewsPageJsonOptions.Default);
    }

    private static ParseResult<NewsPage> Read(ReadOnlySpan<byte> utf8, NewsPageJsonOptions options)
    {
        // Every reader's limit is in bytes of UTF-8, counted as given (a byte order mark included).
        if (utf8.Length > options.MaxInputLength)
        {
            return Failure(InputLimit.TooLarge(utf8.Length, options.MaxInputLength, JsonPath.Root));
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (JsonStructureValidator.Validate(utf8, options.MaxDepth) is { } structureError)
        {
            return Failure(structureError);
        }

        JsonPage? json;
        try
        {
            json = JsonSerializer.Deserialize(utf8, NewsPageJsonContext.Default.JsonPage);
        }
        catch (JsonException exception)
        {
            return Failure(JsonDiagnostics.FromSchemaException(utf8, exception));
        }

        if (json is null)
        {
            // The whole input is the literal null.
            return Failure(JsonDiagnostics.At(
                utf8, utf8.IndexOf("null"u8), NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnexpectedJsonValue(DiagnosticMessages.JsonObjectValue), JsonPath.Root));
        }

        return new ParseResult<NewsPage>(NewsPageJsonMapper.ToModel(json), []);
    }

    private static ParseResult<NewsPage> Failure(NewsDiagnostic diagnostic) => new(null, [diagnostic]);

    private static JsonWriterOptions WriterOptions(NewsPageJsonOptions? options) => new()
    {
        Encoder = options?.Encoder ?? s_encoder,
        Indented = (options ?? NewsPageJsonOptions.Default).WriteIndented,
        NewLine = "\n",
    };
}
