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

    [Theory]
    [InlineData("article-page.json")]
    [InlineData("tag-page.json")]
    public void Deserialize_GoldenFile_ReturnsItsPage(string file)
    {
        var page = NewsPageJson.Deserialize(File.ReadAllText(JsonTestFiles.GoldenPath(file), Encoding.UTF8));

        page.Should().Be(file == "tag-page.json" ? JsonTestPages.GoldenTagPage : JsonTestPages.GoldenArticlePage);
    }

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
