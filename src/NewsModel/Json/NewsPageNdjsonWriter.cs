using System.Text.Json;
using NewsModel.IO;
using NewsModel.Json;

namespace NewsModel;

/// <summary>
/// Writes pages to a stream as NDJSON, one at a time: each page's canonical compact JSON and an LF. Pages are gathered
/// in a buffer and written to the stream in blocks, so memory does not depend on the number of pages; disposing flushes.
/// Not thread-safe: one writer serves one producer.
/// </summary>
public sealed class NewsPageNdjsonWriter : IDisposable, IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly PooledBufferWriter _buffer = new(FlushThreshold + 16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly JsonStringEscaper? _escaper;
    private bool _disposed;

    /// <summary>Creates a writer with the default options.</summary>
    /// <param name="utf8Ndjson">The stream; it is written, not closed.</param>
    public NewsPageNdjsonWriter(Stream utf8Ndjson)
        : this(utf8Ndjson, null)
    {
    }

    /// <summary>Creates a writer.</summary>
    /// <param name="utf8Ndjson">The stream; it is written, not closed.</param>
    /// <param name="options">How to write (the encoder); <see langword="null"/> for <see cref="NewsPageJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentException"><see cref="NewsPageJsonOptions.WriteIndented"/> is set: a page must stay on one line.</exception>
    public NewsPageNdjsonWriter(Stream utf8Ndjson, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        if (options is { WriteIndented: true })
        {
            throw new ArgumentException(DiagnosticMessages.NdjsonIsNotIndented, nameof(options));
        }

        _stream = utf8Ndjson;
        _writer = new Utf8JsonWriter(_buffer, NewsPageJson.WriterOptions(options));
        _escaper = NewsPageJson.EscaperOf(options);
    }

    /// <summary>The number of pages written so far.</summary>
    public long PagesWritten { get; private set; }

    /// <summary>Writes a page as one line; the line reaches the stream by blocks, at the latest on <see cref="Flush"/> or disposal.</summary>
    /// <param name="page">The page.</param>
    public void Write(NewsPage page)
    {
        Append(page);
        if (_buffer.WrittenSpan.Length >= FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>Writes a page as one line; the line reaches the stream by blocks, at the latest on <see cref="FlushAsync(CancellationToken)"/> or disposal.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels a write of a full block to the stream.</param>
    /// <returns>A task that completes when the page is buffered (or its block written).</returns>
    public ValueTask WriteAsync(NewsPage page, CancellationToken cancellationToken)
    {
        Append(page);
        return _buffer.WrittenSpan.Length >= FlushThreshold ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the buffered lines to the stream and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _stream.Write(_buffer.WrittenSpan);
        _buffer.Clear();
        _stream.Flush();
    }

    /// <summary>Writes the buffered lines to the stream and flushes it, asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the stream has the lines.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.Clear();
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes the buffered lines and releases the buffer; the stream stays open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Flush();
        }
        finally
        {
            Release();
        }
    }

    /// <summary>Flushes the buffered lines asynchronously and releases the buffer; the stream stays open.</summary>
    /// <returns>A task that completes when the lines are written.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Release();
        }
    }

    private void Append(NewsPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(_disposed, this);
        NewsPageJsonWriter.Write(_writer, page, _escaper);
        _writer.Flush();
        _writer.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        PagesWritten++;
    }

    private void Release()
    {
        _disposed = true;
        _writer.Dispose();
        _buffer.Dispose();
    }
}
