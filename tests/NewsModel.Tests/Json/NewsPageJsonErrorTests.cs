using System.Text;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Json;

/// <summary>
/// Every kind of bad input: the code, the JSON path, the 1-based line and UTF-16 column, and no page.
/// Positions point at the offending token (a value, a null item, a property name, the byte the reader could not read); a
/// missing member is reported at the closing brace of the object that lacks it.
/// </summary>
public sealed class NewsPageJsonErrorTests
{
    public static TheoryData<string, string, NewsDiagnosticCode, string, int, int> Cases() => new()
    {
        // name, JSON, code, path, line, column
        { "syntax error on line 2", "{\"schemaVersion\":1,\n\"uiLanguage\": }", NewsDiagnosticCode.InvalidJson, "$.uiLanguage", 2, 15 },
        { "truncated", """{"schemaVersion":1""", NewsDiagnosticCode.InvalidJson, "$.schemaVersion", 1, 19 },
        { "trailing comma", """{"schemaVersion":1,}""", NewsDiagnosticCode.InvalidJson, "$.schemaVersion", 1, 20 },
        { "comment", """{"schemaVersion":1/**/}""", NewsDiagnosticCode.InvalidJson, "$.schemaVersion", 1, 19 },
        { "empty input", "", NewsDiagnosticCode.InvalidJson, "$", 1, 1 },
        { "second root value", """{"schemaVersion":1} {}""", NewsDiagnosticCode.InvalidJson, "$", 1, 21 },
        { "unterminated string", """{"schemaVersion":1,"uiLanguage":"yo}""", NewsDiagnosticCode.InvalidJson, "$.uiLanguage", 1, 37 },
        { "lone surrogate escape", """{"schemaVersion":1,"uiLanguage":"\ud800"}""", NewsDiagnosticCode.InvalidJson, "$.uiLanguage", 1, 33 },
        { "root is an array", "[]", NewsDiagnosticCode.InvalidJsonValue, "$", 1, 1 },
        { "root is null", "null", NewsDiagnosticCode.InvalidJsonValue, "$", 1, 1 },
        { "string is a number", """{"schemaVersion":1,"uiLanguage":5}""", NewsDiagnosticCode.InvalidJsonValue, "$.uiLanguage", 1, 33 },
        { "article is a string", """{"schemaVersion":1,"article":"x"}""", NewsDiagnosticCode.InvalidJsonValue, "$.article", 1, 30 },
        { "body item is a number", """{"schemaVersion":1,"article":{"body":["a",2]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.body[1]", 1, 43 },
        { "body item is null", """{"schemaVersion":1,"article":{"body":["a",null]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.body[1]", 1, 43 },
        { "reaction is null", """{"schemaVersion":1,"reactions":[null]}""", NewsDiagnosticCode.InvalidJsonValue, "$.reactions[0]", 1, 33 },
        { "array is null", """{"schemaVersion":1,"reactions":null}""", NewsDiagnosticCode.InvalidJsonValue, "$.reactions", 1, 32 },
        { "boolean is a string", """{"schemaVersion":1,"stories":[{"aiReported":"yes"}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.stories[0].aiReported", 1, 45 },
        { "required string is null", """{"schemaVersion":1,"consent":{"title":null}}""", NewsDiagnosticCode.InvalidJsonValue, "$.consent.title", 1, 39 },
        { "unknown root property", """{"schemaVersion":1,"extra":true}""", NewsDiagnosticCode.InvalidJsonValue, "$.extra", 1, 20 },
        { "unknown nested property", """{"schemaVersion":1,"article":{"byline":"x"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.byline", 1, 31 },
        { "missing schemaVersion", "{}", NewsDiagnosticCode.MissingJsonProperty, "$.schemaVersion", 1, 2 },
        { "missing consent title", """{"schemaVersion":1,"consent":{"message":"m"}}""", NewsDiagnosticCode.MissingJsonProperty, "$.consent.title", 1, 44 },
        { "missing reaction text", """{"schemaVersion":1,"reactions":[{"platform":"X"}]}""", NewsDiagnosticCode.MissingJsonProperty, "$.reactions[0].text", 1, 48 },
        { "missing aiGenerated", """{"schemaVersion":1,"article":{"image":{"caption":"c"}}}""", NewsDiagnosticCode.MissingJsonProperty, "$.article.image.aiGenerated", 1, 53 },
        { "missing aiReported", """{"schemaVersion":1,"stories":[{"summary":"s"}]}""", NewsDiagnosticCode.MissingJsonProperty, "$.stories[0].aiReported", 1, 45 },
        { "missing action kind", """{"schemaVersion":1,"consent":{"title":"t","actions":[{"label":"OK"}]}}""", NewsDiagnosticCode.MissingJsonProperty, "$.consent.actions[0].kind", 1, 67 },
        { "missing action label", """{"schemaVersion":1,"consent":{"title":"t","actions":[{"kind":"accept"}]}}""", NewsDiagnosticCode.MissingJsonProperty, "$.consent.actions[0].label", 1, 70 },
        { "duplicate root property", """{"schemaVersion":1,"schemaVersion":1}""", NewsDiagnosticCode.DuplicateJsonProperty, "$.schemaVersion", 1, 20 },
        { "duplicate escaped property", """{"schemaVersion":1,"consent":{"title":"a","\u0074itle":"b"}}""", NewsDiagnosticCode.DuplicateJsonProperty, "$.consent.title", 1, 43 },
        { "schemaVersion 3", """{"schemaVersion":3}""", NewsDiagnosticCode.UnsupportedSchemaVersion, "$.schemaVersion", 1, 18 },
        { "schemaVersion 1.5", """{"schemaVersion":1.5}""", NewsDiagnosticCode.UnsupportedSchemaVersion, "$.schemaVersion", 1, 18 },
        { "schemaVersion is a string", """{"schemaVersion":"1"}""", NewsDiagnosticCode.InvalidJsonValue, "$.schemaVersion", 1, 18 },
        { "schemaVersion is null", """{"schemaVersion":null}""", NewsDiagnosticCode.InvalidJsonValue, "$.schemaVersion", 1, 18 },
        { "unknown action kind", """{"schemaVersion":1,"consent":{"title":"t","actions":[{"kind":"maybe","label":"?"}]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.consent.actions[0].kind", 1, 62 },
        { "action kind in other case", """{"schemaVersion":1,"consent":{"title":"t","actions":[{"kind":"Decline","label":"?"}]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.consent.actions[0].kind", 1, 62 },
        { "action kind is a number", """{"schemaVersion":1,"consent":{"title":"t","actions":[{"kind":1,"label":"?"}]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.consent.actions[0].kind", 1, 62 },
        { "canonicalUrl not absolute", """{"schemaVersion":2,"canonicalUrl":"/news/1"}""", NewsDiagnosticCode.InvalidJsonValue, "$.canonicalUrl", 1, 35 },
        { "canonicalUrl is a number", """{"schemaVersion":2,"canonicalUrl":5}""", NewsDiagnosticCode.InvalidJsonValue, "$.canonicalUrl", 1, 35 },
        { "publisher without name", """{"schemaVersion":2,"publisher":{"url":"https://a.example/"}}""", NewsDiagnosticCode.MissingJsonProperty, "$.publisher.name", 1, 59 },
        { "publisher name is null", """{"schemaVersion":2,"publisher":{"name":null}}""", NewsDiagnosticCode.InvalidJsonValue, "$.publisher.name", 1, 40 },
        { "unknown publisher property", """{"schemaVersion":2,"publisher":{"name":"P","logo":"x"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.publisher.logo", 1, 44 },
        { "published without offset", """{"schemaVersion":2,"article":{"published":"2026-03-01T08:30:00"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.published", 1, 43 },
        { "published date only", """{"schemaVersion":2,"article":{"published":"2026-03-01"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.published", 1, 43 },
        { "modified not a date", """{"schemaVersion":2,"article":{"modified":"2026-02-30T00:00:00Z"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.modified", 1, 42 },
        { "modified offset beyond 14 hours", """{"schemaVersion":2,"article":{"modified":"2026-03-01T00:00:00+14:01"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.modified", 1, 42 },
        { "published is a number", """{"schemaVersion":2,"article":{"published":20260301}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.published", 1, 43 },
        { "author without name", """{"schemaVersion":2,"article":{"authors":[{"name":"A"},{"url":"https://a.example/"}]}}""", NewsDiagnosticCode.MissingJsonProperty, "$.article.authors[1].name", 1, 82 },
        { "author is null", """{"schemaVersion":2,"article":{"authors":[null]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.authors[0]", 1, 42 },
        { "keyword is a number", """{"schemaVersion":2,"article":{"keywords":["a",1]}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.keywords[1]", 1, 47 },
        { "source type not a URI", """{"schemaVersion":2,"article":{"digitalSourceType":"trainedAlgorithmicMedia"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.digitalSourceType", 1, 51 },
        { "image width zero", """{"schemaVersion":2,"article":{"image":{"aiGenerated":true,"width":0}}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.image.width", 1, 67 },
        { "image height has a fraction", """{"schemaVersion":2,"article":{"image":{"aiGenerated":true,"height":1.5}}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.image.height", 1, 68 },
        { "image width beyond int", """{"schemaVersion":2,"stories":[{"aiReported":true,"image":{"aiGenerated":true,"width":2147483648}}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.stories[0].image.width", 1, 86 },
        { "story url not absolute", """{"schemaVersion":2,"stories":[{"aiReported":true,"url":"kast-peru"}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.stories[0].url", 1, 56 },
        { "title on an article (a name of the schema, not of this object)", """{"schemaVersion":1,"article":{"title":"x"}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.title", 1, 31 },
        { "url on a reaction", """{"schemaVersion":2,"reactions":[{"text":"t","url":"https://a.example/"}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.reactions[0].url", 1, 45 },
        { "duplicate keywords", """{"schemaVersion":2,"article":{"keywords":[],"keywords":[]}}""", NewsDiagnosticCode.DuplicateJsonProperty, "$.article.keywords", 1, 45 },
        { "version 1 with canonicalUrl", """{"schemaVersion":1,"canonicalUrl":"https://a.example/"}""", NewsDiagnosticCode.InvalidJsonValue, "$.canonicalUrl", 1, 20 },
        { "version 1 with image credit", """{"schemaVersion":1,"relatedStories":[{"aiReported":false,"image":{"aiGenerated":true,"credit":"c"}}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.relatedStories[0].image.credit", 1, 86 },
        { "version 1 with null section", """{"schemaVersion":1,"article":{"section":null}}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.section", 1, 31 },
        { "version 1 declared after a v2 member", """{"article":{"headline":"h","keywords":["k"]},"schemaVersion":1}""", NewsDiagnosticCode.InvalidJsonValue, "$.article.keywords", 1, 28 },
        { "version 1 declared after two v2 members", """{"canonicalUrl":"https://a.example/","publisher":{"name":"P"},"schemaVersion":1}""", NewsDiagnosticCode.InvalidJsonValue, "$.canonicalUrl", 1, 2 },
        { "column counts UTF-16 units", "{\n  \"schemaVersion\": 1,\n  \"consent\": {\"title\": \"Ojú-ìwé\", \"tit\": 1}\n}", NewsDiagnosticCode.InvalidJsonValue, "$.consent.tit", 3, 35 },
        { "too deep by default", "{\"schemaVersion\":1,\"x\":" + new string('[', 64) + new string(']', 64) + "}", NewsDiagnosticCode.JsonTooDeep, "$.x" + string.Concat(Enumerable.Repeat("[0]", 63)), 1, 87 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryDeserialize_BadJson_ReturnsOneErrorWithCodePathAndPosition(string name, string json, NewsDiagnosticCode code, string path, int line, int column)
    {
        var result = NewsPageJson.DeserializeWithDiagnostics(json);

        result.Success.Should().BeFalse(name);
        result.GetValueOrDefault().Should().BeNull();
        result.Diagnostics.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Code = code, Severity = NewsDiagnosticSeverity.Error, Path = path, Line = line, Column = column }, name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryDeserialize_BadUtf8Json_ReturnsSameDiagnosticAsString(string name, string json, NewsDiagnosticCode code, string path, int line, int column)
    {
        _ = (code, path, line, column);

        var fromBytes = NewsPageJson.DeserializeWithDiagnostics(Encoding.UTF8.GetBytes(json));

        fromBytes.Diagnostics.Should().Equal(NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics, name);
        fromBytes.GetValueOrDefault().Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadJson_ThrowsNewsFormatExceptionWithPath(string name, string json, NewsDiagnosticCode code, string path, int line, int column)
    {
        var act = () => NewsPageJson.Deserialize(json);

        var exception = act.Should().Throw<NewsFormatException>(name).Which;
        exception.Diagnostic!.Code.Should().Be(code);
        exception.Diagnostic!.Path.Should().Be(path);
        exception.Diagnostic!.Line.Should().Be(line);
        exception.Diagnostic!.Column.Should().Be(column);
        exception.Message.Should().Be(exception.Diagnostic.Message, "the message does not repeat the position").And.NotContain("(at ");
        exception.Diagnostic.Format(source: null).Should().EndWith("(at " + path + ")");
    }

    [Fact]
    public void Deserialize_BadStream_ThrowsNewsFormatException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"schemaVersion":1,"reactions":[{}]}"""));

        var act = () => NewsPageJson.Deserialize(stream);

        act.Should().Throw<NewsFormatException>().Which.Diagnostic!.Path.Should().Be("$.reactions[0].text");
    }

    [Fact]
    public void TryDeserialize_MaxDepthBelowWhatThePageNeeds_ReportsTooDeepAtThatContainer()
    {
        var json = NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage);

        var result = NewsPageJson.DeserializeWithDiagnostics(json, new NewsPageJsonOptions { MaxDepth = 3 });

        result.GetValueOrDefault().Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(NewsDiagnosticCode.JsonTooDeep);
        diagnostic.Path.Should().Be("$.relatedStories[0].image", "the article's image is at depth 3, a related story's image at depth 4");
        diagnostic.Message.Should().Contain("3");
        NewsPageJson.DeserializeWithDiagnostics(json, new NewsPageJsonOptions { MaxDepth = 4 }).Success.Should().BeTrue();
    }

    [Fact]
    public void TryDeserialize_InvalidUtf8_ReportsInvalidJson()
    {
        byte[] bytes = [.. """{"schemaVersion":1,"uiLanguage":"y"""u8, 0xC3, 0x28, .. "\"}"u8];

        var result = NewsPageJson.DeserializeWithDiagnostics(bytes);

        result.GetValueOrDefault().Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJson, Path = "$.uiLanguage", Line = 1, Column = 35 }, "the bad byte 0xC3 follows the quote and 'y'");
    }

    [Fact]
    public void TryDeserialize_FailingStream_ReportsReadFailed()
    {
        var result = NewsPageJson.DeserializeWithDiagnostics(TestStreams.Throwing(new IOException("disk gone")));

        result.GetValueOrDefault().Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"extra":true}""", "The property \"extra\" is not part of")]
    [InlineData("""{"schemaVersion":1,"uiLanguage":5}""", "expected a string")]
    [InlineData("""{"schemaVersion":1,"article":[]}""", "expected an object")]
    [InlineData("""{"schemaVersion":1,"stories":{}}""", "expected an array")]
    [InlineData("""{"schemaVersion":1,"stories":[{"aiReported":1}]}""", "expected true or false")]
    [InlineData("""{"schemaVersion":1,"consent":{"title":"t","actions":[{"kind":"maybe","label":"?"}]}}""", "\"maybe\" is unknown")]
    [InlineData("""{"schemaVersion":3}""", "schemaVersion 3 is not supported")]
    [InlineData("""{"schemaVersion":1,"consent":{}}""", "missing: \"title\"")]
    [InlineData("""{"schemaVersion":1,"schemaVersion":1}""", "\"schemaVersion\" appears more than once")]
    [InlineData("{", "not well-formed")]
    public void TryDeserialize_BadJson_MessageSaysWhatIsWrong(string json, string expected)
    {
        var message = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject.Message;

        message.Should().Contain(expected);
        message.Should().NotContain("NewsModel.Json").And.NotContain("LineNumber", "positions are stated 1-based by the diagnostic, not 0-based by the reader");
    }

    [Fact]
    public void Format_JsonDiagnostic_ShowsPositionAndPath()
    {
        var diagnostic = NewsPageJson.DeserializeWithDiagnostics("{\n\"schemaVersion\":1,\n\"consent\":{}}").Diagnostics[0];

        diagnostic.Format("page.json").Should().Be("page.json:3:12: error NM3003: A required property is missing: \"title\". (at $.consent.title)");
        diagnostic.ToString().Should().StartWith("3:12: error NM3003: ");
    }

    [Fact]
    public void Format_TextDiagnostic_IsUnchanged()
    {
        var diagnostic = new NewsDiagnostic { Code = NewsDiagnosticCode.UnclassifiedText, Severity = NewsDiagnosticSeverity.Warning, Message = "Text.", Line = 2, Column = 1 };

        diagnostic.Format("page.txt").Should().Be("page.txt:2:1: warning NM2001: Text.");
    }
}
