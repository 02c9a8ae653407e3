using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// Reading the reference page from JSON. Baseline: System.Text.Json by reflection into the model (its own JSON of the
/// page, same naming), which checks nothing of NewsModel's schema. Target (issue 10): <c>Deserialize</c> at most 1.0x
/// the baseline, 0.5x the ambition. The floor is the least any reader does: decoding the page's strings from UTF-8.
/// </summary>
[MemoryDiagnoser]
public class JsonDeserializeBenchmarks : IDisposable
{
    private string _json = "";
    private byte[] _utf8 = [];
    private string _stjJson = "";
    private byte[] _stjUtf8 = [];
    private string _newtonsoftJson = "";
    private byte[][] _strings = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        var page = JsonBaselines.Page();
        _json = NewsPageJson.Serialize(page);
        _utf8 = Encoding.UTF8.GetBytes(_json);
        _stjJson = JsonSerializer.Serialize(page, JsonBaselines.Reflection);
        _stjUtf8 = Encoding.UTF8.GetBytes(_stjJson);
        _newtonsoftJson = global::Newtonsoft.Json.JsonConvert.SerializeObject(page, JsonBaselines.NewtonsoftSettings);
        _strings = [.. JsonBaselines.Strings(page).Select(Encoding.UTF8.GetBytes)];
        _stream = new MemoryStream(_utf8, writable: false);

        // Fail fast rather than time a read that does not give the page back.
        Check(NewsPageJson.Deserialize(_json) == page, "NewsModel");
        Check(JsonSerializer.Deserialize<NewsPage>(_stjJson, JsonBaselines.Reflection) == page, "System.Text.Json");
        Check(global::Newtonsoft.Json.JsonConvert.DeserializeObject<NewsPage>(_newtonsoftJson, JsonBaselines.NewtonsoftSettings) == page, "Newtonsoft.Json");
        Console.WriteLine($"// JSON: NewsModel {_utf8.Length} bytes, reflection STJ {_stjUtf8.Length} bytes, Newtonsoft {Encoding.UTF8.GetByteCount(_newtonsoftJson)} bytes");
    }

    [Benchmark]
    public int Floor_DecodeStrings()
    {
        var length = 0;
        foreach (var utf8 in _strings)
        {
            length += Encoding.UTF8.GetString(utf8).Length;
        }

        return length;
    }

    [Benchmark(Baseline = true)]
    public NewsPage? Stj_Reflection() => JsonSerializer.Deserialize<NewsPage>(_stjJson, JsonBaselines.Reflection);

    [Benchmark]
    public NewsPage? Newtonsoft() => global::Newtonsoft.Json.JsonConvert.DeserializeObject<NewsPage>(_newtonsoftJson, JsonBaselines.NewtonsoftSettings);

    [Benchmark]
    public NewsPage Deserialize() => NewsPageJson.Deserialize(_json);

    [Benchmark]
    public NewsPage? Stj_Reflection_Utf8() => JsonSerializer.Deserialize<NewsPage>(_stjUtf8, JsonBaselines.Reflection);

    [Benchmark]
    public NewsPage DeserializeUtf8() => NewsPageJson.Deserialize(_utf8);

    [Benchmark]
    public NewsPage DeserializeStream()
    {
        _stream.Position = 0;
        return NewsPageJson.Deserialize(_stream);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _stream.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void Check(bool equal, string reader)
    {
        if (!equal)
        {
            throw new InvalidOperationException($"{reader} does not read the reference page back as the same page.");
        }
    }
}
