using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CsCheck;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Json;

/// <summary>
/// Properties over generated pages (seeded and replayable by CsCheck): the library's writer gives byte for byte what an
/// independent reflection writer of the schema gives, and every read overload gives the written page back.
/// </summary>
public sealed class NewsPageJsonPropertyTests
{
    [Fact]
    public void Serialize_GeneratedPage_MatchesIndependentReflectionWriter()
        => JsonPageGenerators.Page.Sample(
            page => NewsPageJson.Serialize(page) == ReflectionJsonOracle.Serialize(page, JavaScriptEncoder.Create(UnicodeRanges.All), indented: false),
            iter: 2_000);

    [Fact]
    public void Serialize_GeneratedPageIndented_MatchesIndependentReflectionWriter()
        => JsonPageGenerators.Page.Sample(
            page => NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = true })
                == ReflectionJsonOracle.Serialize(page, JavaScriptEncoder.Create(UnicodeRanges.All), indented: true),
            iter: 500);

    [Fact]
    public void Serialize_GeneratedPageRelaxedEncoder_MatchesIndependentReflectionWriter()
        => JsonPageGenerators.Page.Sample(
            page => NewsPageJson.Serialize(page, new NewsPageJsonOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                == ReflectionJsonOracle.Serialize(page, JavaScriptEncoder.UnsafeRelaxedJsonEscaping, indented: false),
            iter: 1_000);

    [Fact]
    public void Serialize_GeneratedPageOtherEncoder_MatchesIndependentReflectionWriter()
    {
        // An encoder the fast escaper does not know: the writer's own encoder writes the strings.
        var latinOnly = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic);
        JsonPageGenerators.Page.Sample(
            page => NewsPageJson.Serialize(page, new NewsPageJsonOptions { Encoder = latinOnly }) == ReflectionJsonOracle.Serialize(page, latinOnly, indented: false),
            iter: 500);
    }

    [Fact]
    public void SerializeOverloads_GeneratedPage_WriteTheSameBytes()
        => JsonPageGenerators.Page.Sample(
            page =>
            {
                var text = NewsPageJson.Serialize(page);
                using var stream = new MemoryStream();
                NewsPageJson.Serialize(stream, page);
                using var asyncStream = new MemoryStream();
                NewsPageJson.SerializeAsync(asyncStream, page).GetAwaiter().GetResult();
                var bytes = Encoding.UTF8.GetBytes(text);
                return NewsPageJson.SerializeToUtf8Bytes(page).AsSpan().SequenceEqual(bytes)
                    && stream.ToArray().AsSpan().SequenceEqual(bytes)
                    && asyncStream.ToArray().AsSpan().SequenceEqual(bytes);
            },
            iter: 500);

    [Fact]
    public void DeserializeOverloads_SerializedGeneratedPage_ReturnThePage()
        => JsonPageGenerators.Page.Sample(
            page =>
            {
                var json = NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = page.Reactions.Length % 2 == 0 });
                var utf8 = Encoding.UTF8.GetBytes(json);
                return NewsPageJson.Deserialize(json) == page
                    && NewsPageJson.Deserialize(utf8) == page
                    && NewsPageJson.Deserialize(TestStreams.Trickling(utf8, chunk: 1 + (utf8.Length % 7))) == page
                    && NewsPageJson.DeserializeAsync(TestStreams.AsyncOnly(utf8)).AsTask().GetAwaiter().GetResult() == page;
            },
            iter: 1_000);
}
