using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsModel.Interchange.Ninjs;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// Hostile input and content: the Try and WithDiagnostics reads never throw (mutated documents, random bytes, failing
/// streams, deep and big input) and stay linear; hostile text goes through the writer escaped and reads back as text.
/// </summary>
[Collection(nameof(NinjsHardeningTests))]
public sealed class NinjsHardeningTests
{
    private static readonly NewsPageNinjsOptions[] s_options =
    [
        NewsPageNinjsOptions.Default,
        new() { Validate = true },
        new() { Validate = true, Version = NinjsVersion.V2_2, AcceptNonTextItems = true },
        new() { MaxDepth = 3 },
    ];

    // Documents of the library's own and of others, each cut, spliced and overwritten at random places.
    private static readonly Gen<byte[]> s_mutated =
        from page in NinjsGenerators.Page
        from version in Gen.Bool
        from cuts in Gen.Select(Gen.Int[0, 4096], Gen.Int[0, 4096], Gen.Byte).Array[1, 6]
        select Mutate(NewsPageNinjs.SerializeToUtf8Bytes(page, new NewsPageNinjsOptions { Version = version ? NinjsVersion.V3_1 : NinjsVersion.V2_2 }), cuts);

    [Fact]
    public void DeserializeWithDiagnostics_MutatedDocuments_NeverThrows()
        => s_mutated.Sample(
            bytes =>
            {
                foreach (var options in s_options)
                {
                    var result = NewsPageNinjs.DeserializeWithDiagnostics(bytes, options);
                    if (result.Success == result.Diagnostics.Any(d => d.IsError))
                    {
                        return false;
                    }

                    NewsPageNinjs.TryDeserialize(Encoding.UTF8.GetString(bytes), options, out _);
                }

                return true;
            },
            iter: 3_000);

    [Fact]
    public void DeserializeWithDiagnostics_RandomJsonShapes_NeverThrows()
    {
        var names = new[] { "uri", "type", "headlines", "bodies", "descriptions", "associations", "renditions", "digitalSourceType", "digitalsourcetype", "value", "contentType", "role", "name", "people", "subjects", "places", "geoJSON", "eventDetails", "dates", "startDate", "urgency", "rightsInfo", "contactInfo", "href", "width" };
        var leaf = Gen.OneOf(
            Gen.Const("null"), Gen.Const("true"), Gen.Const("1.5"), Gen.Const("-7"), Gen.Const("1e400"), Gen.Const("\"\\uD800\""),
            Gen.Const("\"<p>a<br><br>b<script>x</script>\""), Gen.Const("\"text\""), Gen.Const("\"picture\""), Gen.Const("\"2025-01-01T00:00:00Z\""));
        var value = Gen.Recursive<string>((depth, inner) => depth > 4 ? leaf : Gen.OneOf(
            leaf,
            inner.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]"),
            Gen.Select(Gen.Int[0, names.Length - 1], inner).Array[0, 4]
                .Select(members => "{" + string.Join(",", members.DistinctBy(m => m.Item1).Select(m => $"\"{names[m.Item1]}\":{m.Item2}")) + "}")));
        value.Sample(
            json =>
            {
                foreach (var options in s_options)
                {
                    NewsPageNinjs.DeserializeWithDiagnostics(json, options);
                }

                return true;
            },
            iter: 3_000);
    }

    [Fact]
    public void DeserializeWithDiagnostics_FailingStream_ReportsReadFailed()
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics(new ThrowingStream());

        result.Diagnostics.Should().ContainSingle(d => d.Code == NewsDiagnosticCode.ReadFailed);
        NewsPageNinjs.TryDeserialize(new ThrowingStream(), out _).Should().BeFalse();
    }

    [Fact]
    public void DeserializeWithDiagnostics_InputOverLimit_FailsWithInputTooLarge()
    {
        var json = NewsPageNinjs.Serialize(new NewsPage { Article = new NewsArticle { Headline = new string('a', 200) } });
        var options = new NewsPageNinjsOptions { MaxInputLength = 100 };

        // Every overload: the same error at the root, whether a stream's length is known beforehand (MemoryStream) or not.
        var results = new[]
        {
            NewsPageNinjs.DeserializeWithDiagnostics(json, options),
            NewsPageNinjs.DeserializeWithDiagnostics(Encoding.UTF8.GetBytes(json), options),
            NewsPageNinjs.DeserializeWithDiagnostics(new MemoryStream(Encoding.UTF8.GetBytes(json)), options),
            NewsPageNinjs.DeserializeWithDiagnostics(TestStreams.Trickling(Encoding.UTF8.GetBytes(json), 16), options),
        };
        results.Should().AllSatisfy(result => result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InputTooLarge, Path = "$" }));
    }

    [Fact]
    public void DeserializeWithDiagnostics_JsonDeeperThanMaxDepth_FailsWithoutThrowing()
    {
        var json = "{\"uri\":\"urn:x\",\"associations\":" + string.Concat(Enumerable.Repeat("[", 100_000)) + string.Concat(Enumerable.Repeat("]", 100_000)) + "}";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Code == NewsDiagnosticCode.JsonTooDeep).Which.Line.Should().Be(1);
    }

    public static TheoryData<string> HostileBodies => new()
    {
        "<div>",
        "<b><i><u>",
        "<table><tr><td>",
        "<a href=x>",
        "<p>a<br>",
        "<script>",
        "<!--",
        "&amp;&#x",
        "<<<<a",
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public void DeserializeWithDiagnostics_HostileHtmlBody_GrowsLinearly(string unit)
    {
        string Document(int count)
        {
            var html = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                html.Append(unit).Append('x');
            }

            return NewsPageNinjs.Serialize(new NewsPage { Article = new NewsArticle { Headline = "H" } }).Replace(
                "\"headlines\"", "\"bodies\":[{\"contentType\":\"text/html\",\"value\":" + System.Text.Json.JsonSerializer.Serialize(html.ToString()) + "}],\"headlines\"", StringComparison.Ordinal);
        }

        var options = new NewsPageNinjsOptions { MaxInputLength = 16 * 1024 * 1024 };
        var small = Document(40_000);
        var large = Document(160_000);
        NewsPageNinjs.DeserializeWithDiagnostics(small, options).Success.Should().BeTrue();
        NewsPageNinjs.DeserializeWithDiagnostics(large, options).Success.Should().BeTrue();

        // Four times the input (40,000 units against 160,000): linear work takes about four times as long; quadratic work sixteen. Best of five runs.
        // A machine shared with other builds can slow one measurement down; quadratic work fails every attempt.
        var ratio = double.MaxValue;
        for (var attempt = 0; attempt < 3 && ratio >= 10; attempt++)
        {
            ratio = Best(() => NewsPageNinjs.DeserializeWithDiagnostics(large, options)) / Best(() => NewsPageNinjs.DeserializeWithDiagnostics(small, options));
        }

        ratio.Should().BeLessThan(10, "reading four times the hostile markup should take about four times as long");
    }

    [Fact]
    public void Serialize_HostileText_IsEscapedAndReadsBackAsText()
    {
        const string Hostile = "</script><script>alert('x')</script>\u2028\u2029<!-- & \"";
        var page = new NewsPage
        {
            ContentLanguage = Hostile,
            Article = new NewsArticle { Headline = Hostile, Summary = Hostile, Body = [Hostile, "</p><p>"], Image = new NewsImage(Hostile, true) { AltText = Hostile } },
            RelatedStories = [new StoryCard { Title = Hostile, Summary = Hostile }],
        };

        foreach (var version in new[] { NinjsVersion.V3_1, NinjsVersion.V2_2 })
        {
            var json = NewsPageNinjs.Serialize(page, version);

            json.Should().NotContainAny("<", ">", "&", "'", "\u2028", "\u2029");
            NewsPageNinjs.DeserializeWithDiagnostics(json).Value.Should().Be(NinjsGenerators.Carried(page));
        }
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return Math.Max(best, 1);
    }

    private static byte[] Mutate(byte[] bytes, (int Position, int Length, byte Value)[] cuts)
    {
        var result = new List<byte>(bytes);
        foreach (var (position, length, value) in cuts)
        {
            if (result.Count == 0)
            {
                break;
            }

            var at = position % result.Count;
            switch (length % 3)
            {
                case 0: result.RemoveRange(at, Math.Min(length % 16, result.Count - at)); break;
                case 1: result[at] = value; break;
                default: result.InsertRange(at, result.GetRange(0, Math.Min(length % 64, result.Count))); break;
            }
        }

        return [.. result];
    }

    private sealed class ThrowingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("The disk is gone.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

[CollectionDefinition(nameof(NinjsHardeningTests), DisableParallelization = true)]
public sealed class NinjsHardeningTestsDefinition;
