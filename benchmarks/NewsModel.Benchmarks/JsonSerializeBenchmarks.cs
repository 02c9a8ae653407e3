using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// Writing the reference page as JSON. Baseline: System.Text.Json by reflection on the model, same encoder and naming.
/// Targets (issue 10): <c>Serialize</c> at most 0.8x the baseline and at most 0.6x global::Newtonsoft.Json. The floor is the
/// least any serializer does: transcoding the page's strings to UTF-8 (no escaping, no names, no punctuation).
/// </summary>
[MemoryDiagnoser]
public class JsonSerializeBenchmarks : IDisposable
{
    private NewsPage _page = new();
    private string[] _strings = [];
    private byte[] _scratch = [];
    private readonly MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        _page = JsonBaselines.Page();
        _strings = JsonBaselines.Strings(_page);
        _scratch = new byte[_strings.Sum(s => Encoding.UTF8.GetMaxByteCount(s.Length))];
        var json = NewsPageJson.Serialize(_page);
        Console.WriteLine($"// JSON: {Encoding.UTF8.GetByteCount(json)} bytes, {json.Length} UTF-16 code units, {_strings.Length} strings");
    }

    [Benchmark]
    public int Floor_TranscodeStrings()
    {
        var written = 0;
        foreach (var text in _strings)
        {
            written += Encoding.UTF8.GetBytes(text, _scratch.AsSpan(written));
        }

        return written;
    }

    [Benchmark(Baseline = true)]
    public string Stj_Reflection() => JsonSerializer.Serialize(_page, JsonBaselines.Reflection);

    [Benchmark]
    public string Stj_ReflectionRelaxed() => JsonSerializer.Serialize(_page, JsonBaselines.ReflectionRelaxed);

    [Benchmark]
    public string Newtonsoft() => global::Newtonsoft.Json.JsonConvert.SerializeObject(_page, JsonBaselines.NewtonsoftSettings);

    [Benchmark]
    public string Serialize() => NewsPageJson.Serialize(_page);

    [Benchmark]
    public byte[] Stj_Reflection_Utf8() => JsonSerializer.SerializeToUtf8Bytes(_page, JsonBaselines.Reflection);

    [Benchmark]
    public byte[] SerializeToUtf8Bytes() => NewsPageJson.SerializeToUtf8Bytes(_page);

    [Benchmark]
    public long SerializeToStream()
    {
        _stream.Position = 0;
        NewsPageJson.Serialize(_stream, _page);
        return _stream.Position;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _stream.Dispose();
        GC.SuppressFinalize(this);
    }
}
