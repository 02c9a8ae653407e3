using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parsing the reference page, judged against a baseline that only decodes it and splits it into lines.
/// Targets (issue 2, section 9): DecodeAndParse at most 1.5x the baseline's time; ParseString allocates at most 16 KB;
/// ParseUtf8 never allocates the whole decoded text.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = ReferencePage.Load();
        _text = Encoding.UTF8.GetString(_bytes);
        Console.WriteLine($"// Page: {_bytes.Length} bytes, {_text.Length} UTF-16 code units ({_text.Length * sizeof(char)} bytes decoded)");

        // Fail fast rather than time a parse that does not succeed.
        _ = NewsPageText.Parse(_bytes);
        _ = NewsPageText.Parse(_text);
    }

    /// <summary>What any reader of the page must do at least: decode it and find its lines.</summary>
    [Benchmark(Baseline = true)]
    public string[] Baseline() => Encoding.UTF8.GetString(_bytes).Split('\n');

    /// <summary>Decode, then parse the string.</summary>
    [Benchmark]
    public NewsPage DecodeAndParse() => NewsPageText.Parse(Encoding.UTF8.GetString(_bytes));

    /// <summary>The UTF-8 overload: decodes one line at a time.</summary>
    [Benchmark]
    public NewsPage ParseUtf8() => NewsPageText.Parse(_bytes);

    /// <summary>Parse text that is already decoded.</summary>
    [Benchmark]
    public NewsPage ParseString() => NewsPageText.Parse(_text);
}
