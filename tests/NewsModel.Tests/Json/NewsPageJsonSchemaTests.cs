using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;

namespace NewsModel.Tests.Json;

/// <summary>
/// The JSON Schema of the canonical JSON (<see cref="NewsPageJson.GetJsonSchema"/>), checked by an independent validator
/// (JsonSchema.Net, formats asserted): it is a valid draft 2020-12 schema, the embedded resource is the repo's file byte for
/// byte, everything the library writes is valid under it, and it rejects what the reader rejects by shape, so it cannot be
/// vacuous.
/// </summary>
public sealed class NewsPageJsonSchemaTests
{
    private static readonly string s_schemaPath = Path.Combine(JsonTestFiles.RepoRoot, "src", "NewsModel", "Json", "Schema", "newsmodel-page.schema.json");

    private static readonly JsonSchema s_schema = JsonSchema.FromText(NewsPageJson.GetJsonSchema());

    private static readonly EvaluationOptions s_options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    // Errors of the reader that JSON Schema cannot express (see GetJsonSchema's remarks): the schema accepts these documents.
    private static readonly HashSet<string> s_readerOnly =
    [
        "lone surrogate escape", "duplicate root property", "duplicate escaped property", "duplicate keywords",
        "modified offset beyond 14 hours",
    ];

    /// <summary>The schema's errors for a document, empty when it is valid.</summary>
    internal static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1_000 });
        var result = s_schema.Evaluate(document.RootElement, s_options);
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    [Fact]
    public void GetJsonSchema_IsTheRepositoryFileByteForByte()
    {
        using var stream = typeof(NewsPageJson).Assembly.GetManifestResourceStream(NewsPageJson.JsonSchemaResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(s_schemaPath));
        NewsPageJson.GetJsonSchema().Should().Be(File.ReadAllText(s_schemaPath, Encoding.UTF8));
    }

    [Fact]
    public void Schema_IsValidUnderTheDraft202012MetaSchema()
    {
        using var document = JsonDocument.Parse(NewsPageJson.GetJsonSchema());

        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, s_options);

        result.IsValid.Should().BeTrue();
        document.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Theory]
    [InlineData("article-page.json")]
    [InlineData("tag-page.json")]
    [InlineData("metadata-page.json")]
    public void Schema_GoldenFile_IsValid(string file)
        => Errors(File.ReadAllText(JsonTestFiles.GoldenPath(file), Encoding.UTF8)).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(JsonTestPages.Names), MemberType = typeof(JsonTestPages))]
    public void Schema_HandBuiltPage_IsValidCompactAndIndented(string name)
    {
        var page = JsonTestPages.ByName[name];

        Errors(NewsPageJson.Serialize(page)).Should().BeEmpty(name);
        Errors(NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = true })).Should().BeEmpty(name);
    }

    [Fact]
    public void Schema_GeneratedPages_AreValid()
        => JsonPageGenerators.Page.Sample(
            page =>
            {
                var errors = Errors(NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = page.Stories.Length % 2 == 1 }));
                errors.Should().BeEmpty();
            },
            iter: 3_000);

    [Fact]
    public void Schema_NdjsonLinesOfGeneratedPages_AreValid()
        => JsonPageGenerators.Page.Array[1, 8].Sample(
            pages =>
            {
                using var stream = new MemoryStream();
                NewsPageNdjson.Write(stream, pages, null);
                var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
                lines[^1].Should().BeEmpty("each line ends with a line feed");
                lines[..^1].Should().HaveCount(pages.Length).And.OnlyContain(line => Errors(line).Count == 0);
            },
            iter: 300);

    [Theory]
    [MemberData(nameof(NewsPageJsonErrorTests.Cases), MemberType = typeof(NewsPageJsonErrorTests))]
    public void Schema_DocumentTheReaderRejects_IsRejected_UnlessOnlyTheReaderCanTell(string name, string json, NewsDiagnosticCode code, string path, int line, int column)
    {
        _ = (path, line, column);
        if (code == NewsDiagnosticCode.InvalidJson && !s_readerOnly.Contains(name))
        {
            // Not JSON at all: no schema applies.
            return;
        }

        NewsPageJson.DeserializeWithDiagnostics(json).Success.Should().BeFalse(name);
        if (s_readerOnly.Contains(name))
        {
            Errors(json).Should().BeEmpty($"{name}: JSON Schema cannot tell (listed in GetJsonSchema's remarks)");
        }
        else
        {
            Errors(json).Should().NotBeEmpty(name);
        }
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"schemaVersion":0}""")]
    [InlineData("""{"schemaVersion":3}""")]
    [InlineData("""{"schemaVersion":"2"}""")]
    [InlineData("""{"schemaVersion":2,"extra":1}""")]
    [InlineData("""{"schemaVersion":2,"article":{"byline":"x"}}""")]
    [InlineData("""{"schemaVersion":2,"reactions":[{"text":"t","url":"https://a.example/"}]}""")]
    [InlineData("""{"schemaVersion":2,"publisher":{"url":"https://a.example/"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"authors":[{"url":"https://a.example/"}]}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"published":"2026-03-01T08:30:00"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"published":"2026-03-01"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"published":"2026-02-30T08:30:00Z"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"identifier":"/news/1"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"keywords":"a, b"}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"image":{"aiGenerated":true,"width":0}}}""")]
    [InlineData("""{"schemaVersion":2,"article":{"image":{"aiGenerated":true,"height":"675"}}}""")]
    [InlineData("""{"schemaVersion":2,"stories":[{"aiReported":true,"digitalSourceType":"trainedAlgorithmicMedia"}]}""")]
    [InlineData("""{"schemaVersion":1,"canonicalUrl":"https://a.example/"}""")]
    [InlineData("""{"schemaVersion":1,"publisher":null}""")]
    [InlineData("""{"schemaVersion":1,"article":{"section":"World"}}""")]
    [InlineData("""{"schemaVersion":1,"article":{"image":{"aiGenerated":true,"altText":"a"}}}""")]
    [InlineData("""{"schemaVersion":1,"relatedStories":[{"aiReported":false,"url":"https://a.example/"}]}""")]
    [InlineData("""{"schemaVersion":1,"stories":[{"aiReported":false,"image":{"aiGenerated":true,"copyrightNotice":"c"}}]}""")]
    [InlineData("""{"article":{"keywords":["k"]},"schemaVersion":1}""")]
    public void Schema_DocumentBothReject_IsRejected(string json)
    {
        NewsPageJson.DeserializeWithDiagnostics(json).Success.Should().BeFalse("the reader rejects it");
        Errors(json).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{"schemaVersion":1}""")]
    [InlineData("""{"schemaVersion":2}""")]
    [InlineData("""{"schemaVersion":1,"article":{"headline":"H","image":{"aiGenerated":true,"caption":null}},"tag":null,"consent":null}""")]
    [InlineData("""{"schemaVersion":2,"article":{"published":"2026-03-01T08:30:00Z","modified":"2026-03-01T08:30:00.1234567-09:30"}}""")]
    [InlineData("""{"schemaVersion":2,"canonicalUrl":"https://例え.jp/ニュース","article":{"digitalSourceType":"digitalsourcetype:digitalCapture"}}""")]
    public void Schema_DocumentBothAccept_IsValid(string json)
    {
        NewsPageJson.DeserializeWithDiagnostics(json).Success.Should().BeTrue("the reader accepts it");
        Errors(json).Should().BeEmpty();
    }

    [Fact]
    public void Schema_GeneratedPageWithOneUnknownOrMissingMember_IsRejected()
        => Gen.Select(JsonPageGenerators.Page, Gen.UInt, Gen.Bool).Sample(
            (page, pick, remove) =>
            {
                var root = JsonNode.Parse(NewsPageJson.Serialize(page))!.AsObject();
                var objects = Objects(root).ToList();
                var target = objects[(int)(pick % objects.Count)];
                var required = target.Select(p => p.Key).FirstOrDefault(k => k is "schemaVersion" or "aiGenerated" or "aiReported" or "text" or "title" or "kind" or "label" or "name" && !(k == "name" && target.ContainsKey("followButton")) && !(k == "title" && target.ContainsKey("aiReported")));
                if (remove && required is not null)
                {
                    target.Remove(required);
                }
                else
                {
                    target["byline"] = 1;
                }

                var json = root.ToJsonString();
                NewsPageJson.DeserializeWithDiagnostics(json).Success.Should().BeFalse(json);
                Errors(json).Should().NotBeEmpty(json);
            },
            iter: 1_000);

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var inner in Objects(value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                foreach (var inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
