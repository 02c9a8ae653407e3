using System.Text;
using BenchmarkDotNet.Attributes;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Benchmarks;

/// <summary>
/// Issue 7, section 1: the adversarial input shapes (<see cref="AdversarialPages"/>, shared with the linearity tests) at 1
/// and 4 MiB. Linear means time and allocation per MiB do not grow from 1 to 4 MiB; the baseline (decode and split into
/// lines) is the linear floor in the same run.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private byte[] _utf8 = [];
    private string _text = "";

    [ParamsAllValues]
    public AdversarialShape Shape { get; set; }

    [Params(1, 4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = AdversarialPages.Create(Shape, Megabytes * 1024 * 1024);
        _text = Encoding.UTF8.GetString(_utf8);
    }

    /// <summary>Decoding the input and splitting it into lines: what any line-based reader costs at least.</summary>
    [Benchmark(Baseline = true)]
    public string[] DecodeAndSplit() => Encoding.UTF8.GetString(_utf8).Split('\n');

    /// <summary>The UTF-8 overload (within the default 4 MiB limit).</summary>
    [Benchmark]
    public ParseResult<NewsPage> ParseUtf8() => NewsPageText.ParseWithDiagnostics(_utf8);

    /// <summary>The string overload on the decoded text.</summary>
    [Benchmark]
    public ParseResult<NewsPage> ParseString() => NewsPageText.ParseWithDiagnostics(_text);
}
