using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace NewsModel.Tests.Json;

public sealed class NewsPageJsonWriteTests
{
    [Fact]
    public void Serialize_Default_IsCompactWithSchemaVersionFirst()
    {
        var json = NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage);

        json.Should().StartWith("{\"schemaVersion\":2,");
        json.Should().NotContain("\n").And.NotContain(": ");
    }

    [Fact]
    public void Serialize_WriteIndented_UsesLineFeedsAndTwoSpaces()
    {
        var json = NewsPageJson.Serialize(new NewsPage { UiLanguage = "yo" }, new NewsPageJsonOptions { WriteIndented = true });

        json.Should().Be("{\n  \"schemaVersion\": 2,\n  \"uiLanguage\": \"yo\",\n  \"reactions\": [],\n  \"relatedStories\": [],\n  \"stories\": []\n}");
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsIs()
    {
        var json = NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage);

        json.Should().Contain("Ojú-ìwé yìí nlo kuki").And.Contain("Второй абзац по-русски.").And.Contain("\"Kọ\"");
    }

    [Theory]
    [InlineData("<", "\\u003C")]
    [InlineData(">", "\\u003E")]
    [InlineData("&", "\\u0026")]
    [InlineData("'", "\\u0027")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u0001", "\\u0001")]
    [InlineData("😀", "\\uD83D\\uDE00")]
    public void Serialize_HtmlSensitiveOrInvisibleCharacter_IsEscaped(string character, string escaped)
    {
        var json = NewsPageJson.Serialize(new NewsPage { UnclassifiedText = ["a" + character + "b"] });

        json.Should().Contain("\"a" + escaped + "b\"").And.NotContain(character);
    }

    [Fact]
    public void Serialize_RelaxedEncoder_WritesApostrophesAsTheyAre()
    {
        var options = new NewsPageJsonOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        var json = NewsPageJson.Serialize(new NewsPage { UnclassifiedText = ["the town's mayor"] }, options);

        json.Should().Contain("\"the town's mayor\"");
        NewsPageJson.Deserialize(json).UnclassifiedText.Should().Equal("the town's mayor");
    }

    [Fact]
    public void Serialize_NullMembers_AreOmitted()
    {
        var json = NewsPageJson.Serialize(new NewsPage { Article = new NewsArticle(), Stories = [new StoryCard()] });

        json.Should().Be("""{"schemaVersion":2,"article":{"body":[]},"reactions":[],"relatedStories":[],"stories":[{"aiReported":false}]}""");
    }

    [Fact]
    public void Serialize_UnclassifiedText_IsWrittenOnlyWhenNotEmpty()
    {
        NewsPageJson.Serialize(new NewsPage()).Should().NotContain("unclassifiedText");
        NewsPageJson.Serialize(new NewsPage { UnclassifiedText = ["x"] }).Should().EndWith(",\"unclassifiedText\":[\"x\"]}");
    }

    [Theory]
    [InlineData(ConsentActionKind.Decline, "decline")]
    [InlineData(ConsentActionKind.Accept, "accept")]
    [InlineData(ConsentActionKind.Other, "other")]
    public void Serialize_ConsentActionKind_IsCamelCaseString(ConsentActionKind kind, string name)
    {
        var json = NewsPageJson.Serialize(new NewsPage { Consent = new ConsentNotice { Title = "T", Actions = [new ConsentAction(kind, "L")] } });

        json.Should().Contain("\"actions\":[{\"kind\":\"" + name + "\",\"label\":\"L\"}]");
    }

    [Fact]
    public void Serialize_UndefinedConsentActionKind_CannotBeBuilt()
    {
        // The model refuses the value, so no page that Serialize could not write exists.
        var act = () => NewsPageJson.Serialize(new NewsPage { Consent = new ConsentNotice { Title = "T", Actions = [new ConsentAction((ConsentActionKind)42, "L")] } });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("ConsentAction.Kind");
    }

    [Fact]
    public void Serialize_NullPage_Throws()
    {
        var act = () => NewsPageJson.Serialize(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Options_MaxDepthBelowOne_Throws()
    {
        var act = () => new NewsPageJsonOptions { MaxDepth = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TypeInfoResolver_CombinedWithApplicationResolver_WritesAndReadsCanonicalPage()
    {
        // The page follows the application's writer settings; with the same encoder it is the canonical text.
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsPageJson.TypeInfoResolver, EnvelopeContext.Default),
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        var envelope = new Envelope { Id = 7, Page = JsonTestPages.GoldenTagPage };

        var json = JsonSerializer.Serialize(envelope, options);
        var back = JsonSerializer.Deserialize<Envelope>(json, options);

        json.Should().Be("{\"Id\":7,\"Page\":" + NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "}");
        back!.Page.Should().Be(JsonTestPages.GoldenTagPage);
    }

    [Fact]
    public void TypeInfoResolver_InvalidPage_ThrowsJsonException()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsPageJson.TypeInfoResolver, EnvelopeContext.Default) };

        var act = () => JsonSerializer.Deserialize<Envelope>("""{"Id":1,"Page":{"schemaVersion":3}}""", options);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Model_HasNoSerializerAttributes()
    {
        var modelTypes = typeof(NewsPage).Assembly.GetExportedTypes().Where(t => t.Namespace == "NewsModel" && !t.Name.Contains("Json", StringComparison.Ordinal));
        var attributes = modelTypes
            .SelectMany(t => t.GetCustomAttributes(inherit: false)
                .Concat(t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).SelectMany(m => m.GetCustomAttributes(inherit: false)))
                .Select(a => (Type: t, Attribute: a.GetType())))
            .Where(x => x.Attribute.Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true)
            .ToList();

        modelTypes.Should().Contain(typeof(NewsPage));
        attributes.Should().BeEmpty();
    }
}

public sealed class Envelope
{
    public int Id { get; set; }

    public NewsPage? Page { get; set; }
}

[JsonSerializable(typeof(Envelope))]
internal sealed partial class EnvelopeContext : JsonSerializerContext
{
}
