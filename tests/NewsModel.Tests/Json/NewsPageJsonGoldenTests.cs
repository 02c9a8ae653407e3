using System.Text;

namespace NewsModel.Tests.Json;

/// <summary>
/// The written JSON, compared exactly with hand-written files in <c>Json/Golden</c> (each file ends with one newline that
/// is not part of the output). To regenerate on purpose, set NEWSMODEL_UPDATE_GOLDEN=1: the files are rewritten and the
/// tests fail, so that the diff is reviewed before the next run.
/// </summary>
public sealed class NewsPageJsonGoldenTests
{
    [Fact]
    public void Serialize_ArticlePageIndented_MatchesGoldenFile()
        => AssertGolden("article-page.json", NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage, new NewsPageJsonOptions { WriteIndented = true }));

    [Fact]
    public void Serialize_TagPageCompact_MatchesGoldenFile()
        => AssertGolden("tag-page.json", NewsPageJson.Serialize(JsonTestPages.GoldenTagPage));

    [Fact]
    public void Serialize_MetadataPageIndented_MatchesGoldenFile()
        => AssertGolden("metadata-page.json", NewsPageJson.Serialize(JsonTestPages.GoldenMetadataPage, new NewsPageJsonOptions { WriteIndented = true }));

    [Theory]
    [InlineData("article-page.json")]
    [InlineData("tag-page.json")]
    [InlineData("metadata-page.json")]
    public void Deserialize_GoldenFile_ReturnsItsPage(string file)
    {
        var page = NewsPageJson.Deserialize(File.ReadAllText(JsonTestFiles.GoldenPath(file), Encoding.UTF8));

        page.Should().Be(GoldenPage(file));
    }

    [Theory]
    [InlineData("article-page.json")]
    [InlineData("tag-page.json")]
    public void Deserialize_GoldenFileAsSchemaVersion1_ReturnsItsPage(string file)
    {
        // The version 1 form of a page without metadata: the golden file with its schemaVersion as it was.
        var text = File.ReadAllText(JsonTestFiles.GoldenPath(file), Encoding.UTF8);
        var version1 = text.Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 1,", StringComparison.Ordinal)
            .Replace("\"schemaVersion\":2,", "\"schemaVersion\":1,", StringComparison.Ordinal);
        version1.Should().NotBe(text);

        NewsPageJson.Deserialize(version1).Should().Be(GoldenPage(file));
    }

    [Fact]
    public void Deserialize_MetadataGoldenFileAsSchemaVersion1_FailsAtTheFirstMemberOfVersion2()
    {
        var text = File.ReadAllText(JsonTestFiles.GoldenPath("metadata-page.json"), Encoding.UTF8)
            .Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 1,", StringComparison.Ordinal);

        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(text).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(NewsDiagnosticCode.InvalidJsonValue);
        diagnostic.Path.Should().Be("$.article.image.digitalSourceType", "the hero image's source type is the first member of version 2 in the file");
        diagnostic.Message.Should().Contain("schemaVersion 2").And.Contain("\"digitalSourceType\"");
    }

    private static NewsPage GoldenPage(string file) => file switch
    {
        "tag-page.json" => JsonTestPages.GoldenTagPage,
        "metadata-page.json" => JsonTestPages.GoldenMetadataPage,
        _ => JsonTestPages.GoldenArticlePage,
    };

    private static void AssertGolden(string file, string actual)
    {
        var path = JsonTestFiles.GoldenPath(file);
        if (Environment.GetEnvironmentVariable(JsonTestFiles.UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(path, actual + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Assert.Fail($"{path} was regenerated; review the diff and run again without {JsonTestFiles.UpdateGoldenVariable}.");
        }

        var expected = File.ReadAllText(path, Encoding.UTF8);
        expected.Should().EndWith("\n", "golden files end with exactly one newline, which is not part of the output");
        actual.Should().Be(expected[..^1]);
    }
}
