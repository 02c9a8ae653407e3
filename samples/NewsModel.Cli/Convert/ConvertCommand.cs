using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace NewsModel.Cli.Convert;

/// <summary>
/// <c>newsmodel convert</c>: many pages from a folder, an NDJSON file, a zip or standard input to one NDJSON file or a
/// folder of page files, with all cores, a progress display and a summary.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>A run stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int ExitCancelled = 130;

    // The one-file output; every other --to is a format of PageFormats, one file per page.
    private const string Ndjson = "ndjson";

    private static readonly TimeSpan s_plainProgressInterval = TimeSpan.FromSeconds(2);

    public static Command Create(NewsModelCommand.Host host, Option<bool> strict, Option<int> maxInputLength)
    {
        var input = new Argument<string>("input")
        {
            Description = "The pages to read: a folder of page files (.txt page text, .json page JSON, searched recursively), an NDJSON file (.ndjson, .jsonl), a .zip of page files, one page file, or '-' for standard input (NDJSON, or one page's text).",
            HelpName = "folder|file|-",
        };
        var to = new Option<string>("--to")
        {
            Description = $"The output: '{Ndjson}' (one file, a page's canonical JSON per line), or a folder with one file per page as 'parse --format' prints it: " + PageFormats.Describe() + ".",
            DefaultValueFactory = _ => Ndjson,
            HelpName = string.Join('|', [Ndjson, .. PageFormats.Names]),
        };
        to.AcceptOnlyFromAmong([Ndjson, .. PageFormats.Names]);
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write: the NDJSON file ('-' for standard output), or the folder of page files (created if needed; names follow the inputs').",
            HelpName = "path",
            Required = true,
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many pages to convert at once (the output keeps the input's order).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary; diagnostics still go to standard error." };

        var command = new Command("convert", "Convert many pages at once: to one NDJSON file, or to a folder of JSON or page-text files. Diagnostics go to standard error per file, then a summary.")
        {
            input,
            to,
            output,
            parallel,
            quiet,
            strict,
            maxInputLength,
        };
        command.SetAction(result =>
        {
            var settings = new ConvertSettings(
                result.GetValue(input)!,
                result.GetValue(to) is Ndjson or null ? null : PageFormats.Get(result.GetValue(to)!),
                result.GetValue(output)!,
                result.GetValue(parallel),
                result.GetValue(quiet),
                result.GetValue(strict),
                result.GetValue(maxInputLength));
            return Run(settings, host);
        });
        return command;
    }

    private static int Run(ConvertSettings settings, NewsModelCommand.Host host)
    {
        var stderr = host.Stderr;
        using var inputs = new ConvertInputs(settings.Input, host.Stdin, settings.MaxInputLength);
        if (inputs.Problem is { } problem)
        {
            stderr.Write($"newsmodel: error: cannot read {problem}\n");
            return NewsModelCommand.ExitUsageOrIO;
        }

        if (settings.Out == "-" && settings.To is { } folderFormat)
        {
            stderr.Write($"newsmodel: error: --out - (standard output) takes NDJSON only; {folderFormat.Name} writes a folder of files.\n");
            return NewsModelCommand.ExitUsageOrIO;
        }

        Stream? output;
        try
        {
            output = OpenOutput(settings, host.Stdout);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"newsmodel: error: cannot write '{settings.Out}': {exception.Message}\n");
            return NewsModelCommand.ExitUsageOrIO;
        }

        ConvertSummary summary;
        using (output)
        {
            var pipeline = new ConvertPipeline(settings);
            summary = settings.Quiet ? RunQuiet(pipeline, inputs, output, host)
                : host.StderrIsTerminal ? RunWithProgressBar(pipeline, inputs, output, host)
                : RunWithProgressLines(pipeline, inputs, output, host);
        }

        if (!settings.Quiet)
        {
            stderr.Write(ConvertText.Summary(summary) + "\n");
        }

        return summary.Cancelled ? ExitCancelled
            : summary.Failed > 0 ? NewsModelCommand.ExitInputErrors
            : NewsModelCommand.ExitParsed;
    }

    private static Stream? OpenOutput(ConvertSettings settings, TextWriter stdout)
    {
        if (settings.To is not null)
        {
            Directory.CreateDirectory(settings.Out);
            return null;
        }

        if (settings.Out == "-")
        {
            return new TextWriterStream(stdout);
        }

        if (Path.GetDirectoryName(Path.GetFullPath(settings.Out)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new FileStream(settings.Out, FileMode.Create, FileAccess.Write, FileShare.Read, 256 * 1024, FileOptions.SequentialScan);
    }

    private static ConvertSummary RunQuiet(ConvertPipeline pipeline, ConvertInputs inputs, Stream? output, NewsModelCommand.Host host)
        => pipeline.RunAsync(inputs.Enumerate(), output, result => Report(result, line => host.Stderr.Write(line + "\n")), host.Cancellation).GetAwaiter().GetResult();

    // Redirected standard error: a plain line now and then, which logs keep readable.
    private static ConvertSummary RunWithProgressLines(ConvertPipeline pipeline, ConvertInputs inputs, Stream? output, NewsModelCommand.Host host)
    {
        var total = inputs.CountPages();
        var stopwatch = Stopwatch.StartNew();
        var next = s_plainProgressInterval;
        long pages = 0;
        return pipeline.RunAsync(
            inputs.Enumerate(),
            output,
            result =>
            {
                Report(result, line => host.Stderr.Write(line + "\n"));
                pages++;
                if (stopwatch.Elapsed >= next)
                {
                    next = stopwatch.Elapsed + s_plainProgressInterval;
                    host.Stderr.Write(ProgressLine(pages, total, stopwatch.Elapsed) + "\n");
                }
            },
            host.Cancellation).GetAwaiter().GetResult();
    }

    // A terminal: a live bar with pages, pages per second and the time left.
    private static ConvertSummary RunWithProgressBar(ConvertPipeline pipeline, ConvertInputs inputs, Stream? output, NewsModelCommand.Host host)
    {
        var total = inputs.CountPages();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(host.Stderr),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        ConvertSummary summary = null!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("pages", autoStart: true, maxValue: Math.Max(total ?? 1, 1));
                task.IsIndeterminate = total is null;
                var stopwatch = Stopwatch.StartNew();
                long pages = 0;
                summary = pipeline.RunAsync(
                    inputs.Enumerate(),
                    output,
                    result =>
                    {
                        Report(result, line => console.WriteLine(line));
                        pages++;
                        task.Value = pages;
                        if (pages % 256 == 0)
                        {
                            task.Description = ProgressLine(pages, total, stopwatch.Elapsed, withEta: false);
                        }
                    },
                    host.Cancellation).GetAwaiter().GetResult();
                task.Description = ProgressLine(pages, total, stopwatch.Elapsed, withEta: false);
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary;
    }

    private static void Report(ConvertResult result, Action<string> writeLine)
    {
        if (result.Failure is { } failure)
        {
            writeLine($"newsmodel: error: cannot convert '{result.Item.Source}': {failure}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            writeLine(diagnostic.Format(result.Item.Source));
        }
    }

    private static string ProgressLine(long pages, long? total, TimeSpan elapsed, bool withEta = true)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{pages:N0}");
        if (total is { } known)
        {
            line.Append(CultureInfo.InvariantCulture, $"/{known:N0}");
        }

        line.Append(CultureInfo.InvariantCulture, $" pages, {ConvertText.Rate(pages, elapsed)} pages/s");
        if (withEta && total is { } all && pages > 0)
        {
            var left = TimeSpan.FromSeconds(elapsed.TotalSeconds / pages * Math.Max(all - pages, 0));
            line.Append(CultureInfo.InvariantCulture, $", ETA {left:hh\\:mm\\:ss}");
        }

        return line.ToString();
    }

    /// <summary>Standard output as a stream of UTF-8 bytes: the writer's own stream when it has one, else decoded into it.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private readonly Stream? _base = writer is StreamWriter stream ? stream.BaseStream : null;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            writer.Flush();
            _base?.Flush();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_base is not null)
            {
                writer.Flush();
                _base.Write(buffer);
                return;
            }

            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
