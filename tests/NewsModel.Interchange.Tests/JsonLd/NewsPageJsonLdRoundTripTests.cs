using System.Text;
using CsCheck;
using NewsModel.Interchange.JsonLd;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>Model → JSON-LD → model keeps every field JSON-LD carries (<see cref="JsonLdPageGenerators.Carried(NewsPage)"/> says which), with no diagnostic.</summary>
public sealed class NewsPageJsonLdRoundTripTests
{
    [Fact]
    public void Deserialize_SerializedGeneratedPage_ReturnsWhatJsonLdCarries()
        => JsonLdPageGenerators.Page.Sample(
            page =>
            {
                var result = NewsPageJsonLd.DeserializeWithDiagnostics(NewsPageJsonLd.Serialize(page));
                return result.Success && result.Diagnostics.IsEmpty && result.Value == JsonLdPageGenerators.Carried(page);
            },
            iter: 3000,
            print: page => page + "\n" + NewsPageJsonLd.Serialize(page, new NewsPageJsonLdOptions { WriteIndented = true }) + "\n"
                + string.Join("\n", NewsPageJsonLd.DeserializeWithDiagnostics(NewsPageJsonLd.Serialize(page)).Diagnostics));

    [Fact]
    public void Serialize_EveryOverloadAndIndentation_ReadsBackTheSame()
        => JsonLdPageGenerators.Page.Sample(
            page =>
            {
                var expected = JsonLdPageGenerators.Carried(page);
                var compact = NewsPageJsonLd.Serialize(page);
                var indented = NewsPageJsonLd.Serialize(page, new NewsPageJsonLdOptions { WriteIndented = true });
                using var stream = new MemoryStream();
                NewsPageJsonLd.Serialize(stream, page);
                using var buffer = new MemoryStream();
                using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    NewsPageJsonLd.Serialize(writer, page);
                }

                return Encoding.UTF8.GetString(NewsPageJsonLd.SerializeToUtf8Bytes(page)) == compact
                    && Encoding.UTF8.GetString(stream.ToArray()) == compact
                    && NewsPageJsonLd.Deserialize(indented) == expected
                    && NewsPageJsonLd.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(compact))) == expected
                    && NewsPageJsonLd.Deserialize(buffer.ToArray()) == expected;
            },
            iter: 500);

    [SkippableFact]
    public void Deserialize_SerializedReferencePage_EqualsParsedPage()
    {
        // The page text carries nothing JSON-LD drops but the interface language and the reactions.
        var parsed = NewsPageText.Parse(Repository.ReadReferencePage());

        var read = NewsPageJsonLd.DeserializeWithDiagnostics(NewsPageJsonLd.Serialize(parsed));

        read.Diagnostics.Should().BeEmpty();
        read.Value.Should().Be(parsed with { UiLanguage = null, Reactions = [], Consent = null });
    }
}
