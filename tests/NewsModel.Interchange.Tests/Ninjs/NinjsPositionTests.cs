using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// Every diagnostic of the ninjs reader stands at the line and column of the value its path names (1-based, UTF-16
/// columns, LF, CR or CRLF line ends), as the JSON-LD reader's do. The oracle is a search of the text for the value.
/// </summary>
public sealed class NinjsPositionTests
{
    private const string Agency = """
        {
          "uri": "http://api.example.org/content/4f1e",
          "type": "text",
          "version": "3",
          "pubstatus": "usable",
          "headlines": [{"role": "main", "value": "Storm"}, {"role": "short", "value": "S"}],
          "bodies": [{"contentType": "text/html", "value": "<p>One</p><script>x()</script>"}],
          "subjects": [{"name": "Weather", "uri": "http://cv.example.org/weather"}],
          "firstCreated": "yesterday",
          "associations": [
            {"name": "main", "uri": "urn:p:9", "type": "picture",
             "renditions": [{"name": "main", "href": "http://cdn.example.org/9.jpg", "width": -3}, {"name": "thumb", "href": "http://cdn.example.org/9t.jpg"}]}
          ]
        }
        """;

    public static TheoryData<string> LineEnds => new() { "\n", "\r\n", "\r" };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void DeserializeWithDiagnostics_MultiLineItem_EveryDiagnosticAtTheValueItsPathNames(string lineEnd)
    {
        var json = Agency.ReplaceLineEndings(lineEnd);

        var result = NewsPageNinjs.DeserializeWithDiagnostics(json);

        result.Success.Should().BeTrue();
        Positions(result).Should().BeEquivalentTo(
            [
                ("$.version", At(json, "\"3\"")),
                ("$.pubstatus", At(json, "\"usable\"")),
                ("$.headlines[1]", At(json, "{\"role\": \"short\"")),
                ("$.bodies[0].value", At(json, "\"<p>One")),
                ("$.subjects[0].uri", At(json, "\"http://cv.example.org/weather\"")),
                ("$.firstCreated", At(json, "\"yesterday\"")),
                ("$.associations[0].renditions[0].width", At(json, "-3")),
                ("$.associations[0].renditions[1]", At(json, "{\"name\": \"thumb\"")),
            ],
            options => options.WithStrictOrdering());
    }

    // Many findings, the same names in sibling objects and odd names: each at its own value, in input order.
    [Fact]
    public void DeserializeWithDiagnostics_ManyFindingsInSiblingObjects_EachAtItsOwnValue()
    {
        var members = Enumerable.Range(0, 2_000).Select(i => $"\"x{i}\": {i}");
        var associations = Enumerable.Range(0, 300).Select(i => $"{{\"name\": \"s{i}\", \"uri\": \"urn:s:{i}\", \"odd name\": \"v{i}\", \"it's\": [{i}]}}");
        var json = "{\"uri\": \"urn:x\",\n \"associations\": [\n" + string.Join(",\n", associations) + "],\n \"extra\": {" + string.Join(", ", members) + "}}";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(json);

        var expected = Enumerable.Range(0, 300)
            .SelectMany(i => new (string? Path, (int Line, int Column) Position)[] { ($"$.associations[{i}]['odd name']", At(json, $"\"v{i}\"")), ($"$.associations[{i}]['it\\'s']", At(json, $"[{i}]}}")) })
            .Append(((string?)"$.extra", At(json, "{\"x0\"")));
        Positions(result).Should().Equal(expected);
    }

    [Fact]
    public void DeserializeWithDiagnostics_LettersOutsideAscii_CountsColumnsInUtf16()
    {
        const string Json = "{\"uri\": \"urn:x:1\",\n \"headlines\": [{\"value\": \"Første 😀 året\"}], \"ednote\": \"Embargo\"}";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json);

        Positions(result).Should().Equal(("$.ednote", At(Json, "\"Embargo\"")));
        result.Diagnostics.Single().Line.Should().Be(2);
    }

    [Fact]
    public void DeserializeWithDiagnostics_ItemNotText_ErrorAtItsType()
    {
        const string Json = "{\n  \"uri\": \"urn:x:1\",\n  \"type\": \"picture\"\n}";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json);

        result.Success.Should().BeFalse();
        Positions(result).Should().Equal(("$.type", (3, 11)));
    }

    [Fact]
    public void Validate_MultiLineItem_EachViolationAtItsValueAndAMissingOneAtItsObject()
    {
        const string Json = """
            {
              "uri": "urn:x",
              "urgency": 0.5,
              "headlines": [
                {"role": "main"}
              ]
            }
            """;

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json, new NewsPageNinjsOptions { Validate = true });

        result.Success.Should().BeFalse();
        Positions(result).Should().Equal(("$.urgency", (3, 14)), ("$.headlines[0].value", (5, 5)));
    }

    [Fact]
    public void DeserializeWithDiagnostics_RootNotAnObject_ErrorAtTheRoot()
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics("\n\n  [1]");

        Positions(result).Should().Equal(("$", (3, 3)));
    }

    // Malformed JSON is reported by the core's structure pass: the code, line, UTF-16 column and path NewsPageJson reports.
    [Theory]
    [InlineData("{\"uri\":\"urn:x\",\"type\":\"text\",}")]
    [InlineData("{\"uri\":\"urn:x\",\n \"title\": \"Første 😀\",\n \"type\":}")]
    [InlineData("{\"uri\":\"urn:x\"} {}")]
    [InlineData("{\"uri\":\"urn:x\",\r\n\"title\":\"H\",\r\n\"title\":\"H\"}")]
    [InlineData("")]
    [InlineData("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    public void DeserializeWithDiagnostics_BadJson_ReportsAsNewsPageJsonDoes(string json)
    {
        var ninjs = NewsPageNinjs.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;
        var canonical = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        ninjs.IsError.Should().BeTrue();
        (ninjs.Code, ninjs.Line, ninjs.Column, ninjs.Path).Should().Be((canonical.Code, canonical.Line, canonical.Column, canonical.Path));
    }

    [Fact]
    public void DeserializeWithDiagnostics_Utf8AndStreamInput_SamePositionsAsText()
    {
        var text = NewsPageNinjs.DeserializeWithDiagnostics(Agency).Diagnostics;
        var bytes = System.Text.Encoding.UTF8.GetBytes(Agency);

        NewsPageNinjs.DeserializeWithDiagnostics(bytes).Diagnostics.Should().Equal(text);
        NewsPageNinjs.DeserializeWithDiagnostics(new MemoryStream([0xEF, 0xBB, 0xBF, .. bytes])).Diagnostics.Should().Equal(text);
    }

    private static List<(string? Path, (int Line, int Column) Position)> Positions(ParseResult<NewsPage> result)
        => [.. result.Diagnostics.Select(d => (d.Path, (d.Line, d.Column)))];

    // The 1-based line and UTF-16 column of the first occurrence of a unique marker, with LF, CR or CRLF as line ends.
    private static (int Line, int Column) At(string json, string marker)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0).And.Be(json.LastIndexOf(marker, StringComparison.Ordinal), "the marker {0} is unique", marker);
        var before = json[..index].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(c => c == '\n') + 1, before.Length - lineStart + 1);
    }
}
