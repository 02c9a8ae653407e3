using System.Text;
using CsCheck;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// Model → ninjs → model over generated hard pages: what comes back is exactly what ninjs carries
/// (<see cref="NinjsGenerators.Carried"/>, written from the documented contract, not from the reader), for both versions,
/// every read overload, and with no warning (the library's own output maps completely).
/// </summary>
public sealed class NinjsRoundTripTests
{
    [Theory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public void Deserialize_SerializedGeneratedPage_KeepsEverythingNinjsCarries(NinjsVersion version)
        => NinjsGenerators.Page.Sample(
            page =>
            {
                var json = NewsPageNinjs.Serialize(page, version);
                var result = NewsPageNinjs.DeserializeWithDiagnostics(json);
                return result.Success && result.Diagnostics.IsEmpty && result.Value == NinjsGenerators.Carried(page);
            },
            iter: 3_000,
            print: page => NewsPageNinjs.Serialize(page, version) + "\n" + NewsPageNinjs.DeserializeWithDiagnostics(NewsPageNinjs.Serialize(page, version)) + "\nexpected " + NinjsGenerators.Carried(page));

    [Fact]
    public void Deserialize_EveryOverloadAndVersionOption_GiveTheSamePage()
        => NinjsGenerators.Page.Sample(
            page =>
            {
                var expected = NinjsGenerators.Carried(page);
                var bytes = NewsPageNinjs.SerializeToUtf8Bytes(page, new NewsPageNinjsOptions { Version = NinjsVersion.V2_2 });
                var stated = new NewsPageNinjsOptions { Version = NinjsVersion.V2_2 };
                using var stream = new MemoryStream(bytes);
                var indented = NewsPageNinjs.Serialize(page, new NewsPageNinjsOptions { WriteIndented = true });
                return NewsPageNinjs.Deserialize(bytes) == expected
                    && NewsPageNinjs.Deserialize(stream, stated) == expected
                    && NewsPageNinjs.TryDeserialize(Encoding.UTF8.GetString(bytes), out var fromString) && fromString == expected
                    && NewsPageNinjs.Deserialize(indented) == expected;
            },
            iter: 500);

    [Fact]
    public void Serialize_StreamAndWriterOverloads_WriteTheSameBytes()
        => NinjsGenerators.Page.Sample(
            page =>
            {
                var expected = NewsPageNinjs.SerializeToUtf8Bytes(page);
                using var stream = new MemoryStream();
                NewsPageNinjs.Serialize(stream, page);
                using var buffer = new MemoryStream();
                using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
                {
                    NewsPageNinjs.Serialize(writer, page);
                }

                return stream.ToArray().AsSpan().SequenceEqual(expected) && buffer.ToArray().AsSpan().SequenceEqual(expected);
            },
            iter: 500);

    [Fact]
    public void Serialize_SamePageTwice_WritesTheSameDerivedUri()
    {
        var page = new NewsPage { Article = new NewsArticle { Headline = "A" } };

        var first = NewsPageNinjs.Serialize(page);
        var second = NewsPageNinjs.Serialize(page with { });

        first.Should().Be(second).And.Contain("\"uri\":\"urn:newsmodel:");
        NewsPageNinjs.Serialize(page with { Article = new NewsArticle { Headline = "B" } }).Should().NotBe(first);
    }
}
