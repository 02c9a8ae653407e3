using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>Writing the reference page, against a baseline that joins its (already split) lines; and the validation Write does first.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private NewsPage _page = new();
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = Encoding.UTF8.GetString(ReferencePage.Load());
        _page = NewsPageText.Parse(text);
        _lines = text.Split('\n');
    }

    /// <summary>The least a writer does: concatenate the page's lines.</summary>
    [Benchmark(Baseline = true)]
    public string Baseline() => string.Join('\n', _lines);

    /// <summary>Write: the validation below, then the text.</summary>
    [Benchmark]
    public string Write() => NewsPageText.Write(_page);

    /// <summary>Why Write would refuse the page (nothing, for the reference page): what Write adds to writing.</summary>
    [Benchmark]
    public int Validate() => NewsPageText.Validate(_page).Length;
}
