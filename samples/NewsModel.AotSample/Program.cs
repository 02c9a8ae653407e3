using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NewsModel;
using NewsModel.Localization;
using NewsModel.Samples;

// newsmodel-aot: the core NewsModel package in a native AOT app. The same output as `newsmodel parse` for page text.
//
//   NewsModel.AotSample <file|-> [--format json|text|ndjson] [--ui-lang TAG] [--strict] [--self-check]
//
// Exit codes as the newsmodel command's: 0 parsed (warnings allowed), 1 the input has errors or page text cannot show
// the page, 2 usage or I/O error; 3 a self-check failed.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n", AutoFlush = true };
return AotSample.Run(args, stdout, stderr);

/// <summary>The sample's one command: read a page's text, print it as JSON, page text or NDJSON.</summary>
internal static class AotSample
{
    private const int ExitParsed = 0;
    private const int ExitInputErrors = 1;
    private const int ExitUsageOrIO = 2;
    private const int ExitSelfCheckFailed = 3;

    private const string Usage = "usage: NewsModel.AotSample <file|-> [--format json|text|ndjson] [--ui-lang TAG] [--strict] [--self-check]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? input = null, uiLanguage = null;
        var format = "json";
        bool strict = false, selfCheck = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "json" or "text" or "ndjson":
                    format = args[++i];
                    break;
                case "--format":
                    stderr.Write($"{Usage}\nerror: --format takes json, text or ndjson\n");
                    return ExitUsageOrIO;
                case "--ui-lang" when i + 1 < args.Length:
                    uiLanguage = args[++i];
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--self-check":
                    selfCheck = true;
                    break;
                case "-h" or "--help":
                    stdout.Write(Usage + "\n");
                    return ExitParsed;
                case var argument when input is null && (argument == "-" || !argument.StartsWith('-')):
                    input = argument;
                    break;
                default:
                    stderr.Write($"{Usage}\nerror: unexpected argument '{args[i]}'\n");
                    return ExitUsageOrIO;
            }
        }

        if (input is null)
        {
            stderr.Write($"{Usage}\nerror: no input file (use - for standard input)\n");
            return ExitUsageOrIO;
        }

        // The catalog language that serves the tag (yo-NG is served by yo).
        string? language = null;
        if (uiLanguage is not null && (language = PageRendering.ServedLanguage(uiLanguage)) is null)
        {
            stderr.Write($"error: unknown interface language '{uiLanguage}'; available: {string.Join(", ", LabelCatalog.Default.Languages)}\n");
            return ExitUsageOrIO;
        }

        var source = PageRendering.SourceName(input);
        var options = new NewsPageTextOptions { Strict = strict };
        if (Read(input, source, options, stderr) is not { } result)
        {
            return ExitUsageOrIO;
        }

        // Diagnostics as the newsmodel command prints them: file:line:col: severity code: message.
        WriteDiagnostics(result.Diagnostics, source, stderr);
        if (!result.TryGetValue(out var page))
        {
            return result.Diagnostics.Any(d => d.Code == NewsDiagnosticCode.ReadFailed) ? ExitUsageOrIO : ExitInputErrors;
        }

        if (selfCheck && !SelfCheck(page, stderr))
        {
            return ExitSelfCheckFailed;
        }

        if (format == "text")
        {
            // The page text in its own interface language, or the one asked for.
            var (text, reasons) = PageRendering.WriteExactText(page, options with { UiLanguage = language ?? PageRendering.ServedLanguage(page.UiLanguage) });
            WriteDiagnostics(reasons, source, stderr);
            if (text is null)
            {
                return ExitInputErrors;
            }

            stdout.Write(text);
            return ExitParsed;
        }

        if (language is not null)
        {
            // JSON of the page as it reads once re-rendered with that language's labels, as `newsmodel parse --ui-lang`.
            var rendered = PageRendering.Rerender(page, language, options, out var reasons);
            WriteDiagnostics(reasons, source, stderr);
            if (rendered is null)
            {
                return ExitInputErrors;
            }

            page = rendered;
        }

        if (format == "ndjson")
        {
            // One compact line, as NewsPageNdjsonWriter writes each page of a stream.
            stdout.Flush();
            using var writer = new NewsPageNdjsonWriter(Console.OpenStandardOutput());
            writer.Write(page);
            return ExitParsed;
        }

        stdout.Write(PageRendering.ToIndentedJson(page));
        return ExitParsed;
    }

    /// <summary>Parses the file's or standard input's UTF-8 bytes; <see langword="null"/> when the file cannot be opened.</summary>
    private static ParseResult<NewsPage>? Read(string input, string source, NewsPageTextOptions options, TextWriter stderr)
    {
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return NewsPageText.ParseWithDiagnostics(stdin, options);
        }

        FileStream file;
        try
        {
            file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"error: cannot read '{source}': {exception.Message}\n");
            return null;
        }

        using (file)
        {
            return NewsPageText.ParseWithDiagnostics(file, options);
        }
    }

    private static void WriteDiagnostics(ImmutableArray<NewsDiagnostic> diagnostics, string source, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.Write(diagnostic.Format(source));
            stderr.Write('\n');
        }
    }

    /// <summary>
    /// What an AOT app does with pages beyond printing one, each checked against the library's own methods: System.Text.Json
    /// with <see cref="NewsPageJson.TypeInfo"/>, pages inside the app's own source-generated types through
    /// <see cref="NewsPageJson.TypeInfoResolver"/>, and NDJSON written and read back.
    /// </summary>
    private static bool SelfCheck(NewsPage page, TextWriter stderr)
    {
        var ok = true;
        void Check(bool condition, string what)
        {
            stderr.Write($"self-check: {(condition ? "ok" : "FAILED")}: {what}\n");
            ok &= condition;
        }

        var canonical = NewsPageJson.Serialize(page);
        var viaSerializer = JsonSerializer.Serialize(page, NewsPageJson.TypeInfo);
        Check(viaSerializer == canonical, "JsonSerializer.Serialize(page, NewsPageJson.TypeInfo) is NewsPageJson.Serialize(page)");
        Check(JsonSerializer.Deserialize(viaSerializer, NewsPageJson.TypeInfo) == page, "JsonSerializer.Deserialize(json, NewsPageJson.TypeInfo) is the same page");
        Check(NewsPageJson.TryDeserialize(canonical, out var fromJson) && fromJson == page, "NewsPageJson.TryDeserialize reads the same page");

        // A page inside the app's own type: the app's source-generated context, combined with the library's resolver.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsPageJson.TypeInfoResolver, AppJsonContext.Default),
        };
        var envelopeInfo = (JsonTypeInfo<PageEnvelope>)options.GetTypeInfo(typeof(PageEnvelope));
        var envelope = new PageEnvelope("sample", page);
        var envelopeJson = JsonSerializer.Serialize(envelope, envelopeInfo);
        // The app's writer settings (its encoder, indentation) apply, so the bytes may differ; the page's JSON is still canonical.
        using (var document = JsonDocument.Parse(envelopeJson))
        {
            var pageJson = document.RootElement.GetProperty("page").GetRawText();
            Check(NewsPageJson.TryDeserialize(pageJson, out var inner) && inner == page, "a page inside the app's own type is canonical JSON that NewsPageJson reads");
        }


        Check(JsonSerializer.Deserialize(envelopeJson, envelopeInfo) == envelope, "the app's own type reads back with the same page");

        // NDJSON: two pages written, two read back.
        using var ndjson = new MemoryStream();
        using (var writer = new NewsPageNdjsonWriter(ndjson))
        {
            writer.Write(page);
            writer.Write(page with { ContentLanguage = "en" });
        }

        ndjson.Position = 0;
        var records = NewsPageNdjson.Read(ndjson).ToList();
        Check(records.Count == 2 && records[0].Result.GetValueOrDefault() == page && records[1].Result.GetValueOrDefault()?.ContentLanguage == "en",
            "NewsPageNdjsonWriter's two lines read back with NewsPageNdjson.Read");
        return ok;
    }
}

/// <summary>An application's own type that holds a page.</summary>
/// <param name="Source">Where the page came from.</param>
/// <param name="Page">The page, written in its canonical JSON by the library's resolver.</param>
internal sealed record PageEnvelope(string Source, NewsPage Page);

/// <summary>The application's own source-generated serializer context.</summary>
[JsonSerializable(typeof(PageEnvelope))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
