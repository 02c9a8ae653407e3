using System.Text;

namespace NewsModel.Tests.Json;

public sealed class NewsPageJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(JsonTestPages.Names), MemberType = typeof(JsonTestPages))]
    public void Deserialize_SerializedCompact_EqualsPage(string name)
    {
        var page = JsonTestPages.ByName[name];

        NewsPageJson.Deserialize(NewsPageJson.Serialize(page)).Should().Be(page);
    }

    [Theory]
    [MemberData(nameof(JsonTestPages.Names), MemberType = typeof(JsonTestPages))]
    public void Deserialize_SerializedIndented_EqualsPage(string name)
    {
        var page = JsonTestPages.ByName[name];

        NewsPageJson.Deserialize(NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = true })).Should().Be(page);
    }

    [Theory]
    [MemberData(nameof(JsonTestPages.Names), MemberType = typeof(JsonTestPages))]
    public void Deserialize_SerializedToStream_EqualsPageAndMatchesStringOutput(string name)
    {
        var page = JsonTestPages.ByName[name];
        using var stream = new MemoryStream();

        NewsPageJson.Serialize(stream, page);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(NewsPageJson.Serialize(page));
        NewsPageJson.Deserialize(stream.ToArray().AsSpan()).Should().Be(page);
        stream.Position = 0;
        NewsPageJson.Deserialize(stream).Should().Be(page);
        stream.CanRead.Should().BeTrue("the stream is not closed");
    }

    [SharedFileFact(JsonTestFiles.SeedRelativePath)]
    public void Deserialize_SerializedReferencePage_EqualsParsedPage()
    {
        var page = NewsPageText.Parse(File.ReadAllText(JsonTestFiles.SharedPath(JsonTestFiles.SeedRelativePath), Encoding.UTF8));
        page.RelatedStories.Should().NotBeEmpty("the reference page must have been parsed for this test to mean anything");

        var json = NewsPageJson.Serialize(page);

        NewsPageJson.Deserialize(json).Should().Be(page);
        NewsPageJson.Deserialize(Encoding.UTF8.GetBytes(json)).Should().Be(page);
        json.Should().Contain("\"uiLanguage\":\"yo\"").And.Contain("\"kind\":\"decline\"");
    }

    [Fact]
    public void Deserialize_OnlySchemaVersion_ReturnsEmptyPage()
    {
        var page = NewsPageJson.Deserialize("""{"schemaVersion":1}""");

        page.Should().Be(new NewsPage());
        page.Reactions.IsDefault.Should().BeFalse();
        page.Stories.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Deserialize_MissingArraysAndOptionalMembers_ReadAsEmptyAndNull()
    {
        var page = NewsPageJson.Deserialize(
            """{"schemaVersion":1,"article":{},"relatedStories":[{"aiReported":true}],"consent":{"title":"T"}}""");

        page.Article.Should().Be(new NewsArticle());
        page.Article!.Body.IsEmpty.Should().BeTrue();
        page.RelatedStories.Should().Equal(new StoryCard { AiReported = true });
        page.Consent.Should().Be(new ConsentNotice { Title = "T" });
    }

    [Fact]
    public void Deserialize_ExplicitNullForOptionalMembers_ReadsAsNull()
    {
        var page = NewsPageJson.Deserialize(
            """{"schemaVersion":1,"uiLanguage":null,"article":{"headline":null,"image":null},"consent":{"title":"T","message":null}}""");

        page.Should().Be(new NewsPage { Article = new NewsArticle(), Consent = new ConsentNotice { Title = "T" } });
    }

    [Fact]
    public void Deserialize_Utf8WithByteOrderMark_ReadsPage()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"schemaVersion":1,"uiLanguage":"yo"}""")).ToArray();

        NewsPageJson.Deserialize(bytes.AsSpan()).UiLanguage.Should().Be("yo");
    }

    [Fact]
    public void Deserialize_AnyPropertyOrder_ReadsPage()
    {
        var page = NewsPageJson.Deserialize("""{"consent":{"actions":[{"label":"OK","kind":"accept"}],"title":"T"},"schemaVersion":1}""");

        page.Consent.Should().Be(new ConsentNotice { Title = "T", Actions = [new ConsentAction(ConsentActionKind.Accept, "OK")] });
    }
}
