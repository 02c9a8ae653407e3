using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>Reading ninjs others write: agency shapes of 3.x and 2.x, HTML bodies, what cannot be mapped, items that are not text.</summary>
public sealed class NinjsReadTests
{
    // An AP-style 2.x text item: lower-case names, a picture association with renditions, an HTML body only.
    private const string ApStyle = """
        {
          "uri": "http://api.example.org/content/4f1e",
          "type": "text",
          "version": "3",
          "firstcreated": "2025-03-01T10:00:00Z",
          "versioncreated": "2025-03-01T12:30:00+01:00",
          "pubstatus": "usable",
          "language": "en-US",
          "headlines": [{"role": "main", "value": "Storm hits coast"}, {"role": "short", "value": "Storm"}],
          "descriptions": [{"role": "summary", "value": "A storm hit the coast on Saturday."}],
          "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>First &amp; foremost.</p>\n<p>Second<br>line.</p><script>track()</script><p></p><p>Third<br><br>Fourth</p>"}],
          "by": "Jane Roe",
          "subjects": [{"name": "Weather", "uri": "http://cv.example.org/weather"}, {"literal": "storms"}],
          "associations": [
            {"name": "main", "uri": "http://api.example.org/photo/9", "type": "picture",
             "descriptions": [{"role": "caption", "value": "Waves at the pier."}],
             "by": "John Doe/Agency", "copyrightnotice": "© Agency",
             "digitalsourcetype": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"},
             "renditions": [{"name": "main", "href": "http://cdn.example.org/9.jpg", "width": 1024, "height": 683}, {"name": "thumb", "href": "http://cdn.example.org/9t.jpg"}]}
          ]
        }
        """;

    // A dpa/NTB/TT-style 3.x text item: camelCase, plain and HTML bodies of the same text, people with roles, an AI-made text.
    private const string NordicStyle = """
        {
          "uri": "urn:newsml:example.no:20250301:123",
          "type": "text",
          "versionCreated": "2025-03-01T08:00:00+01:00",
          "language": "nb",
          "headlines": [{"value": "Valget er avgjort"}],
          "descriptions": [{"role": "summary", "contentType": "text/plain", "value": "Resultatet er klart."}],
          "bodies": [
            {"role": "main", "contentType": "text/plain", "value": "Første avsnitt.\n\nAndre avsnitt."},
            {"role": "main", "contentType": "text/html", "value": "<p>Første avsnitt.</p><p>Andre avsnitt.</p>"}
          ],
          "people": [{"name": "Kari Nordmann", "rel": "author", "uri": "https://example.no/kari"}, {"name": "Ola Statsminister", "rel": "about"}],
          "digitalSourceType": {"name": "AI", "uri": "https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"},
          "associations": [
            {"name": "related-1", "rel": "seeAlso", "uri": "https://example.no/sak/1", "type": "text", "headlines": [{"value": "Bakgrunn"}]}
          ]
        }
        """;

    // An AFP-style 3.x item with a plain-text body only, hard-wrapped lines and blank-line paragraphs.
    private const string AfpStyle = """
        {"uri": "urn:afp:example:1", "type": "text", "language": "fr",
         "headlines": [{"role": "main", "value": "Titre"}],
         "bodies": [{"role": "main", "contentType": "text/plain", "value": "Premier paragraphe\nsur deux lignes.\n\n\nDeuxième."}]}
        """;

    [Fact]
    public void Deserialize_ApStyle2x_ReadsArticleImageAndReportsTheRest()
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics(ApStyle);

        result.Success.Should().BeTrue();
        var page = result.Value;
        page.ContentLanguage.Should().Be("en-US");
        page.UiLanguage.Should().BeNull();
        var article = page.Article!;
        article.Identifier.Should().Be("http://api.example.org/content/4f1e");
        article.Headline.Should().Be("Storm hits coast");
        article.Summary.Should().Be("A storm hit the coast on Saturday.");
        article.Body.Should().Equal("First & foremost.", "Second line.", "Third", "Fourth");
        article.Published.Should().Be(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
        article.Modified!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
        article.Authors.Should().Equal(new NewsAuthor("Jane Roe"));
        article.Keywords.Should().Equal("Weather", "storms");
        article.Image.Should().Be(new NewsImage("Waves at the pier.", aiGenerated: false)
        {
            DigitalSourceType = DigitalSourceType.DigitalCapture, Url = "http://cdn.example.org/9.jpg", Width = 1024, Height = 683,
            Credit = "John Doe/Agency", CopyrightNotice = "© Agency",
        });
        Paths(result, NewsDiagnosticCode.UnmappedValue).Should().BeEquivalentTo(
            "$.version", "$.pubstatus", "$.headlines[1]", "$.bodies[0].value", "$.subjects[0].uri", "$.associations[0].renditions[1]");
        result.Diagnostics.Single(d => d.Path == "$.bodies[0].value").Message.Should().Contain("<script>");
    }

    [Fact]
    public void Deserialize_NordicStyle3x_ReadsAuthorsSourceTypeAndRelatedStory()
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics(NordicStyle);

        var page = result.Value;
        page.ContentLanguage.Should().Be("nb");
        page.Article!.Body.Should().Equal("Første avsnitt.", "Andre avsnitt.");
        page.Article.Authors.Should().Equal(new NewsAuthor("Kari Nordmann", "https://example.no/kari"));
        page.Article.DigitalSourceType.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);
        page.RelatedStories.Should().Equal(new StoryCard { Title = "Bakgrunn", Url = "https://example.no/sak/1" });
        Paths(result, NewsDiagnosticCode.UnmappedValue).Should().BeEquivalentTo("$.people[1]");
    }

    [Fact]
    public void Deserialize_PlainTextBody_SplitsAtBlankLinesAndJoinsWrappedLines()
        => NewsPageNinjs.Deserialize(AfpStyle).Article!.Body.Should().Equal("Premier paragraphe sur deux lignes.", "Deuxième.");

    [Theory]
    [InlineData("picture")]
    [InlineData("video")]
    [InlineData("audio")]
    [InlineData("graphic")]
    [InlineData("event")]
    [InlineData("planning")]
    public void DeserializeWithDiagnostics_NonTextItem_FailsWithUnsupportedItemType(string type)
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics($$"""{"uri": "urn:x:1", "type": "{{type}}", "headlines": [{"value": "H"}]}""");

        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle(d => d.IsError).Which;
        error.Code.Should().Be(NewsDiagnosticCode.UnsupportedItemType);
        error.Path.Should().Be("$.type");
        error.Message.Should().Contain(type).And.Contain("AcceptNonTextItems");
    }

    [Fact]
    public void DeserializeWithDiagnostics_PictureItemAccepted_ReadsHeadlineAndPictureWithWarning()
    {
        const string Json = """{"uri": "urn:x:1", "type": "picture", "headlines": [{"value": "Ship"}], "renditions": [{"name": "main", "href": "http://cdn.example.org/1.jpg", "width": 429, "height": 281}]}""";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json, new NewsPageNinjsOptions { AcceptNonTextItems = true });

        result.Value.Article!.Headline.Should().Be("Ship");
        result.Value.Article.Image.Should().Be(new NewsImage(null, false) { Url = "http://cdn.example.org/1.jpg", Width = 429, Height = 281 });
        result.Diagnostics.Should().Contain(d => d.Code == NewsDiagnosticCode.UnsupportedItemType && !d.IsError);
    }

    [Theory]
    [InlineData("""{"uri": "urn:x:1", "digitalSourceType": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}}""")]
    [InlineData("""{"uri": "urn:x:1", "digitalsourcetype": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}}""")]
    [InlineData("""{"uri": "urn:x:1", "digitalSourceType": {"literal": "trainedAlgorithmicMedia"}}""")]
    [InlineData("""{"uri": "urn:x:1", "digitalSourceType": {"uri": "digitalsourcetype:trainedAlgorithmicMedia"}}""")]
    public void Deserialize_DigitalSourceTypeInEitherVersionAndForm_ReadsTheIptcTerm(string json)
        => NewsPageNinjs.Deserialize(json).Article!.DigitalSourceType.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);

    [Fact]
    public void Deserialize_AiPictureAssociation_SetsTheBadge()
    {
        const string Json = """{"uri": "urn:x:1", "associations": [{"name": "image", "uri": "urn:x:2", "type": "picture", "digitalSourceType": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}}]}""";

        NewsPageNinjs.Deserialize(Json).Article!.Image.Should().Be(new NewsImage(null, aiGenerated: true));
    }

    [Fact]
    public void DeserializeWithDiagnostics_HtmlBodyWithStylesEntitiesAndMedia_ReadsTextAndReportsWhatIsDropped()
    {
        const string Json = """{"uri": "urn:x:1", "bodies": [{"contentType": "text/html", "value": "<style>p{}</style><div>caf&eacute; &lt;b&gt; &#x1F600;</div><img src=x alt=y><ul><li>one</li><li>two</li></ul>"}]}""";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json);

        result.Value.Article!.Body.Should().Equal("café <b> 😀", "one", "two");
        result.Diagnostics.Select(d => d.Message).Should().Contain(m => m.Contains("<style>")).And.Contain(m => m.Contains("<img>"));
        result.Diagnostics.Should().OnlyContain(d => d.Code == NewsDiagnosticCode.UnmappedValue && d.Path == "$.bodies[0].value");
    }

    [Fact]
    public void DeserializeWithDiagnostics_WrongShapes_WarnsWithPathsAndKeepsTheRest()
    {
        const string Json = """{"uri": "not a uri", "firstCreated": "yesterday", "headlines": "H", "language": 5, "bodies": [{"value": "Text"}], "associations": [{"name": "p", "uri": "urn:x:2", "type": "picture", "renditions": [{"name": "m", "width": -3}]}]}""";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json);

        result.Success.Should().BeTrue();
        result.Value.Article!.Body.Should().Equal("Text");
        Paths(result, NewsDiagnosticCode.InvalidInterchangeValue).Should().BeEquivalentTo(
            "$.uri", "$.firstCreated", "$.headlines", "$.language", "$.associations[0].renditions[0].width");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"uri\": \"a\", \"uri\": \"b\"}")]
    [InlineData("\"text\"")]
    public void DeserializeWithDiagnostics_NotAnObject_FailsWithoutThrowing(string json)
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics(json);

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.IsError && d.Path != null);
        NewsPageNinjs.TryDeserialize(json, out var page).Should().BeFalse();
        page.Should().BeNull();
        FluentActions.Invoking(() => NewsPageNinjs.Deserialize(json)).Should().Throw<NewsFormatException>();
    }

    [Fact]
    public void DeserializeWithDiagnostics_TagPageWrittenByTheLibrary_ReadsTagAndStories()
    {
        var page = new NewsPage { Tag = new NewsTag { Name = "Chile" }, Stories = [new StoryCard { Summary = "One", AiReported = true }, new StoryCard { Summary = "Two" }] };

        NewsPageNinjs.Deserialize(NewsPageNinjs.Serialize(page, NinjsVersion.V2_2)).Should().Be(page);
    }

    [Fact]
    public void Serialize_UiLanguageOnly_WritesNoLanguage()
    {
        var json = NewsPageNinjs.Serialize(new NewsPage { UiLanguage = "yo", Article = new NewsArticle { Headline = "H" } });

        json.Should().NotContain("\"language\"").And.NotContain("yo");
    }

    [Fact]
    public void Validate_ShouldFailShapes_NameTheOffendingPath()
    {
        var result = NewsPageNinjs.DeserializeWithDiagnostics(
            """{"uri": "urn:x", "urgency": 0.5, "headlines": [{"role": "main"}], "associations": [{"uri": "urn:y", "bad": 1}]}""",
            new NewsPageNinjsOptions { Validate = true });

        Paths(result, NewsDiagnosticCode.SchemaViolation).Should().BeEquivalentTo("$.urgency", "$.headlines[0].value", "$.associations[0].bad", "$.associations[0].name");
    }

    [Fact]
    public void DeserializeWithDiagnostics_TagPageWithArticleOnlyProperties_ReportsThem()
    {
        const string Json = """{"uri": "urn:x", "type": "composite", "title": "Chile", "by": "Ann", "copyrightNotice": "©", "digitalSourceType": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"}, "associations": [{"name": "p", "uri": "urn:p", "type": "picture"}, {"name": "s", "uri": "urn:s", "descriptions": [{"value": "One"}]}]}""";

        var result = NewsPageNinjs.DeserializeWithDiagnostics(Json);

        result.Value.Should().Be(new NewsPage { Tag = new NewsTag { Name = "Chile" }, Stories = [new StoryCard { Summary = "One" }] });
        Paths(result, NewsDiagnosticCode.UnmappedValue).Should().BeEquivalentTo("$.by", "$.copyrightNotice", "$.digitalSourceType", "$.associations[0]");
    }

    private static IEnumerable<string?> Paths(ParseResult<NewsPage> result, NewsDiagnosticCode code)
        => result.Diagnostics.Where(d => d.Code == code).Select(d => d.Path);

    [Theory]
    [InlineData("/news/1")]
    [InlineData("news/1")]
    [InlineData("//news.example/a")]
    public void DeserializeWithDiagnostics_UriWithoutScheme_WarnsAndNeverThrows(string uri)
    {
        // Uri.TryCreate(..., UriKind.Absolute) reads "/news/1" as a file path on Unix; the model refuses it, so the reader must too.
        var json = "{\"uri\": \"" + uri + "\", \"type\": \"text\", \"headlines\": [{\"value\": \"H\"}],"
            + " \"associations\": [{\"name\": \"a\", \"type\": \"text\", \"uri\": \"" + uri + "\", \"headlines\": [{\"value\": \"R\"}]}]}";

        var read = () => NewsPageNinjs.DeserializeWithDiagnostics(json);

        var result = read.Should().NotThrow().Subject;
        result.Success.Should().BeTrue();
        result.Value.Article!.Identifier.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == NewsDiagnosticCode.InvalidInterchangeValue && d.Path == "$.uri");
    }
}
