using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Benchmarks;

/// <summary>
/// The reference page as IPTC ninjs: writing 3.1 and 2.2 and reading 3.1 back, against NewsModel's own JSON as the
/// baseline in the same run. ninjs carries more (a plain-text and an HTML body, the picture and related stories as
/// associations; an HTML body that says more than the plain one is parsed on reading), so the ratio says what the interchange format costs over the canonical one.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NinjsBenchmarks
{
    private NewsPage _page = new();
    private string _json = "";
    private byte[] _ninjs31 = [];
    private byte[] _ninjs22 = [];
    private byte[] _ninjs31HtmlBody = [];

    [GlobalSetup]
    public void Setup()
    {
        _page = JsonBaselines.Page();
        _json = NewsPageJson.Serialize(_page);
        _ninjs31 = NewsPageNinjs.SerializeToUtf8Bytes(_page);
        _ninjs22 = NewsPageNinjs.SerializeToUtf8Bytes(_page, new NewsPageNinjsOptions { Version = NinjsVersion.V2_2 });
        // As agencies often send it: the body as HTML only, which the reader must parse.
        var item = JsonNode.Parse(_ninjs31)!.AsObject();
        item["bodies"]!.AsArray().RemoveAt(0);
        _ninjs31HtmlBody = Encoding.UTF8.GetBytes(item.ToJsonString());
        if (NewsPageNinjs.DeserializeWithDiagnostics(_ninjs31) is not { Success: true, Diagnostics.IsEmpty: true })
        {
            throw new InvalidOperationException("The ninjs reader does not read the writer's output cleanly.");
        }

        Console.WriteLine($"// NewsModel JSON {Encoding.UTF8.GetByteCount(_json)} bytes, ninjs 3.1 {_ninjs31.Length} bytes, ninjs 2.2 {_ninjs22.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public string Write_NewsPageJson() => NewsPageJson.Serialize(_page);

    [Benchmark]
    [BenchmarkCategory("Write")]
    public string Write_Ninjs31() => NewsPageNinjs.Serialize(_page);

    [Benchmark]
    [BenchmarkCategory("Write")]
    public string Write_Ninjs22() => NewsPageNinjs.Serialize(_page, NinjsVersion.V2_2);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public NewsPage Read_NewsPageJson() => NewsPageJson.Deserialize(_json);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public NewsPage Read_Ninjs31() => NewsPageNinjs.Deserialize(_ninjs31);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public NewsPage Read_Ninjs31HtmlBodyOnly() => NewsPageNinjs.Deserialize(_ninjs31HtmlBody);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public NewsPage Read_Ninjs31Validated() => NewsPageNinjs.Deserialize(_ninjs31, s_validate);

    private static readonly NewsPageNinjsOptions s_validate = new() { Validate = true };
}
