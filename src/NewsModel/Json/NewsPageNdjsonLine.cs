using NewsModel.Json;

namespace NewsModel;

/// <summary>
/// One record's line of an NDJSON stream, split off but not yet read (<see cref="NewsPageNdjson.ReadLines(Stream, NewsPageJsonOptions?)"/>):
/// its bytes are its own, so that <see cref="Read"/> can run on any thread, and many lines on many threads at once.
/// </summary>
/// <remarks>
/// <see cref="Read"/> gives the record that <see cref="NewsPageNdjson.Read(Stream, NewsPageJsonOptions?)"/> gives for
/// the same line, with the same diagnostics (record index, line in the stream, column). A line longer than the limit
/// keeps no bytes and reads as <see cref="NewsDiagnosticCode.InputTooLarge"/>; a stream that failed ends with a line
/// that reads as <see cref="NewsDiagnosticCode.ReadFailed"/>. Immutable, so thread-safe.
/// </remarks>
public sealed class NewsPageNdjsonLine
{
    private readonly int _index;
    private readonly NewsPageJsonOptions _options;
    private readonly NdjsonLineSplitter.LineKind _kind;
    private readonly string? _failure;

    private NewsPageNdjsonLine(long lineNumber, int index, ReadOnlyMemory<byte> utf8Json, NdjsonLineSplitter.LineKind kind, string? failure, NewsPageJsonOptions options)
    {
        LineNumber = lineNumber;
        Utf8Json = utf8Json;
        _index = index;
        _kind = kind;
        _failure = failure;
        _options = options;
    }

    /// <summary>The 1-based line number of the record in the stream, as <see cref="NewsPageNdjsonRecord.LineNumber"/>.</summary>
    public long LineNumber { get; }

    /// <summary>The line's UTF-8 JSON, without its line end; empty for a line too long to keep and for a failed read.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Reads the line as a page; never throws for bad input (the diagnostics say what is wrong).</summary>
    /// <returns>The record of the line.</returns>
    public NewsPageNdjsonRecord Read() => NewsPageNdjson.ToRecord(Utf8Json.Span, LineNumber, _kind, _failure, _index, _options);

    internal static NewsPageNdjsonLine Of(ReadOnlySpan<byte> line, long lineNumber, NdjsonLineSplitter.LineKind kind, int index, NewsPageJsonOptions options)
        => new(lineNumber, index, kind == NdjsonLineSplitter.LineKind.TooLong ? ReadOnlyMemory<byte>.Empty : line.ToArray(), kind, null, options);

    internal static NewsPageNdjsonLine Failed(long lineNumber, int index, string failure, NewsPageJsonOptions options)
        => new(lineNumber, index, ReadOnlyMemory<byte>.Empty, default, failure, options);
}
