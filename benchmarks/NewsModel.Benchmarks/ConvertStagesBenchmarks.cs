using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using NewsModel.Tools.MakeCorpus;

namespace NewsModel.Benchmarks;

/// <summary>
/// Where <c>newsmodel convert</c>'s time goes for page text to NDJSON, per page of the scale benchmark's corpus
/// (tools/make-corpus, seed 1: every interface language, words of many scripts), without the file system: parsing,
/// writing the NDJSON line, and both. Baseline: decoding each page's UTF-8 to a string, the least a reader does.
/// Each operation is the whole set of <see cref="Count"/> pages: divide by it for one page.
/// </summary>
[MemoryDiagnoser]
public class ConvertStagesBenchmarks : IDisposable
{
    /// <summary>The pages per operation: ten per interface language.</summary>
    public const int Count = 290;

    private static readonly NewsPageJsonOptions s_stjEscaping = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private byte[][] _texts = [];
    private NewsPage[] _pages = [];
    private readonly MemoryStream _lines = new();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new Corpus(1);
        _pages = [.. Enumerable.Range(0, Count).Select(i => corpus.Page(i).Page)];
        _texts = [.. Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetBytes(NewsPageText.Write(_pages[i], new NewsPageTextOptions { UiLanguage = corpus.Page(i).Language })))];
        _pages = [.. _texts.Select(text => NewsPageText.Parse(text))];
        Console.WriteLine($"// {Count} corpus pages: {_texts.Sum(t => t.Length) / Count} bytes of page text on average");
    }

    [Benchmark(Baseline = true)]
    public int Decode()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            length += Encoding.UTF8.GetString(text).Length;
        }

        return length;
    }

    [Benchmark]
    public int Parse()
    {
        var pages = 0;
        foreach (var text in _texts)
        {
            pages += NewsPageText.ParseWithDiagnostics(text, NewsPageTextOptions.Default).Success ? 1 : 0;
        }

        return pages;
    }

    [Benchmark]
    public long WriteNdjson() => Write(null);

    /// <summary>The same lines with System.Text.Json's own escaping (the same encoder, a different instance): the library's fast escaper is not used.</summary>
    [Benchmark]
    public long WriteNdjson_StjEscaping() => Write(s_stjEscaping);

    [Benchmark]
    public long ParseAndWriteNdjson()
    {
        _lines.Position = 0;
        using (var writer = new NewsPageNdjsonWriter(_lines))
        {
            foreach (var text in _texts)
            {
                writer.Write(NewsPageText.ParseWithDiagnostics(text, NewsPageTextOptions.Default).Value);
            }
        }

        return _lines.Position;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _lines.Dispose();
        GC.SuppressFinalize(this);
    }

    private long Write(NewsPageJsonOptions? options)
    {
        _lines.Position = 0;
        using (var writer = new NewsPageNdjsonWriter(_lines, options))
        {
            foreach (var page in _pages)
            {
                writer.Write(page);
            }
        }

        return _lines.Position;
    }
}
