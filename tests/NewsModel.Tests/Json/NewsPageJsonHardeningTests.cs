using System.Text;
using System.Text.RegularExpressions;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Json;

/// <summary>
/// Regression tests of the JSON defects found by the adversarial run (issue 7), each named after its defect:
/// Try methods that threw for a stream, unbounded input and messages, and positions that were not exact.
/// </summary>
public sealed class NewsPageJsonHardeningTests
{
    private static readonly byte[] s_page = Encoding.UTF8.GetBytes(NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage));

    public static TheoryData<string> StreamExceptions() => new()
    {
        nameof(IOException), nameof(OperationCanceledException), nameof(TimeoutException), nameof(ObjectDisposedException),
        nameof(NotSupportedException), nameof(UnauthorizedAccessException), nameof(InvalidOperationException), nameof(InvalidDataException),
    };

    // Section 2: Try methods that throw.
    [Theory]
    [MemberData(nameof(StreamExceptions))]
    public void TryDeserialize_StreamThrowingAnyException_ReturnsReadFailedWithItsMessage(string type)
    {
        foreach (var goodBytes in new[] { 0, 10 })
        {
            var result = NewsPageJson.DeserializeWithDiagnostics(TestStreams.Throwing(TestStreams.CreateException(type, "boom " + type), s_page, goodBytes));

            result.GetValueOrDefault().Should().BeNull();
            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.ReadFailed, Severity = NewsDiagnosticSeverity.Error });
            result.Diagnostics[0].Message.Should().EndWith("boom " + type);
        }
    }

    [Theory]
    [MemberData(nameof(StreamExceptions))]
    public async Task TryDeserializeAsync_StreamThrowingAnyException_ReturnsReadFailed(string type)
    {
        var result = await NewsPageJson.DeserializeWithDiagnosticsAsync(TestStreams.Throwing(TestStreams.CreateException(type, "boom " + type), s_page, goodBytes: 5));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        result.Diagnostics[0].Message.Should().EndWith("boom " + type, "a cancellation the caller did not ask for is a failure of the stream");
    }

    [Fact]
    public void TryDeserialize_DisposedStream_ReturnsReadFailed()
    {
        var result = NewsPageJson.DeserializeWithDiagnostics(TestStreams.Disposed());

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
    }

    [Fact]
    public async Task TryDeserializeAsync_DisposedStream_ReturnsReadFailed()
        => (await NewsPageJson.DeserializeWithDiagnosticsAsync(TestStreams.Disposed())).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);

    [Fact]
    public void TryDeserialize_StreamForbiddingSynchronousReads_ReturnsReadFailed()
    {
        var result = NewsPageJson.DeserializeWithDiagnostics(TestStreams.AsyncOnly(s_page));

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("Synchronous operations are disallowed");
    }

    [Fact]
    public async Task TryDeserializeAsync_StreamForbiddingSynchronousReads_ReadsThePage()
        => (await NewsPageJson.DeserializeWithDiagnosticsAsync(TestStreams.AsyncOnly(s_page))).GetValueOrDefault().Should().Be(JsonTestPages.GoldenArticlePage);

    [Fact]
    public async Task TryDeserializeAsync_CancelledToken_PropagatesCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await NewsPageJson.DeserializeWithDiagnosticsAsync(TestStreams.Trickling(s_page), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4096)]
    public void TryDeserialize_TricklingNonSeekableStream_GivesWhatTheBytesGive(int chunk)
    {
        foreach (var json in new[] { s_page, """{"schemaVersion":1,"reactions":[{"platform":"X"}]}"""u8.ToArray(), """{"schemaVersion":1,"article":{"body":["a",}}"""u8.ToArray() })
        {
            var fromStream = NewsPageJson.DeserializeWithDiagnostics(TestStreams.Trickling(json, chunk));
            var fromBytes = NewsPageJson.DeserializeWithDiagnostics(json);

            fromStream.GetValueOrDefault().Should().Be(fromBytes.GetValueOrDefault());
            fromStream.Diagnostics.Should().Equal(fromBytes.Diagnostics);
        }
    }

    [Fact]
    public void TryDeserialize_MaxInputLengthIntMaxValue_ReadsStreamWithoutOverflow()
    {
        var options = new NewsPageJsonOptions { MaxInputLength = int.MaxValue };

        NewsPageJson.DeserializeWithDiagnostics(TestStreams.Trickling(s_page, 100), options).GetValueOrDefault().Should().Be(JsonTestPages.GoldenArticlePage);
        NewsPageJson.DeserializeWithDiagnostics(new MemoryStream(s_page), options).GetValueOrDefault().Should().Be(JsonTestPages.GoldenArticlePage);
    }

    [Fact]
    public void Serialize_PageWithNullItem_ThrowsArgumentExceptionNotNullReference()
    {
        var pages = new List<Func<NewsPage>>
        {
            () => new NewsPage { Reactions = [null!] },
            () => new NewsPage { Stories = [null!] },
            () => new NewsPage { UnclassifiedText = [null!] },
            () => new NewsPage { Article = new NewsArticle { Body = ["a", null!] } },
            () => new NewsPage { Consent = new ConsentNotice { Title = "T", Actions = [null!] } },
        };

        foreach (var page in pages)
        {
            // The model may refuse the null itself; either way no NullReferenceException and no JSON.
            var act = () => NewsPageJson.Serialize(page());
            act.Should().Throw<ArgumentException>();
        }
    }

    [Fact]
    public void Serialize_NullRequiredMember_ThrowsRatherThanWritingJsonItsReaderRejects()
    {
        var pages = new List<Func<NewsPage>>
        {
            () => new NewsPage { Reactions = [new Reaction(null!)] },
            () => new NewsPage { Consent = new ConsentNotice { Title = null! } },
            () => new NewsPage { Consent = new ConsentNotice { Title = "T", Actions = [new ConsentAction(ConsentActionKind.Accept, null!)] } },
        };

        foreach (var page in pages)
        {
            var act = () => NewsPageJson.Serialize(page());
            act.Should().Throw<ArgumentException>();
        }
    }

    // Section 3: lone surrogates, the same error on every path.
    [Fact]
    public void TryDeserialize_LoneSurrogate_IsAnErrorAtItsPlaceOnEveryPath()
    {
        const string Prefix = "{\"schemaVersion\":1,\"uiLanguage\":\"yo";
        var column = Prefix.Length + 1;
        byte[] prefix = Encoding.UTF8.GetBytes(Prefix);

        var rawInString = NewsPageJson.DeserializeWithDiagnostics(Prefix + "\uD800\"}");
        var rawInUtf8 = NewsPageJson.DeserializeWithDiagnostics([.. prefix, 0xED, 0xA0, 0x80, .. "\"}"u8]);
        var escaped = NewsPageJson.DeserializeWithDiagnostics(Prefix + "\\uD800\"}");

        foreach (var result in new[] { rawInString, rawInUtf8 })
        {
            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJson, Path = "$.uiLanguage", Line = 1, Column = column });
        }

        escaped.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJson, Path = "$.uiLanguage" });
        NewsPageJson.DeserializeWithDiagnostics(Prefix + "\uD83D\uDE00\"}").GetValueOrDefault()!.UiLanguage.Should().Be("yo😀", "a surrogate pair is a character like any other");
    }

    // Section 4: bounded work.
    [Fact]
    public async Task TryDeserialize_InputOverMaxInputLength_ReportsInputTooLargeOnEveryOverload()
    {
        var options = new NewsPageJsonOptions { MaxInputLength = s_page.Length - 1 };
        var text = Encoding.UTF8.GetString(s_page);
        var exact = new NewsPageJsonOptions { MaxInputLength = s_page.Length };

        var results = new[]
        {
            NewsPageJson.DeserializeWithDiagnostics(s_page, options),
            NewsPageJson.DeserializeWithDiagnostics(new MemoryStream(s_page), options),
            NewsPageJson.DeserializeWithDiagnostics(TestStreams.Trickling(s_page, 64), options),
            await NewsPageJson.DeserializeWithDiagnosticsAsync(TestStreams.Trickling(s_page, 64), options, CancellationToken.None),
            NewsPageJson.DeserializeWithDiagnostics(text, options),
        };

        // The same error from every overload, at the root of the document: whether the stream's length is known beforehand or not.
        results.Should().AllSatisfy(result => result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InputTooLarge, Path = "$" }));
        NewsPageJson.DeserializeWithDiagnostics(s_page, exact).Success.Should().BeTrue("the limit itself is allowed");
        NewsPageJson.DeserializeWithDiagnostics(TestStreams.Trickling(s_page, 64), exact).Success.Should().BeTrue();
        NewsPageJson.DeserializeWithDiagnostics(text, exact).Success.Should().BeTrue("a string counts the bytes of its UTF-8 encoding");
        NewsPageJsonOptions.Default.MaxInputLength.Should().Be(NewsPageTextOptions.DefaultMaxInputLength, "JSON has the same limit as page text");
    }

    [Fact]
    public void TryDeserialize_HugeValuesInMessages_AreQuotedAsShortExcerpts()
    {
        var huge = new string('7', 100_000);
        var name = new string('n', 100_000);
        string[] inputs =
        [
            "{\"schemaVersion\":" + huge + "}",
            "{\"schemaVersion\":1,\"consent\":{\"title\":\"t\",\"actions\":[{\"kind\":\"" + name + "\",\"label\":\"l\"}]}}",
            "{\"schemaVersion\":1,\"" + name + "\":1}",
            "{\"schemaVersion\":1,\"" + name + "\":1,\"" + name + "\":2}",
        ];

        foreach (var input in inputs)
        {
            var message = NewsPageJson.DeserializeWithDiagnostics(input).Diagnostics.Should().ContainSingle().Subject.Message;

            message.Length.Should().BeLessThan(300, message);
            message.Should().Contain("… (100000 characters)");
        }
    }

    // Section 5: exact positions.
    [Fact]
    public void TryDeserialize_NullArrayItem_IsReportedAtTheNullNotAtTheEndOfTheObject()
    {
        const string Json = "{\n  \"schemaVersion\": 1,\n  \"reactions\": [\n    null\n  ],\n  \"stories\": []\n}";

        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(Json).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJsonValue, Path = "$.reactions[0]", Line = 4, Column = 5 });
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"article":{"body":["ok","\u0"]}}""", "$.article.body[1]")]
    [InlineData("""{"schemaVersion":1,"article":{"body":["\u0"]}}""", "$.article.body[0]")]
    [InlineData("""{"schemaVersion":1,"article":{"body":["a","b",tru]}}""", "$.article.body[2]")]
    [InlineData("""{"schemaVersion":1,"article":{"body":["a" "b"]}}""", "$.article.body[1]")]
    [InlineData("""{"schemaVersion":1,"article":{"body":["a",]}}""", "$.article.body[1]")]
    [InlineData("""{"schemaVersion":1,"article":{"body":["a"}}""", "$.article.body[0]")]
    public void TryDeserialize_MalformedTokenInArray_GetsItsOwnIndex(string json, string path)
    {
        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(NewsDiagnosticCode.InvalidJson);
        diagnostic.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void TryDeserialize_AnyLineEnd_CountsLinesAsPageTextDoes(string lineEnd)
    {
        var json = string.Join(lineEnd, "{", "\"schemaVersion\": 1,", "", "\"uiLanguage\": 5", "}");

        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        // The oracle: the line of the offending value when the text is split at LF, CR or CRLF.
        var lines = Regex.Split(json, "\r\n|\r|\n");
        var line = Array.FindIndex(lines, l => l.Contains("\"uiLanguage\": 5", StringComparison.Ordinal)) + 1;
        diagnostic.Line.Should().Be(line).And.Be(4);
        diagnostic.Column.Should().Be(lines[line - 1].IndexOf('5', StringComparison.Ordinal) + 1);
    }

    [Theory]
    [InlineData("o'dd")]
    [InlineData("x']")]
    [InlineData("a.b")]
    [InlineData("with space")]
    [InlineData("")]
    [InlineData("ünï")]
    public void TryDeserialize_UnknownAndDuplicateProperty_HaveTheSameEscapedPath(string name)
    {
        var quoted = System.Text.Json.JsonSerializer.Serialize(name);

        var unknown = NewsPageJson.DeserializeWithDiagnostics("{\"schemaVersion\":1," + quoted + ":1}").Diagnostics.Should().ContainSingle().Subject;
        var duplicate = NewsPageJson.DeserializeWithDiagnostics("{\"schemaVersion\":1,\"consent\":{" + quoted + ":1," + quoted + ":2}}").Diagnostics.Should().ContainSingle().Subject;

        unknown.Code.Should().Be(NewsDiagnosticCode.InvalidJsonValue);
        duplicate.Code.Should().Be(NewsDiagnosticCode.DuplicateJsonProperty);
        unknown.Path.Should().Be("$" + Segment(name));
        duplicate.Path.Should().Be("$.consent" + Segment(name));
    }

    [Theory]
    [InlineData("", 0xC3)]
    [InlineData("Ọ̀ró ", 0xFF)]
    [InlineData("😀😀 ab", 0x80)]
    [InlineData("Жж", 0xE2)]
    public void TryDeserialize_InvalidUtf8InString_IsReportedAtTheBadByte(string before, byte bad)
    {
        var prefix = "{\n \"schemaVersion\": 1,\n \"article\": {\"headline\": \"" + before;
        byte[] json = [.. Encoding.UTF8.GetBytes(prefix), bad, .. "x\"}}"u8];

        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        var lastLine = prefix[(prefix.LastIndexOf('\n') + 1)..];
        diagnostic.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJson, Path = "$.article.headline", Line = 3, Column = lastLine.Length + 1 });
    }

    // The path segment of a property name, as the documentation of JsonPath writes it: .name for letters, digits and
    // underscores, else ['name'] with each apostrophe escaped.
    private static string Segment(string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
