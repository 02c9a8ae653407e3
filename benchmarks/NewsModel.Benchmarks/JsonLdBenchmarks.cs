using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.Benchmarks;

/// <summary>
/// schema.org JSON-LD of the reference page, written and read, against the canonical JSON of the same page in the same
/// run: <c>NewsPageJson.Serialize</c> is the baseline of the writes, <c>NewsPageJson.Deserialize</c> of the reads (one
/// baseline per category, so each ratio is against its own). The JSON-LD reader builds a small tree of the document
/// first (JSON-LD needs random access: <c>@graph</c>, <c>@id</c> references), where the canonical reader makes one pass.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonLdBenchmarks
{
    private NewsPage _page = new();
    private string _json = "";
    private string _jsonLd = "";
    private byte[] _jsonLdUtf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _page = JsonBaselines.Page();
        _json = NewsPageJson.Serialize(_page);
        _jsonLd = NewsPageJsonLd.Serialize(_page);
        _jsonLdUtf8 = Encoding.UTF8.GetBytes(_jsonLd);

        // Fail fast rather than time a read that does not give the page back.
        if (NewsPageJsonLd.Deserialize(_jsonLd) != _page with { UiLanguage = null, Reactions = [], Consent = null })
        {
            throw new InvalidOperationException("The JSON-LD of the reference page does not read back as the page.");
        }

        Console.WriteLine($"// JSON: {Encoding.UTF8.GetByteCount(_json)} bytes; JSON-LD: {_jsonLdUtf8.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public string Json_Serialize() => NewsPageJson.Serialize(_page);

    [Benchmark]
    [BenchmarkCategory("Write")]
    public string JsonLd_Serialize() => NewsPageJsonLd.Serialize(_page);

    [Benchmark]
    [BenchmarkCategory("Write")]
    public byte[] JsonLd_SerializeToUtf8Bytes() => NewsPageJsonLd.SerializeToUtf8Bytes(_page);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public NewsPage Json_Deserialize() => NewsPageJson.Deserialize(_json);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public NewsPage JsonLd_Deserialize() => NewsPageJsonLd.Deserialize(_jsonLd);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public NewsPage JsonLd_DeserializeUtf8() => NewsPageJsonLd.Deserialize(_jsonLdUtf8);
}
