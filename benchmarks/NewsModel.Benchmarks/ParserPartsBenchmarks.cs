using System.Text;
using BenchmarkDotNet.Attributes;
using NewsModel.Localization;
using NewsModel.Text;

namespace NewsModel.Benchmarks;

/// <summary>
/// Where <see cref="ParserBenchmarks.ParseString"/> spends its time, stage by stage on the reference page: finding the
/// lines, matching them against the labels, reading them into line items, and the whole parse.
/// </summary>
[MemoryDiagnoser]
public class ParserPartsBenchmarks : IDisposable
{
    private string _text = "";
    private string[] _trimmedLines = [];
    private LabelMatcher _matcher = null!;
    private LineReader? _readLines;

    [GlobalSetup]
    public void Setup()
    {
        _text = Encoding.UTF8.GetString(ReferencePage.Load());
        _trimmedLines = [.. _text.Split('\n').Select(line => line.Trim(' ', '\t')).Where(line => line.Length > 0)];
        _matcher = LabelCatalog.Default.Matcher;
        _readLines = new LineReader(_matcher);
        var lineNumber = 0;
        foreach (var line in _text.Split('\n'))
        {
            _readLines.Add(line, ++lineNumber, line.AsMemory(), 0);
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _readLines?.Dispose();
        _readLines = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>Only find the line ends, as the parser's loop does.</summary>
    [Benchmark(Baseline = true)]
    public int FindLines()
    {
        var span = _text.AsSpan();
        var count = 0;
        while (true)
        {
            count++;
            var end = span.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return count;
            }

            span = span[(end + 1)..];
        }
    }

    /// <summary>Match every non-blank line against the catalog's labels.</summary>
    [Benchmark]
    public int MatchLabels()
    {
        var count = 0;
        foreach (var line in _trimmedLines)
        {
            if (_matcher.TryMatch(line, out _))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Find the lines and read them into line items (trim, spacer test, label match).</summary>
    [Benchmark]
    public int ReadLines()
    {
        using var reader = new LineReader(_matcher);
        var source = _text.AsMemory();
        var span = _text.AsSpan();
        var offset = 0;
        var lineNumber = 0;
        while (true)
        {
            lineNumber++;
            var rest = span[offset..];
            var end = rest.IndexOfAny('\r', '\n');
            reader.Add(end < 0 ? rest : rest[..end], lineNumber, source, offset);
            if (end < 0)
            {
                return reader.Count;
            }

            offset += end + 1;
        }
    }

    /// <summary>Assemble the page from lines already read (the strings it keeps are allocated here).</summary>
    [Benchmark]
    public ParseResult<NewsPage> Assemble() => PageAssembler.Assemble(_readLines!, NewsPageTextOptions.Default, new DiagnosticBag(strict: false, NewsPageTextOptions.DefaultMaxDiagnostics));

    /// <summary>The whole parse.</summary>
    [Benchmark]
    public NewsPage Parse() => NewsPageText.Parse(_text);
}
