using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;
using NewsModel.Interchange.JsonLd;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Cli.Convert;

/// <summary>What <c>convert</c> does.</summary>
/// <param name="Input">The input path, or <c>-</c>.</param>
/// <param name="To">The folder's format, one file per page; <see langword="null"/> for one NDJSON file.</param>
/// <param name="Out">The NDJSON file (<c>-</c> for standard output) or the folder.</param>
/// <param name="Parallel">How many pages are converted at once.</param>
/// <param name="Quiet">No progress and no summary.</param>
/// <param name="Strict">Warnings fail a page.</param>
/// <param name="MaxInputLength">The largest page read, in bytes.</param>
internal sealed record ConvertSettings(string Input, PageFormat? To, string Out, int Parallel, bool Quiet, bool Strict, int MaxInputLength);

/// <summary>What a run converted.</summary>
internal sealed record ConvertSummary(long Pages, long Failed, long Warnings, long Errors, TimeSpan Elapsed, bool Cancelled);

/// <summary>
/// Converts every page of an input with all cores while the output keeps the input's order: one producer lists the
/// inputs and hands them out in batches of <see cref="BatchSize"/> pages, workers read, parse and write each batch (its
/// NDJSON lines into one buffer), and one writer takes the batches in order. Batching keeps the cost of handing work
/// between threads small next to pages of a few kilobytes; with one worker, the batches are converted and written on the
/// calling thread, with no hand-over at all. The number of batches in flight is bounded, so memory does not grow with
/// the number of pages. A cancellation stops the listing; the pages already listed are written whole,
/// so the last NDJSON record is complete.
/// </summary>
internal sealed class ConvertPipeline
{
    /// <summary>The pages of one work item.</summary>
    public const int BatchSize = 32;

    // The first read of a page file: most pages fit (the buffer doubles for the others).
    private const int InitialReadSize = 16 * 1024;

    // Batches in flight per worker: enough that no worker waits for the writer, few enough that memory stays small.
    private const int BatchesPerWorker = 4;

    private readonly ConvertSettings _settings;
    private readonly NewsPageTextOptions _textOptions;
    private readonly NewsPageJsonOptions _jsonOptions;
    private readonly NewsPageJsonLdOptions _jsonLdOptions;
    private readonly NewsPageNinjsOptions _ninjsOptions;

    // The NDJSON buffers of written batches, reused (at most the batches in flight are ever made).
    private readonly ConcurrentBag<MemoryStream> _buffers = [];

    public ConvertPipeline(ConvertSettings settings)
    {
        _settings = settings;
        _textOptions = new NewsPageTextOptions { Strict = settings.Strict, MaxInputLength = settings.MaxInputLength };
        _jsonOptions = new NewsPageJsonOptions { MaxInputLength = settings.MaxInputLength };
        _jsonLdOptions = new NewsPageJsonLdOptions { MaxInputLength = settings.MaxInputLength };
        _ninjsOptions = new NewsPageNinjsOptions { MaxInputLength = settings.MaxInputLength };
    }

    /// <summary>Runs the conversion; <paramref name="output"/> receives the NDJSON (when <see cref="ConvertSettings.To"/> is <see langword="null"/>), <paramref name="report"/> each page's result, in order.</summary>
    public async Task<ConvertSummary> RunAsync(IEnumerable<ConvertItem> items, Stream? output, Action<ConvertResult> report, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var parallel = Math.Max(1, _settings.Parallel);
        var cancelled = false;
        long pages = 0, failed = 0, warnings = 0, errors = 0;

        // The input's pages in batches; a cancellation ends the listing (what is listed is converted and written whole).
        IEnumerable<Batch> Batches()
        {
            var batch = new Batch();
            foreach (var item in items)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }

                batch.Items.Add(item);
                if (batch.Items.Count == BatchSize)
                {
                    yield return batch;
                    batch = new Batch();
                }
            }

            if (batch.Items.Count > 0)
            {
                yield return batch;
            }
        }

        // The writer: a converted batch's NDJSON lines to the output, then each page's result, in order.
        void Emit(Batch batch)
        {
            if (batch.Lines is { } lines)
            {
                // Synchronously: the output is a file or standard output, and an asynchronous write of a file opened for
                // synchronous use would only move the write to a pool thread and this method's continuation to another.
                output?.Write(lines.GetBuffer().AsSpan(0, (int)lines.Length));

                lines.SetLength(0);
                _buffers.Add(lines);
            }

            foreach (var result in batch.Results)
            {
                pages++;
                failed += result.Failed ? 1 : 0;
                foreach (var diagnostic in result.Diagnostics)
                {
                    warnings += diagnostic.IsError ? 0 : 1;
                    errors += diagnostic.IsError ? 1 : 0;
                }

                report(result);
            }
        }

        if (parallel == 1)
        {
            // One core: list, convert and write on this thread, with no hand-over between threads at all.
            foreach (var batch in Batches())
            {
                Convert(batch);
                Emit(batch);
            }
        }
        else
        {
            await RunParallelAsync(Batches(), parallel, Emit).ConfigureAwait(false);
        }

        if (output is not null)
        {
            output.Flush();
        }

        return new ConvertSummary(pages, failed, warnings, errors, stopwatch.Elapsed, cancelled);
    }

    // Several cores: one producer lists the batches, the workers convert them, and the caller's writer takes them in order.
    private async Task RunParallelAsync(IEnumerable<Batch> batches, int parallel, Action<Batch> emit)
    {
        var window = parallel * BatchesPerWorker;
        var work = Channel.CreateBounded<Batch>(new BoundedChannelOptions(window) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Batch>(new BoundedChannelOptions(window) { SingleWriter = true, SingleReader = true });

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in batches)
                    {
                        // The writer's place in line first, so that it waits for the batches in the order they were listed.
                        await ordered.Writer.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
                        await work.Writer.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
                    }
                }
                finally
                {
                    work.Writer.Complete();
                    ordered.Writer.Complete();
                }
            },
            CancellationToken.None);

        var workers = Enumerable.Range(0, parallel).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var batch in work.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    try
                    {
                        Convert(batch);
                    }
                    catch (Exception exception)
                    {
                        // Not a page's failure (those are results) but the pipeline's own: the writer rethrows it.
                        batch.Done.TrySetException(exception);
                    }
                }
            },
            CancellationToken.None)).ToArray();

        await foreach (var batch in ordered.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await batch.Done.Task.ConfigureAwait(false);
            emit(batch);
        }

        await producer.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>Converts a batch; never throws (a page's failure is its failed result with the reason).</summary>
    private void Convert(Batch batch)
    {
        var results = new ConvertResult[batch.Items.Count];
        if (_settings.To is { } format)
        {
            foreach (var (i, item) in batch.Items.Index())
            {
                results[i] = Convert(item, page => WriteFile(item, format, page));
            }
        }
        else
        {
            // The batch's NDJSON lines in one buffer; a page whose line could not be written whole leaves nothing of it.
            var lines = _buffers.TryTake(out var reused) ? reused : new MemoryStream();
            var writer = new NewsPageNdjsonWriter(lines);
            ImmutableArray<NewsDiagnostic> WriteLine(NewsPage page)
            {
                var start = lines.Length;
                try
                {
                    writer.Write(page);
                    writer.Flush();
                }
                catch
                {
                    writer.Dispose();
                    lines.SetLength(start);
                    writer = new NewsPageNdjsonWriter(lines);
                    throw;
                }

                return [];
            }

            try
            {
                Func<NewsPage, ImmutableArray<NewsDiagnostic>> write = WriteLine;
                foreach (var (i, item) in batch.Items.Index())
                {
                    results[i] = Convert(item, write);
                }
            }
            finally
            {
                writer.Dispose();
            }

            batch.Lines = lines;
        }

        batch.Results = results;
        batch.Done.SetResult();
    }

    /// <summary>Reads and parses one page and gives it to <paramref name="write"/> (which returns the reasons it refused it); never throws.</summary>
    private ConvertResult Convert(ConvertItem item, Func<NewsPage, ImmutableArray<NewsDiagnostic>> write)
    {
        try
        {
            var parsed = Read(item);
            if (parsed.Failure is { } failure)
            {
                return new ConvertResult(item, [], Failed: true, failure);
            }

            var result = parsed.Result!;
            // --strict: the page-text parser makes its warnings errors itself; the interchange readers (which warn of what
            // they cannot map) have no strict mode, so a warning fails the page here, as it does for parse and validate.
            if (!result.TryGetValue(out var page) || (_settings.Strict && result.Diagnostics.Any(d => d.Severity == NewsDiagnosticSeverity.Warning)))
            {
                return new ConvertResult(item, result.Diagnostics, Failed: true, null);
            }

            // A refused page (page text cannot show it): the writer's reasons, with the members' paths, are its diagnostics,
            // as are its warnings of what the output leaves out.
            var reasons = write(page);
            return new ConvertResult(item, result.Diagnostics.AddRange(reasons), Failed: reasons.Any(reason => reason.IsError), null);
        }
#pragma warning disable CA1031 // One page's failure (its output folder not writable, say) must not stop the others.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ConvertResult(item, [], Failed: true, exception.Message);
        }
    }

    // A page file or zip entry is read to one byte past the limit at most: the parser then reports it as too large.
    private long ReadLimit => _settings.MaxInputLength + 1L;

    private (ParseResult<NewsPage>? Result, string? Failure) Read(ConvertItem item)
    {
        switch (item)
        {
            case FailedItem failed:
                return (null, failed.Failure);
            case LineItem line:
                return (line.Line.Read().Result, null);
            case BytesItem bytes:
                return (Parse(bytes.Bytes, bytes.Kind), null);
            case ZipEntryItem zip:
                var entry = zip.Archive.Read(zip.Listing, ReadLimit);
                return entry.Content is { } content ? (Parse(content, zip.Kind), null) : (null, entry.Failure);
            case FileItem file:
                return ReadFile(file);
            default:
                throw new UnreachableException();
        }
    }

    private (ParseResult<NewsPage>? Result, string? Failure) ReadFile(FileItem file)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, exception.Message);
        }

        using (handle)
        {
            // Read to the end into a pooled buffer that grows as needed (no asking for the length first: pages are small,
            // and a file may change while it is read).
            var limit = ReadLimit;
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(InitialReadSize, limit));
            try
            {
                var read = 0;
                while (true)
                {
                    var wanted = (int)Math.Min(buffer.Length, limit) - read;
                    var count = RandomAccess.Read(handle, buffer.AsSpan(read, wanted), read);
                    read += count;

                    // A short read of a regular file is its end: no second read to be told so (one system call a page less).
                    if (count < wanted)
                    {
                        break;
                    }

                    if (read == buffer.Length && read < limit)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, limit));
                        buffer.AsSpan(0, read).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    else if (read == limit)
                    {
                        break;
                    }
                }

                return (Parse(buffer.AsSpan(0, read), file.Kind), null);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private ParseResult<NewsPage> Parse(ReadOnlySpan<byte> bytes, PageFileKind kind)
        => kind switch
        {
            PageFileKind.Json => NewsPageJson.DeserializeWithDiagnostics(bytes, _jsonOptions),
            PageFileKind.JsonLd => NewsPageJsonLd.DeserializeWithDiagnostics(bytes, _jsonLdOptions),
            PageFileKind.Ninjs => NewsPageNinjs.DeserializeWithDiagnostics(bytes, _ninjsOptions),
            _ => NewsPageText.ParseWithDiagnostics(bytes, _textOptions),
        };

    // A folder: the page's own file in the format, named after its input.
    private ImmutableArray<NewsDiagnostic> WriteFile(ConvertItem item, PageFormat format, NewsPage page)
    {
        var (content, reasons) = format.Write(page, NewsPageTextOptions.Default);
        if (content is not null)
        {
            var path = Path.Combine(_settings.Out, item.OutputName + format.Extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return reasons;
    }

    /// <summary>Pages handed out together, in input order, and what became of them.</summary>
    private sealed class Batch
    {
        public List<ConvertItem> Items { get; } = new(BatchSize);

        /// <summary>Set when <see cref="Results"/> (and <see cref="Lines"/>) are.</summary>
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConvertResult[] Results { get; set; } = [];

        /// <summary>The NDJSON lines of the batch's pages, in order (for NDJSON output).</summary>
        public MemoryStream? Lines { get; set; }
    }
}

/// <summary>What became of one page: its diagnostics (the writer's reasons among them when it refused the page), and why it failed.</summary>
internal sealed record ConvertResult(ConvertItem Item, ImmutableArray<NewsDiagnostic> Diagnostics, bool Failed, string? Failure);

/// <summary>Formats the numbers people read: pages per second, the summary line.</summary>
internal static class ConvertText
{
    public static string Rate(long pages, TimeSpan elapsed)
        => (pages / Math.Max(elapsed.TotalSeconds, 1e-6)).ToString("N0", CultureInfo.InvariantCulture);

    public static string Summary(ConvertSummary summary)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{(summary.Cancelled ? "Cancelled after" : "Converted")} {summary.Pages:N0} pages ({summary.Failed:N0} failed; {summary.Warnings:N0} warnings, {summary.Errors:N0} errors) in {summary.Elapsed.TotalSeconds:F1} s: {Rate(summary.Pages, summary.Elapsed)} pages/s.");
}
