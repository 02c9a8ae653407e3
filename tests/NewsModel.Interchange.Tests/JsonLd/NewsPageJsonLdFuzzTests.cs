using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>The reading forms that never throw do not, on any input: random bytes, mutated documents, deep nesting, huge arrays; and they take linear time.</summary>
public sealed class NewsPageJsonLdFuzzTests
{
    [Fact]
    public void DeserializeWithDiagnostics_RandomBytes_NeverThrows()
        => Gen.Byte.Array[0, 200].Sample(
            bytes =>
            {
                var result = NewsPageJsonLd.DeserializeWithDiagnostics(bytes);
                (result.Success || result.Diagnostics.Any(d => d.IsError)).Should().BeTrue();
                NewsPageJsonLd.TryDeserialize(bytes, out _);
                NewsPageJsonLd.DeserializeWithDiagnostics(new MemoryStream(bytes));
            },
            iter: 5000);

    [Fact]
    public void DeserializeWithDiagnostics_MutatedDocument_NeverThrows()
    {
        var documents = new[]
        {
            NewsPageJsonLd.SerializeToUtf8Bytes(new NewsPage
            {
                ContentLanguage = "en",
                CanonicalUrl = "https://news.example/a",
                Publisher = new NewsPublisher("P", "https://news.example/", "https://news.example/l.png"),
                Article = new NewsArticle
                {
                    Headline = "H", Summary = "S", Body = ["a", "b\nc"], Keywords = ["k"], Authors = [new NewsAuthor("A", "https://news.example/p")],
                    Published = DateTimeOffset.UnixEpoch, Image = new NewsImage("C", true) { Url = "https://news.example/i.jpg", Width = 3, Height = 4 },
                },
                RelatedStories = [new StoryCard { Title = "T", Summary = "S", AiReported = true, Url = "https://news.example/b" }],
            }),
            Encoding.UTF8.GetBytes("""{"@context":"https://schema.org","@graph":[{"@type":["NewsArticle"],"@id":"#a","image":{"@id":"#i"},"author":[{"@id":"#p"},"B"],"mainEntityOfPage":{"@id":"#w"},"keywords":"a,b"},{"@type":"ImageObject","@id":"#i","width":{"@type":"QuantitativeValue","value":3}},{"@type":"Person","@id":"#p","name":{"@value":"P"}},{"@type":"WebPage","@id":"#w","mainEntity":{"@id":"#a"},"hasPart":[{"@id":"#a"},{"@id":"#w"}]}]}"""),
        };
        var mutation = Gen.Select(Gen.Int[0, documents.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Byte, (document, at, kind, b) => (document, at, kind, b));
        mutation.Array[1, 6].Sample(
            mutations =>
            {
                var bytes = documents[mutations[0].document].ToList();
                foreach (var (_, at, kind, b) in mutations)
                {
                    var i = bytes.Count == 0 ? 0 : at % bytes.Count;
                    switch (kind)
                    {
                        case 0 when bytes.Count > 0: bytes[i] = b; break;
                        case 1: bytes.Insert(i, b); break;
                        case 2 when bytes.Count > 0: bytes.RemoveAt(i); break;
                        default: bytes.RemoveRange(i, bytes.Count - i); break;
                    }
                }

                NewsPageJsonLd.DeserializeWithDiagnostics(bytes.ToArray());
            },
            iter: 5000);
    }

    [Fact]
    public void DeserializeWithDiagnostics_ReferenceCycles_Terminate()
    {
        const string Json = """
            {"@graph":[{"@type":"NewsArticle","@id":"#a","image":{"@id":"#a"},"author":{"@id":"#a"},"publisher":{"@id":"#b"},"mainEntityOfPage":{"@id":"#a"}},
                       {"@type":"Organization","@id":"#b","logo":{"@id":"#b"},"name":"B"},
                       {"@type":"WebPage","@id":"#w","mainEntity":{"@id":"#a"},"hasPart":{"@id":"#w"}}]}
            """;

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(Json);

        result.Success.Should().BeTrue();
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void DeserializeWithDiagnostics_DeepNesting_IsTooDeep(int depth)
    {
        var json = new string('[', depth) + new string(']', depth);

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json, new NewsPageJsonLdOptions { MaxInputLength = 4 * depth });

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.JsonTooDeep);
    }

    [Fact]
    public void DeserializeWithDiagnostics_HugeArrays_TakeLinearTime()
    {
        // Unmapped items (each a warning, positions found in one pass), keywords and list items: 8x the input, about 8x the time.
        static byte[] Document(int n)
        {
            var builder = new StringBuilder("{\"@type\":\"NewsArticle\",\"video\":[");
            builder.AppendJoin(',', Enumerable.Repeat("{\"a\":1}", n)).Append("],\n\"keywords\":[");
            builder.AppendJoin(',', Enumerable.Repeat("\"k\"", n)).Append("],\"image\":[");
            builder.AppendJoin(',', Enumerable.Repeat("\"https://i.example/1.jpg\"", n)).Append("]}");
            return Encoding.UTF8.GetBytes(builder.ToString());
        }

        var options = new NewsPageJsonLdOptions { MaxInputLength = 64 * 1024 * 1024 };
        var small = Document(10_000);
        var large = Document(80_000);
        NewsPageJsonLd.DeserializeWithDiagnostics(small, options).Success.Should().BeTrue();

        // Warm-up beyond the first call, so that neither size is timed in code the JIT has not optimized yet.
        for (var i = 0; i < 4; i++)
        {
            NewsPageJsonLd.DeserializeWithDiagnostics(small, options);
        }

        NewsPageJsonLd.DeserializeWithDiagnostics(large, options);

        // Allocation is deterministic: 8x the input allocates about 8x (quadratic copies would be 64x).
        var smallBytes = Allocated(() => NewsPageJsonLd.DeserializeWithDiagnostics(small, options));
        var largeBytes = Allocated(() => NewsPageJsonLd.DeserializeWithDiagnostics(large, options));
        ((double)largeBytes / smallBytes).Should().BeLessThan(12, $"{small.Length} bytes allocated {smallBytes}, {large.Length} allocated {largeBytes}");

        // Time too (quadratic work that allocates nothing would be 64x), with a generous bound (4x linear, as caches make even
        // linear work grow faster at 8x the size) and up to five rounds, as a busy shared machine (CI runs the test
        // assemblies side by side) can slow a single measurement.
        var ratios = new List<double>();
        for (var round = 0; round < 5 && (ratios.Count == 0 || ratios[^1] >= 32); round++)
        {
            var smallTime = Best(() => NewsPageJsonLd.DeserializeWithDiagnostics(small, options));
            var largeTime = Best(() => NewsPageJsonLd.DeserializeWithDiagnostics(large, options));
            ratios.Add(largeTime / smallTime);
        }

        ratios.Min().Should().BeLessThan(32, $"8x the input took {string.Join(", ", ratios.Select(r => r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} times as long");
        NewsPageJsonLd.DeserializeWithDiagnostics(large, options).Value.Article!.Keywords.Should().HaveCount(80_000);
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
