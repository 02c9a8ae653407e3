using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NewsModel.Cli.Convert;
using NewsModel.Localization;
using NewsModel.Samples;

namespace NewsModel.Cli;

/// <summary>
/// The <c>newsmodel</c> command line, runnable in-process: <see cref="Run(string[], Stream, TextWriter, TextWriter)"/> takes the standard streams as arguments,
/// so tests drive it without a console.
/// </summary>
public static class NewsModelCommand
{
    /// <summary>The input was read and parsed (warnings allowed).</summary>
    public const int ExitParsed = 0;

    /// <summary>The input has errors (in <c>--strict</c> mode, also warnings), or page text cannot show the page (<c>--format text</c>).</summary>
    public const int ExitInputErrors = 1;

    /// <summary>Usage or I/O error: unknown option, missing argument, unknown interface language, unreadable file.</summary>
    public const int ExitUsageOrIO = 2;

    /// <summary>The source name that diagnostics give standard input.</summary>
    public const string StdinName = PageRendering.StdinName;

    private const string CommandName = "newsmodel";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the command name.</param>
    /// <param name="stdin">Standard input, read as UTF-8 bytes when the file argument is <c>-</c>.</param>
    /// <param name="stdout">Where the page goes (JSON or page text).</param>
    /// <param name="stderr">Where diagnostics and error messages go.</param>
    /// <returns>The exit code: <see cref="ExitParsed"/>, <see cref="ExitInputErrors"/> or <see cref="ExitUsageOrIO"/>.</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        => Run(args, stdin, stdout, stderr, stderrIsTerminal: false, CancellationToken.None);

    /// <summary>Runs the command line, with what only a real console has.</summary>
    /// <param name="args">The arguments, without the command name.</param>
    /// <param name="stdin">Standard input, read as UTF-8 bytes when the input argument is <c>-</c>.</param>
    /// <param name="stdout">Where the page goes (JSON or page text, or NDJSON for <c>convert --out -</c>).</param>
    /// <param name="stderr">Where diagnostics, progress and error messages go.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal: <c>convert</c> then shows a live progress bar instead of plain progress lines.</param>
    /// <param name="cancellationToken">Ctrl+C: <c>convert</c> stops listing pages, writes those it has whole, and exits with 130.</param>
    /// <returns>The exit code: <see cref="ExitParsed"/>, <see cref="ExitInputErrors"/>, <see cref="ExitUsageOrIO"/>, or 130 for a cancelled <c>convert</c>.</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var root = BuildCommand(new Host(stdin, stdout, stderr, stderrIsTerminal, cancellationToken));
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.Write($"{CommandName}: error: {OneLine(error.Message)}\n");
                }

                stderr.Write($"Run '{CommandName} --help' for usage.\n");
                return ExitUsageOrIO;
            }

            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
            stdout.Flush();
            return exitCode;
        }
#pragma warning disable CA1031 // The command line's last line of defence: one line, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            try
            {
                stdout.Flush();
                stderr.Write($"{CommandName}: error: {exception.GetType().Name}: {OneLine(exception.Message)}\n");
            }
#pragma warning disable CA1031 // A broken stderr leaves nothing else to report to.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            return ExitUsageOrIO;
        }
    }

    private static Command BuildCommand(Host host)
    {
        var (stdin, stdout, stderr) = (host.Stdin, host.Stdout, host.Stderr);
        var languages = string.Join(", ", LabelCatalog.Default.Languages);

        var parseInput = InputArgument();
        var validateInput = InputArgument();

        var parseFrom = FromOption();
        var validateFrom = FromOption();

        var format = new Option<string>("--format", "-f")
        {
            Description = "The output: " + PageFormats.Describe() + ".",
            DefaultValueFactory = _ => PageFormats.All[0].Name,
            HelpName = string.Join('|', PageFormats.Names),
        };
        format.AcceptOnlyFromAmong([.. PageFormats.Names]);

        var uiLanguage = new Option<string?>("--ui-lang")
        {
            Description = "Render the page with this interface language's labels (a BCP 47 tag such as en, yo or pt-BR; a region falls back to its language). "
                + "For text, the labels are written in it; for JSON, the page is shown as it reads after that re-rendering. "
                + "Languages: " + languages + ".",
            HelpName = "TAG",
        };
        uiLanguage.Validators.Add(result =>
        {
            var tag = result.GetValueOrDefault<string?>();
            if (tag is not null && (string.IsNullOrWhiteSpace(tag) || LabelCatalog.Default.Find(tag) is null))
            {
                result.AddError($"The interface language '{tag}' has no labels in the catalog. Available languages: {languages}.");
            }
        });

        var contentLanguage = new Option<string?>("--content-lang")
        {
            Description = "The language of the article text, when you know it (the page text does not say); it becomes the page's content language.",
            HelpName = "TAG",
        };

        var parseStrict = StrictOption();
        var validateStrict = StrictOption();
        var parseMaxLength = MaxInputLengthOption();
        var validateMaxLength = MaxInputLengthOption();
        var convert = ConvertCommand.Create(host, StrictOption(), MaxInputLengthOption());

        var parse = new Command("parse", "Parse a page (page text by default; --from json, jsonld, ...) and print it (JSON by default; --format text, jsonld, ...) to standard output; diagnostics go to standard error.")
        {
            parseInput,
            parseFrom,
            format,
            uiLanguage,
            contentLanguage,
            parseStrict,
            parseMaxLength,
        };
        parse.SetAction(result =>
        {
            var input = result.GetValue(parseInput)!;
            var options = new NewsPageTextOptions
            {
                Strict = result.GetValue(parseStrict),
                MaxInputLength = result.GetValue(parseMaxLength),
            };
            var parsed = Read(input, result.GetValue(parseFrom)!, options, stdin, stderr);
            if (!parsed.Success)
            {
                return ExitCode(parsed);
            }

            // The content language is a fact of this document, which the page text does not state: it goes on the page.
            var page = result.GetValue(contentLanguage) is { } content ? parsed.Page with { ContentLanguage = content } : parsed.Page;
            return WritePage(page, SourceName(input), PageFormats.Get(result.GetValue(format)!), result.GetValue(uiLanguage), options, stdout, stderr);
        });

        var validate = new Command("validate", "Check a page (page text by default, or NewsModel's JSON): print only its diagnostics to standard error, nothing to standard output.")
        {
            validateInput,
            validateFrom,
            validateStrict,
            validateMaxLength,
        };
        validate.SetAction(result =>
        {
            var options = new NewsPageTextOptions
            {
                Strict = result.GetValue(validateStrict),
                MaxInputLength = result.GetValue(validateMaxLength),
            };
            return ExitCode(Read(result.GetValue(validateInput)!, result.GetValue(validateFrom)!, options, stdin, stderr));
        });

        // A named command rather than RootCommand, whose name would be the host's executable (NewsModel.Cli, or testhost in tests).
        return new Command(
            CommandName,
            "Parse, validate and convert the page text of a multilingual AI news site with the NewsModel library.\n"
            + "\n"
            + "Examples:\n"
            + "  newsmodel parse page.txt                             the page as JSON\n"
            + "  newsmodel parse page.txt --format text --ui-lang pt  the page text with Portuguese labels\n"
            + "  newsmodel parse page.json --from json --format text  a JSON page as page text\n"
            + "  cat page.txt | newsmodel validate -                  diagnostics only, from standard input\n"
            + "  newsmodel validate --strict page.txt                 fail on warnings too\n"
            + "  newsmodel convert pages/ --to ndjson --out all.ndjson  every page of a folder, on all cores\n"
            + "\n"
            + "Diagnostics go to standard error as file:line:column: warning|error NMxxxx: message\n"
            + "(standard input is named <stdin>).\n"
            + "Exit codes: 0 parsed (warnings allowed), 1 the input has errors or page text cannot show the page\n"
            + "(the writer's reasons name the page's members; for convert, a page failed), 2 usage or I/O error,\n"
            + "130 convert stopped by Ctrl+C (the pages already read are written whole).")
        {
            new HelpOption(),
            new VersionOption(),
            parse,
            validate,
            convert,
        };
    }

    /// <summary>The console a command runs against.</summary>
    internal sealed record Host(Stream Stdin, TextWriter Stdout, TextWriter Stderr, bool StderrIsTerminal, CancellationToken Cancellation);

    private static Argument<string> InputArgument() => new("file")
    {
        Description = "The page text to read, UTF-8; '-' reads standard input.",
        HelpName = "file|-",
    };

    private static Option<string> FromOption()
    {
        var option = new Option<string>("--from")
        {
            Description = "The input: " + PageInputFormats.Describe() + ".",
            DefaultValueFactory = _ => PageInputFormats.All[0].Name,
            HelpName = string.Join('|', PageInputFormats.Names),
        };
        option.AcceptOnlyFromAmong([.. PageInputFormats.Names]);
        return option;
    }

    private static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Treat warnings as errors: anything the parser would repair or guess fails the read (exit code 1).",
    };

    private static Option<int> MaxInputLengthOption()
    {
        var option = new Option<int>("--max-input-length")
        {
            Description = "The largest input read, in bytes; larger input is an error (NM1001).",
            DefaultValueFactory = _ => NewsPageTextOptions.DefaultMaxInputLength,
            HelpName = "BYTES",
        };
        option.Validators.Add(result =>
        {
            // Only a well-formed number is checked here; the parser itself reports one that is not a number.
            if (result.Tokens is [var token]
                && int.TryParse(token.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var length)
                && length <= 0)
            {
                result.AddError("The maximum input length must be a positive number of bytes.");
            }
        });
        return option;
    }

    /// <summary>The exit code of a read: 0 parsed, 1 the input has errors, 2 the input could not be opened or read.</summary>
    private static int ExitCode(ReadOutcome outcome)
        => outcome.Result is not { } result || result.Diagnostics.Any(d => d.Code == NewsDiagnosticCode.ReadFailed) ? ExitUsageOrIO
            : outcome.Success ? ExitParsed
            : ExitInputErrors;

    /// <summary>A read's result, or <see langword="null"/> when the input could not be opened.</summary>
    /// <param name="Result">The read's result.</param>
    /// <param name="WarningsFail">
    /// <c>--strict</c>: a warning fails the read. The page-text parser makes its warnings errors itself; the interchange
    /// readers (which warn of what they cannot map) have no strict mode of their own, so the command applies it.
    /// </param>
    private readonly record struct ReadOutcome(ParseResult<NewsPage>? Result, bool WarningsFail = false)
    {
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Page))]
        public bool Success => Result?.Success == true && !(WarningsFail && Result.Diagnostics.Any(d => d.Severity == NewsDiagnosticSeverity.Warning));

        public NewsPage? Page => Result?.GetValueOrDefault();
    }

    private static string SourceName(string input) => PageRendering.SourceName(input);

    /// <summary>Reads and parses the input, writing its diagnostics (or why it could not be opened) to standard error.</summary>
    private static ReadOutcome Read(string input, string from, NewsPageTextOptions options, Stream stdin, TextWriter stderr)
    {
        var format = PageInputFormats.Get(from);
        ParseResult<NewsPage> ReadFrom(Stream stream) => format.Read(stream, options);

        ParseResult<NewsPage> result;
        var source = SourceName(input);
        if (input == "-")
        {
            result = ReadFrom(stdin);
        }
        else
        {
            FileStream file;
            try
            {
                file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.Write($"{CommandName}: error: cannot read '{input}': {OneLine(exception.Message)}\n");
                return default;
            }

            using (file)
            {
                result = ReadFrom(file);
            }
        }

        WriteDiagnostics(result.Diagnostics, source, stderr);
        return new ReadOutcome(result, options.Strict);
    }

    private static void WriteDiagnostics(IEnumerable<NewsDiagnostic> diagnostics, string source, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.Write(diagnostic.Format(source));
            stderr.Write('\n');
        }
    }

    /// <summary>Prints the page in its format; for page text (or a re-rendered page), the writer first says whether it can show the page, and its reasons are printed if not.</summary>
    private static int WritePage(NewsPage page, string source, PageFormat format, string? uiLanguage, NewsPageTextOptions options, TextWriter stdout, TextWriter stderr)
    {
        // The catalog language that serves the tag (yo-NG is served by yo).
        var language = uiLanguage is null ? null : LabelCatalog.Default.Find(uiLanguage)!.Language;
        if (format.Name == "text")
        {
            // The page in its own interface language (or --ui-lang's), as the writer renders it: a page whose labels the
            // read dropped (a stray badge) has no interface language in its text, and says none.
            // A page's own interface language when the catalog has it; else none, and the writer names the page's problem.
            language ??= PageRendering.ServedLanguage(page.UiLanguage);
        }
        else if (language is not null)
        {
            // The page as it reads once re-rendered with that language's labels: its interface language and banner change, its
            // text does not. Page text does not carry the content language and unclassified text: they are kept from the page.
            var rendered = PageRendering.Rerender(page, language, options, out var reasons);
            WriteDiagnostics(reasons, source, stderr);
            if (rendered is null)
            {
                return ExitInputErrors;
            }

            page = rendered;
            language = null;
        }

        if (!TryWrite(format.Write, page, source, options with { UiLanguage = language }, stderr, out var output))
        {
            return ExitInputErrors;
        }

        stdout.Write(output);
        return ExitParsed;
    }

    private static bool TryWrite(Func<NewsPage, NewsPageTextOptions, PageOutput> write, NewsPage page, string source, NewsPageTextOptions options, TextWriter stderr, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? output)
    {
        (output, var reasons) = write(page, options);
        WriteDiagnostics(reasons, source, stderr);
        return output is not null;
    }

    /// <summary>A message on one line: its lines trimmed and joined by spaces.</summary>
    private static string OneLine(string message)
        => string.Join(' ', message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
