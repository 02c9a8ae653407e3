using System.Runtime.CompilerServices;
using NewsModel.Json;

namespace NewsModel;

/// <summary>
/// Reads and writes pages as NDJSON (newline-delimited JSON): one page's canonical compact JSON per line, each line ended
/// by LF. Reading streams: memory depends on the longest line, not on the number of lines, and each line is read on its
/// own, so a bad line gives its diagnostics and the next lines are still read.
/// </summary>
/// <remarks>
/// <para>
/// A line is read as <see cref="NewsPageJson"/> reads a document, with the same diagnostics; their line is the line in the
/// stream and their column the column in that line. A CR before the LF belongs to the line end; lines holding only
/// white space are skipped. <see cref="NewsPageJsonOptions.MaxInputLength"/> limits each line (a longer line is one
/// <see cref="NewsDiagnosticCode.InputTooLarge"/> record, and its bytes are skipped, not kept). A stream that fails gives
/// one last record with <see cref="NewsDiagnosticCode.ReadFailed"/>, and the read ends.
/// </para>
/// <para>All members are thread-safe; an enumeration reads its stream on the caller's thread (or continuation).</para>
/// </remarks>
public static class NewsPageNdjson
{
    /// <summary>Reads the pages of an NDJSON stream, one record per non-blank line.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end as the records are enumerated, not closed.</param>
    /// <returns>The records, in stream order.</returns>
    public static IEnumerable<NewsPageNdjsonRecord> Read(Stream utf8Ndjson) => Read(utf8Ndjson, null);

    /// <summary>Reads the pages of an NDJSON stream, one record per non-blank line.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end as the records are enumerated, not closed.</param>
    /// <param name="options">How to read each line; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The records, in stream order.</returns>
    public static IEnumerable<NewsPageNdjsonRecord> Read(Stream utf8Ndjson, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        return ReadCore(utf8Ndjson, options ?? NewsPageJsonOptions.Default, s_recordOfLine, FailedRecord);
    }

    /// <summary>
    /// Splits an NDJSON stream into its records' lines without reading them as pages, so that the caller can read them
    /// (<see cref="NewsPageNdjsonLine.Read"/>) on other threads: one thread splits, many parse.
    /// </summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end as the lines are enumerated, not closed.</param>
    /// <param name="options">How each line is to be read; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <returns>The lines holding a record, in stream order: the records of <see cref="Read(Stream, NewsPageJsonOptions?)"/>, once read.</returns>
    /// <remarks>Each line owns a copy of its bytes (the stream's buffer is reused): memory is that of the lines the caller keeps.</remarks>
    public static IEnumerable<NewsPageNdjsonLine> ReadLines(Stream utf8Ndjson, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        return ReadCore(utf8Ndjson, options ?? NewsPageJsonOptions.Default, NewsPageNdjsonLine.Of, NewsPageNdjsonLine.Failed);
    }

    /// <summary>Reads the pages of an NDJSON stream asynchronously, one record per non-blank line.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end as the records are enumerated, not closed.</param>
    /// <returns>The records, in stream order.</returns>
    public static IAsyncEnumerable<NewsPageNdjsonRecord> ReadAsync(Stream utf8Ndjson) => ReadAsync(utf8Ndjson, null, CancellationToken.None);

    /// <summary>Reads the pages of an NDJSON stream asynchronously, one record per non-blank line.</summary>
    /// <param name="utf8Ndjson">The stream; it is read to its end as the records are enumerated, not closed.</param>
    /// <param name="options">How to read each line; <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (as does <c>WithCancellation</c>): <see cref="OperationCanceledException"/> propagates.</param>
    /// <returns>The records, in stream order.</returns>
    public static IAsyncEnumerable<NewsPageNdjsonRecord> ReadAsync(Stream utf8Ndjson, NewsPageJsonOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        return ReadCoreAsync(utf8Ndjson, options ?? NewsPageJsonOptions.Default, cancellationToken);
    }

    /// <summary>Writes pages as NDJSON, one compact JSON line each.</summary>
    /// <param name="utf8Ndjson">The stream; it is written, not closed.</param>
    /// <param name="pages">The pages, enumerated once.</param>
    /// <param name="options">How to write (the encoder); <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>. Indented output is refused.</param>
    /// <returns>The number of pages written.</returns>
    /// <exception cref="ArgumentException"><see cref="NewsPageJsonOptions.WriteIndented"/> is set: a page must stay on one line.</exception>
    public static long Write(Stream utf8Ndjson, IEnumerable<NewsPage> pages, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var writer = new NewsPageNdjsonWriter(utf8Ndjson, options);
        foreach (var page in pages)
        {
            writer.Write(page);
        }

        writer.Flush();
        return writer.PagesWritten;
    }

    /// <summary>Writes pages as NDJSON asynchronously, one compact JSON line each.</summary>
    /// <param name="utf8Ndjson">The stream; it is written, not closed.</param>
    /// <param name="pages">The pages, enumerated once.</param>
    /// <param name="options">How to write (the encoder); <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>. Indented output is refused.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the writes.</param>
    /// <returns>The number of pages written.</returns>
    /// <exception cref="ArgumentException"><see cref="NewsPageJsonOptions.WriteIndented"/> is set: a page must stay on one line.</exception>
    public static async Task<long> WriteAsync(Stream utf8Ndjson, IAsyncEnumerable<NewsPage> pages, NewsPageJsonOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var writer = new NewsPageNdjsonWriter(utf8Ndjson, options);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(page, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return writer.PagesWritten;
        }
    }

    private static IEnumerable<T> ReadCore<T>(Stream stream, NewsPageJsonOptions options, LineFactory<T> ofLine, FailureFactory<T> ofFailure)
        where T : class
    {
        using var lines = new NdjsonLineSplitter(options.MaxInputLength);
        var index = 0;
        while (true)
        {
            while (TakeLine(lines, index, options, ofLine, out var item))
            {
                if (item is not null)
                {
                    index++;
                    yield return item;
                }
            }

            if (lines.IsFinished)
            {
                yield break;
            }

            string? failure = null;
            try
            {
                lines.Advance(stream.Read(lines.GetReadBuffer().Span));
            }
#pragma warning disable CA1031 // Whatever a stream throws is a failure to read the input, reported as data.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception.Message;
            }

            if (failure is not null)
            {
                yield return ofFailure(lines.CurrentLineNumber, index, failure, options);
                yield break;
            }
        }
    }

    private static async IAsyncEnumerable<NewsPageNdjsonRecord> ReadCoreAsync(Stream stream, NewsPageJsonOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineSplitter(options.MaxInputLength);
        var index = 0;
        while (true)
        {
            while (TakeLine(lines, index, options, s_recordOfLine, out var record))
            {
                if (record is not null)
                {
                    index++;
                    yield return record;
                }
            }

            if (lines.IsFinished)
            {
                yield break;
            }

            string? failure = null;
            try
            {
                lines.Advance(await stream.ReadAsync(lines.GetReadBuffer(), cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Whatever a stream throws is a failure to read the input, reported as data.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception.Message;
            }

            if (failure is not null)
            {
                yield return FailedRecord(lines.CurrentLineNumber, index, failure, options);
                yield break;
            }
        }
    }

    // What a reader makes of a record's line (its bytes valid only during the call) and of a failed read.
    private delegate T LineFactory<T>(ReadOnlySpan<byte> line, long lineNumber, NdjsonLineSplitter.LineKind kind, int index, NewsPageJsonOptions options);

    private delegate T FailureFactory<T>(long lineNumber, int index, string failure, NewsPageJsonOptions options);

    private static readonly LineFactory<NewsPageNdjsonRecord> s_recordOfLine = (line, lineNumber, kind, index, options) => ToRecord(line, lineNumber, kind, null, index, options);

    // Spans cannot live across a yield or an await: every reader takes each line through this. Blank lines hold no record.
    private static bool TakeLine<T>(NdjsonLineSplitter lines, int index, NewsPageJsonOptions options, LineFactory<T> ofLine, out T? item)
        where T : class
    {
        if (!lines.TryTakeLine(out var line, out var lineNumber, out var kind))
        {
            item = null;
            return false;
        }

        item = kind == NdjsonLineSplitter.LineKind.Line && line.TrimStart(" \t\r"u8).IsEmpty ? null : ofLine(line, lineNumber, kind, index, options);
        return true;
    }

    /// <summary>The record of a line (the one place a line becomes a page): a line too long, a failed read (<paramref name="failure"/>), or the page's JSON.</summary>
    internal static NewsPageNdjsonRecord ToRecord(ReadOnlySpan<byte> line, long lineNumber, NdjsonLineSplitter.LineKind kind, string? failure, int index, NewsPageJsonOptions options)
    {
        if (failure is not null)
        {
            return FailedRecord(lineNumber, index, failure, options);
        }

        if (kind == NdjsonLineSplitter.LineKind.TooLong)
        {
            return new NewsPageNdjsonRecord(lineNumber, InputLimit.TooLarge<NewsPage>(Diagnostics(index, lineNumber), null, options.MaxInputLength, JsonPath.Root));
        }

        return new NewsPageNdjsonRecord(lineNumber, NewsPageJson.Read(line, options, Diagnostics(index, lineNumber)));
    }

    // A line's diagnostics carry the record's index and its line in the stream (a CR inside a line counts as a line end, as in any JSON).
    private static DiagnosticBag Diagnostics(int index, long lineNumber)
        => new(strict: false, DiagnosticBag.NoLimit) { Record = index, FirstLine = (int)Math.Min(lineNumber, int.MaxValue) };

    private static NewsPageNdjsonRecord FailedRecord(long lineNumber, int index, string message, NewsPageJsonOptions options)
        => new(lineNumber, InputLimit.ReadFailed<NewsPage>(Diagnostics(index, lineNumber), message));
}
