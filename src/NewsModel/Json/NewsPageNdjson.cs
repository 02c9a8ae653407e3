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
        return ReadCore(utf8Ndjson, options ?? NewsPageJsonOptions.Default);
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

    private static IEnumerable<NewsPageNdjsonRecord> ReadCore(Stream stream, NewsPageJsonOptions options)
    {
        using var lines = new NdjsonLineSplitter(options.MaxInputLength);
        var index = 0;
        while (true)
        {
            while (TakeRecord(lines, index, options, out var record))
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
                yield return Failed(lines, failure, index);
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
            while (TakeRecord(lines, index, options, out var record))
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
                yield return Failed(lines, failure, index);
                yield break;
            }
        }
    }

    // Spans cannot live across a yield or an await: both readers take each record through this.
    private static bool TakeRecord(NdjsonLineSplitter lines, int index, NewsPageJsonOptions options, out NewsPageNdjsonRecord? record)
    {
        if (!lines.TryTakeLine(out var line, out var lineNumber, out var kind))
        {
            record = null;
            return false;
        }

        record = ToRecord(line, lineNumber, kind, index, options);
        return true;
    }

    private static NewsPageNdjsonRecord? ToRecord(ReadOnlySpan<byte> line, long lineNumber, NdjsonLineSplitter.LineKind kind, int index, NewsPageJsonOptions options)
    {
        if (kind == NdjsonLineSplitter.LineKind.TooLong)
        {
            return new NewsPageNdjsonRecord(lineNumber, InputLimit.TooLarge<NewsPage>(Diagnostics(index, lineNumber), null, options.MaxInputLength, JsonPath.Root));
        }

        if (line.TrimStart(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        return new NewsPageNdjsonRecord(lineNumber, NewsPageJson.Read(line, options, Diagnostics(index, lineNumber)));
    }

    // A line's diagnostics carry the record's index and its line in the stream (a CR inside a line counts as a line end, as in any JSON).
    private static DiagnosticBag Diagnostics(int index, long lineNumber)
        => new(strict: false, DiagnosticBag.NoLimit) { Record = index, FirstLine = (int)Math.Min(lineNumber, int.MaxValue) };

    private static NewsPageNdjsonRecord Failed(NdjsonLineSplitter lines, string message, int index)
        => new(lines.CurrentLineNumber, InputLimit.ReadFailed<NewsPage>(Diagnostics(index, lines.CurrentLineNumber), message));
}
