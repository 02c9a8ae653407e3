using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;

namespace NewsModel.Cli.Convert;

/// <summary>The output formats of <c>convert</c>: those of <c>parse --format</c>, and NDJSON.</summary>
internal enum ConvertFormat
{
    /// <summary>One NDJSON file: each page's canonical compact JSON on its own line.</summary>
    Ndjson,

    /// <summary>A folder of <c>.json</c> files: each page's JSON, indented, as <c>parse</c> prints it.</summary>
    Json,

    /// <summary>A folder of <c>.txt</c> files: each page's canonical page text.</summary>
    Text,
}

/// <summary>What <c>convert</c> does.</summary>
internal sealed record ConvertSettings(string Input, ConvertFormat To, string Out, int Parallel, bool Quiet, bool Strict, int MaxInputLength);

/// <summary>What a run converted.</summary>
internal sealed record ConvertSummary(long Pages, long Failed, long Warnings, long Errors, TimeSpan Elapsed, bool Cancelled);

/// <summary>
/// Converts every page of an input with all cores while the output keeps the input's order: one producer lists the
/// inputs, workers read, parse and serialize them, and one writer takes the results in order. The number of pages in
/// flight is bounded, so memory does not grow with the number of pages. A cancellation stops the listing; the pages
/// already listed are written whole, so the last NDJSON record is complete.
/// </summary>
internal sealed class ConvertPipeline
{
    private static readonly NewsPageJsonOptions s_fileJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ConvertSettings _settings;
    private readonly NewsPageTextOptions _textOptions;
    private readonly NewsPageJsonOptions _jsonOptions;

    public ConvertPipeline(ConvertSettings settings)
    {
        _settings = settings;
        _textOptions = new NewsPageTextOptions { Strict = settings.Strict, MaxInputLength = settings.MaxInputLength };
        _jsonOptions = new NewsPageJsonOptions { MaxInputLength = settings.MaxInputLength };
    }

    /// <summary>Runs the conversion; <paramref name="output"/> receives the NDJSON (for <see cref="ConvertFormat.Ndjson"/>), <paramref name="report"/> each page's diagnostics, in order.</summary>
    public async Task<ConvertSummary> RunAsync(IEnumerable<ConvertItem> items, Stream? output, Action<ConvertResult> report, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var parallel = Math.Max(1, _settings.Parallel);
        var window = Math.Max(64, parallel * 64);
        var work = Channel.CreateBounded<(ConvertItem Item, TaskCompletionSource<ConvertResult> Result)>(new BoundedChannelOptions(window) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<ConvertResult>>(new BoundedChannelOptions(window) { SingleWriter = true, SingleReader = true });
        var cancelled = false;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            cancelled = true;
                            break;
                        }

                        var result = new TaskCompletionSource<ConvertResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                        await ordered.Writer.WriteAsync(result.Task, CancellationToken.None).ConfigureAwait(false);
                        await work.Writer.WriteAsync((item, result), CancellationToken.None).ConfigureAwait(false);
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
                await foreach (var (item, result) in work.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    result.SetResult(Convert(item));
                }
            },
            CancellationToken.None)).ToArray();

        long pages = 0, failed = 0, warnings = 0, errors = 0;
        await foreach (var next in ordered.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var result = await next.ConfigureAwait(false);
            if (result.Output is { } bytes && output is not null)
            {
                await output.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
            }

            pages++;
            failed += result.Failed ? 1 : 0;
            foreach (var diagnostic in result.Diagnostics)
            {
                warnings += diagnostic.IsError ? 0 : 1;
                errors += diagnostic.IsError ? 1 : 0;
            }

            report(result);
        }

        await producer.ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        if (output is not null)
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return new ConvertSummary(pages, failed, warnings, errors, stopwatch.Elapsed, cancelled);
    }

    /// <summary>Reads, parses and writes one page; never throws (a failure is a failed result with its reason).</summary>
    private ConvertResult Convert(ConvertItem item)
    {
        try
        {
            var parsed = Read(item);
            if (parsed.Failure is { } failure)
            {
                return new ConvertResult(item, [], null, Failed: true, failure);
            }

            var result = parsed.Result!;
            if (!result.TryGetValue(out var page))
            {
                return new ConvertResult(item, result.Diagnostics, null, Failed: true, null);
            }

            return new ConvertResult(item, result.Diagnostics, Write(item, page), Failed: false, null);
        }
#pragma warning disable CA1031 // One page's failure (its output folder not writable, say) must not stop the others.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ConvertResult(item, [], null, Failed: true, exception.Message);
        }
    }

    private (ParseResult<NewsPage>? Result, string? Failure) Read(ConvertItem item)
    {
        switch (item)
        {
            case RecordItem record:
                return (record.Result, null);
            case BytesItem bytes:
                return (Parse(bytes.Bytes, bytes.Kind), null);
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
            handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, exception.Message);
        }

        using (handle)
        {
            // One byte past the limit at most: the parser then reports the file as too large.
            var length = (int)Math.Min(RandomAccess.GetLength(handle), _settings.MaxInputLength + 1L);
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                var read = 0;
                int count;
                while (read < length && (count = RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read)) > 0)
                {
                    read += count;
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
        => kind == PageFileKind.Json ? NewsPageJson.DeserializeWithDiagnostics(bytes, _jsonOptions) : NewsPageText.ParseWithDiagnostics(bytes, _textOptions);

    // NDJSON: the line's bytes, written by the writer in order. A folder: the page's own file, written here.
    private byte[]? Write(ConvertItem item, NewsPage page)
    {
        switch (_settings.To)
        {
            case ConvertFormat.Ndjson:
                var json = NewsPageJson.SerializeToUtf8Bytes(page);
                var line = new byte[json.Length + 1];
                json.CopyTo(line, 0);
                line[^1] = (byte)'\n';
                return line;
            case ConvertFormat.Json:
                WriteFile(item.OutputName + ".json", NewsPageJson.Serialize(page, s_fileJson) + "\n");
                return null;
            default:
                WriteFile(item.OutputName + ".txt", NewsPageText.Write(page));
                return null;
        }
    }

    private void WriteFile(string relative, string content)
    {
        var path = Path.Combine(_settings.Out, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

/// <summary>What became of one page: its diagnostics, its NDJSON line (when the output is NDJSON), and why it failed.</summary>
internal sealed record ConvertResult(ConvertItem Item, System.Collections.Immutable.ImmutableArray<NewsDiagnostic> Diagnostics, byte[]? Output, bool Failed, string? Failure);

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
