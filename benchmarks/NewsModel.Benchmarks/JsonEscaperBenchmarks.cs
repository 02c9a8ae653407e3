using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsModel.Json;
using NewsModel.Tools.MakeCorpus;

namespace NewsModel.Benchmarks;

/// <summary>
/// The library's fast string escaper (<see cref="JsonStringEscaper"/>) against <see cref="Utf8JsonWriter"/>'s own
/// escaping with the same encoder, for the default encoder and the relaxed one, on the reference page and on mixed-script
/// corpus pages (tools/make-corpus: words of many scripts, letters with combining marks). Both write the same bytes;
/// each operation writes every page of the set into one reused buffer.
/// </summary>
[MemoryDiagnoser]
public class JsonEscaperBenchmarks : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private NewsPage[] _pages = [];
    private Utf8JsonWriter _default = null!;
    private Utf8JsonWriter _relaxed = null!;

    [Params("reference", "corpus")]
    public string Pages { get; set; } = "reference";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new Corpus(1);
        _pages = Pages == "reference" ? [JsonBaselines.Page()] : [.. Enumerable.Range(0, 29).Select(i => corpus.Page(i).Page)];
        _default = new Utf8JsonWriter(_buffer, NewsPageJson.WriterOptions(null));
        _relaxed = new Utf8JsonWriter(_buffer, NewsPageJson.WriterOptions(new NewsPageJsonOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Check(_default, JsonStringEscaper.Default);
        Check(_relaxed, JsonStringEscaper.Relaxed);
    }

    [Benchmark(Baseline = true)]
    public int Default_Stj() => Write(_default, null);

    [Benchmark]
    public int Default_Fast() => Write(_default, JsonStringEscaper.Default);

    [Benchmark]
    public int Relaxed_Stj() => Write(_relaxed, null);

    [Benchmark]
    public int Relaxed_Fast() => Write(_relaxed, JsonStringEscaper.Relaxed);

    [GlobalCleanup]
    public void Dispose()
    {
        _default.Dispose();
        _relaxed.Dispose();
        GC.SuppressFinalize(this);
    }

    private int Write(Utf8JsonWriter writer, JsonStringEscaper? escaper)
    {
        _buffer.ResetWrittenCount();
        foreach (var page in _pages)
        {
            NewsPageJsonWriter.Write(writer, page, escaper);
            writer.Flush();
            writer.Reset();
        }

        return _buffer.WrittenCount;
    }

    // Fail fast rather than time two writers that do not write the same bytes.
    private void Check(Utf8JsonWriter writer, JsonStringEscaper escaper)
    {
        Write(writer, null);
        var stj = _buffer.WrittenSpan.ToArray();
        Write(writer, escaper);
        if (!_buffer.WrittenSpan.SequenceEqual(stj))
        {
            throw new InvalidOperationException("The fast escaper and Utf8JsonWriter write different JSON.");
        }
    }
}
