namespace NewsModel;

/// <summary>
/// Reads and writes a page as NewsModel's canonical JSON (camelCase, nulls omitted, with a <c>schemaVersion</c>), on a
/// source-generated serializer context: no reflection at run time, safe for trimming and native AOT.
/// </summary>
public static class NewsPageJson
{
    /// <summary>The <c>schemaVersion</c> this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes a page as JSON.</summary>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(NewsPage page, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Writes a page as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="page">The page.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    public static void Serialize(Stream utf8Json, NewsPage page, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads a page from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    public static NewsPage Deserialize(string json, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads a page from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    public static NewsPage Deserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads a page from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid page; the exception names the JSON path.</exception>
    public static NewsPage Deserialize(Stream utf8Json, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads a page from JSON without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    public static NewsParseResult TryDeserialize(string json, NewsPageJsonOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads a page from UTF-8 JSON without throwing for bad input.</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The page, or the diagnostics (with JSON paths) that stopped the read.</returns>
    public static NewsParseResult TryDeserialize(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options = null) => throw new NotImplementedException();
}
