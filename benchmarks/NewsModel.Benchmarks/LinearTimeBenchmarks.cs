using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// Time linear in input size: one line of 1 MB and of 10 MB (no line break, the worst case for a line splitter),
/// with the input limit raised. Linear means the 10 MB case takes about 10x the 1 MB case (compare time per MB).
/// </summary>
[MemoryDiagnoser]
public class LinearTimeBenchmarks
{
    private static readonly NewsPageTextOptions s_options = new() { MaxInputLength = 16 * 1024 * 1024 };
    private string _text = "";
    private byte[] _utf8 = [];

    [Params(1, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Words and spaces, ending in a full stop: one huge paragraph, as a crawled page without line breaks would be.
        const string Word = "lorem ipsum dolor sit amet ";
        var length = Megabytes * 1024 * 1024;
        var text = string.Concat(Enumerable.Repeat(Word, (length / Word.Length) + 1))[..(length - 1)] + ".";
        _text = text;
        _utf8 = System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The string overload: the line is the whole input, so the page keeps the input string itself (no copy).</summary>
    [Benchmark]
    public NewsPage ParseSingleLine() => NewsPageText.Parse(_text, s_options);

    /// <summary>The UTF-8 overload: the line is decoded into a pooled buffer, then kept as a new string.</summary>
    [Benchmark]
    public NewsPage ParseUtf8SingleLine() => NewsPageText.Parse(_utf8, s_options);
}
