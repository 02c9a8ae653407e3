using System.Text;
using System.Text.Json;
using CsCheck;

namespace NewsModel.Tests.Json;

/// <summary>
/// <see cref="NewsPageJson.TypeInfo"/> through System.Text.Json's own entry points gives exactly the canonical form:
/// byte for byte what <see cref="NewsPageJson.Serialize(NewsPage)"/> writes, and the page back when reading it.
/// </summary>
public sealed class NewsPageJsonTypeInfoTests
{
    public static TheoryData<string> GoldenPages => ["article", "tag"];

    [Theory]
    [MemberData(nameof(GoldenPages))]
    public void JsonSerializerSerialize_GoldenPage_IsTheCanonicalText(string name)
    {
        var page = Golden(name);

        JsonSerializer.Serialize(page, NewsPageJson.TypeInfo).Should().Be(NewsPageJson.Serialize(page));
        JsonSerializer.SerializeToUtf8Bytes(page, NewsPageJson.TypeInfo).Should().Equal(NewsPageJson.SerializeToUtf8Bytes(page));
    }

    [Fact]
    public void JsonSerializerSerialize_HtmlSensitiveAndInvisibleCharacters_AreEscapedAsTheCanonicalForm()
    {
        var page = new NewsPage { UnclassifiedText = ["<script>'&'</script> \u2028 \u00A0 😀 ìròyìn Жש中"] };

        var json = JsonSerializer.Serialize(page, NewsPageJson.TypeInfo);

        json.Should().Be(NewsPageJson.Serialize(page)).And.Contain("\\u003Cscript\\u003E").And.Contain("ìròyìn Жש中");
    }

    [Fact]
    public void JsonSerializerSerialize_GeneratedPage_IsByteIdenticalToSerialize()
        => JsonPageGenerators.Page.Sample(
            page => JsonSerializer.SerializeToUtf8Bytes(page, NewsPageJson.TypeInfo).AsSpan().SequenceEqual(NewsPageJson.SerializeToUtf8Bytes(page)),
            iter: 2_000);

    [Fact]
    public void JsonSerializerDeserialize_GeneratedPageCanonicalText_IsThePage()
        => JsonPageGenerators.Page.Sample(
            page =>
            {
                var json = NewsPageJson.Serialize(page);
                return JsonSerializer.Deserialize(json, NewsPageJson.TypeInfo) == page
                    && JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), NewsPageJson.TypeInfo) == page;
            },
            iter: 1_000);

    [Fact]
    public async Task JsonSerializerStreams_GoldenPage_WriteAndReadTheCanonicalBytes()
    {
        var page = Golden("article");
        using var stream = new MemoryStream();

        await JsonSerializer.SerializeAsync(stream, page, NewsPageJson.TypeInfo);
        stream.ToArray().Should().Equal(NewsPageJson.SerializeToUtf8Bytes(page));
        stream.Position = 0;
        (await JsonSerializer.DeserializeAsync(stream, NewsPageJson.TypeInfo)).Should().Be(page);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"unknown":1}""")]
    [InlineData("""{"schemaVersion":1,"uiLanguage":"yo","uiLanguage":"yo"}""")]
    [InlineData("""{"schemaVersion":1,"stories":[null]}""")]
    [InlineData("""{"schemaVersion":99}""")]
    public void JsonSerializerDeserialize_InvalidPage_ThrowsJsonException(string json)
    {
        var act = () => JsonSerializer.Deserialize(json, NewsPageJson.TypeInfo);

        act.Should().Throw<JsonException>();
    }

    private static NewsPage Golden(string name) => name == "article" ? JsonTestPages.GoldenArticlePage : JsonTestPages.GoldenTagPage;
}
