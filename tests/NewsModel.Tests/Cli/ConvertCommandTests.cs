using System.IO.Compression;
using System.Text;
using NewsModel.Cli;
using NewsModel.Tests.Json;
using NewsModel.Tests.Samples;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Cli;

/// <summary>
/// <c>newsmodel convert</c>, run in-process. The oracle of each output is the library's own single-page calls on the same
/// files (parse, then serialize), in the input order the command documents: files by ordinal name, folders after files.
/// </summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsmodel-convert-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Convert_FolderToNdjson_IsEachPagesJsonInOrder_AndASummary()
    {
        var input = Corpus(("b.txt", SamplePages.Text("article-a-en.txt")), ("a.txt", SamplePages.Text("tag-page-fr.txt")), ("sub/c.txt", SamplePages.Text("article-b-ru.txt")), ("notes.md", "not a page"));
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--to", "ndjson", "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        File.ReadAllText(output).Should().Be(Expected("a.txt", "b.txt", "sub/c.txt"));
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("Converted 3 pages (0 failed; 0 warnings, 0 errors)").And.EndWith("pages/s.");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("8")]
    public void Convert_AnyParallelism_GivesTheSameBytes(string parallel)
    {
        var pages = SamplePages.All().ToArray();
        var input = Corpus([.. Enumerable.Range(0, 60).Select(i => ($"p{i:D3}.txt", SamplePages.Text(pages[i % pages.Length])))]);
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--out", output, "--parallel", parallel, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stderr.Should().BeEmpty("--quiet prints neither progress nor summary");
        File.ReadAllText(output).Should().Be(Expected([.. Enumerable.Range(0, 60).Select(i => $"p{i:D3}.txt")]));
    }

    [Fact]
    public void Convert_OneBadInput_ReportsItWithFileLineColumn_ConvertsTheRest_Exits1()
    {
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")), ("b.json", "{\"schemaVersion\":1,\n\"uiLanguage\":5}"), ("c.txt", SamplePages.Text("tag-page-fr.txt")));
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        File.ReadAllText(output).Should().Be(Expected("a.txt", "c.txt"));
        run.StderrLines[0].Should().Be(Path.Combine(input, "b.json") + ":2:14: error NM3002: The JSON value is not valid here: expected a string. (at $.uiLanguage)");
        run.StderrLines[^1].Should().StartWith("Converted 3 pages (1 failed; 0 warnings, 1 errors)");
    }

    [Fact]
    public void Convert_NdjsonToJsonFolder_WritesOneIndentedFilePerRecord_NamedByLine()
    {
        var ndjson = Path.Combine(_directory, "pages.ndjson");
        File.WriteAllText(ndjson, NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\n\n" + NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n");
        var output = Path.Combine(_directory, "json");

        var run = CliRunner.Run("convert", ndjson, "--to", "json", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        Directory.EnumerateFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("pages-1.json", "pages-3.json");
        NewsPageJson.Deserialize(File.ReadAllText(Path.Combine(output, "pages-3.json"))).Should().Be(JsonTestPages.GoldenArticlePage);
        File.ReadAllText(Path.Combine(output, "pages-1.json")).Should().Be(JsonOf(JsonTestPages.GoldenTagPage), "as 'parse' prints a page");
    }

    [Fact]
    public void Convert_ToText_PageThatPageTextCannotShow_FailsWithTheWritersReasons_ConvertsTheRest()
    {
        // A JSON page with body paragraphs but no lead: page text would read its first paragraph as the lead.
        var refused = new NewsPage { Article = new NewsArticle { Headline = "Ferries return", Body = ["Crossings resume on Monday."] } };
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")), ("b.json", NewsPageJson.Serialize(refused)));
        var output = Path.Combine(_directory, "text");

        var run = CliRunner.Run("convert", input, "--to", "text", "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be(SamplePages.Text("article-a-en.txt"));
        File.Exists(Path.Combine(output, "b.txt")).Should().BeFalse("a refused page writes no file");
        run.StderrLines.Should().Contain(line => line.StartsWith(Path.Combine(input, "b.json") + ":Article.Summary: error NM2108: ", StringComparison.Ordinal));
        run.StderrLines[^1].Should().StartWith("Converted 2 pages (1 failed; 0 warnings, 1 errors)");
    }

    [Fact]
    public void Convert_ZipToTextFolder_WritesTheCanonicalPageTextOfEachEntry()
    {
        var zip = Path.Combine(_directory, "pages.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in SamplePages.Canonical)
            {
                archive.CreateEntryFromFile(SamplePages.PathOf(name), "in/" + name);
            }
        }

        var output = Path.Combine(_directory, "text");

        var run = CliRunner.Run("convert", zip, "--to", "text", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        foreach (var name in SamplePages.Canonical)
        {
            File.ReadAllText(Path.Combine(output, "in", name)).Should().Be(SamplePages.Text(name), "the sample pages are canonical");
        }
    }

    [Fact]
    public void Convert_StdinPageTextToStdout_WritesOneNdjsonLine()
    {
        var run = CliRunner.RunWithStdin(SamplePages.Bytes("article-a-en.txt"), "convert", "-", "--out", "-", "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stdout.Should().Be(NewsPageJson.Serialize(NewsPageText.Parse(SamplePages.Bytes("article-a-en.txt"))) + "\n");
    }

    [Fact]
    public void Convert_StdinNdjsonToStdout_KeepsEveryRecord()
    {
        var ndjson = NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\n" + NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n";

        var run = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(ndjson), "convert", "-", "--out", "-", "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stdout.Should().Be(ndjson);
    }

    [Fact]
    public void Convert_MissingInput_Exits2()
    {
        var run = CliRunner.Run("convert", Path.Combine(_directory, "nothing-here"), "--out", Path.Combine(_directory, "o.ndjson"));

        run.ExitCode.Should().Be(NewsModelCommand.ExitUsageOrIO);
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("no such file or folder");
    }

    [Fact]
    public void Convert_TextToStdout_IsAUsageError()
        => CliRunner.Run("convert", "-", "--to", "text", "--out", "-").ExitCode.Should().Be(NewsModelCommand.ExitUsageOrIO);

    [Fact]
    public async Task Convert_CancelledMidway_Exits130_WithOnlyCompleteRecords()
    {
        // An endless NDJSON standard input: only the cancellation ends the run.
        using var cancellation = new CancellationTokenSource();
        using var stdin = TestStreams.Endless(Encoding.UTF8.GetBytes(NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n"));
        var output = Path.Combine(_directory, "out.ndjson");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var run = Task.Run(() => NewsModelCommand.Run(["convert", "-", "--out", output, "--quiet"], stdin, stdout, stderr, stderrIsTerminal: false, cancellation.Token));
        while (stdin.BytesRead < 2_000_000)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromMinutes(2));

        exitCode.Should().Be(130);
        var lines = File.ReadAllText(output).Split('\n');
        lines[^1].Should().BeEmpty("the file ends with a complete record and its line end");
        lines[..^1].Should().NotBeEmpty().And.AllSatisfy(line => NewsPageJson.Deserialize(line).Should().Be(JsonTestPages.GoldenArticlePage));
    }

    [Fact]
    public void Convert_RedirectedStderr_PrintsPlainLinesOnly()
    {
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")));

        var run = CliRunner.Run("convert", input, "--out", Path.Combine(_directory, "o.ndjson"));

        run.Stderr.Should().NotContain("\u001b[", "no terminal control sequences go to a redirected standard error");
    }

    private static string JsonOf(NewsPage page)
        => NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private string Corpus(params (string Name, string Content)[] files)
    {
        var root = Path.Combine(_directory, "in");
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return root;
    }

    private string Expected(params string[] names)
        => string.Concat(names.Select(name =>
        {
            var path = Path.Combine(_directory, "in", name);
            var page = name.EndsWith(".json", StringComparison.Ordinal) ? NewsPageJson.Deserialize(File.ReadAllText(path)) : NewsPageText.Parse(File.ReadAllBytes(path));
            return NewsPageJson.Serialize(page) + "\n";
        }));
}
