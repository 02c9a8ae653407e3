using System.Text;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// The reference page's ninjs, compared byte for byte with the files in <c>Ninjs/Golden</c> (each ends with one newline that
/// is not part of the output). To regenerate on purpose, set NEWSMODEL_UPDATE_GOLDEN=1: the files are rewritten and the
/// tests fail, so that the diff is reviewed before the next run.
/// </summary>
public sealed class NinjsGoldenTests
{
    [SkippableTheory]
    [InlineData("reference-page.ninjs31.json", NinjsVersion.V3_1)]
    [InlineData("reference-page.ninjs22.json", NinjsVersion.V2_2)]
    public void Serialize_ReferencePageIndented_MatchesGoldenFile(string file, NinjsVersion version)
        => AssertGolden(file, NewsPageNinjs.Serialize(NinjsTestPages.Reference(), new NewsPageNinjsOptions { Version = version, WriteIndented = true }));

    [SkippableFact]
    public void Serialize_ReferencePageWithMetadataCompact_MatchesGoldenFile()
        => AssertGolden("reference-page-metadata.ninjs31.json", NewsPageNinjs.Serialize(NinjsTestPages.ReferenceWithMetadata()));

    [SkippableTheory]
    [InlineData("reference-page.ninjs31.json")]
    [InlineData("reference-page.ninjs22.json")]
    public void Deserialize_GoldenFile_ReturnsWhatNinjsCarriesOfTheReferencePage(string file)
    {
        var page = NewsPageNinjs.Deserialize(File.ReadAllText(NinjsTestFiles.GoldenPath(file), Encoding.UTF8));

        page.Should().Be(NinjsGenerators.Carried(NinjsTestPages.Reference()));
    }

    private static void AssertGolden(string file, string actual)
    {
        var path = NinjsTestFiles.GoldenPath(file);
        if (Environment.GetEnvironmentVariable(NinjsTestFiles.UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(path, actual + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Assert.Fail($"{path} was regenerated; review the diff and run again without {NinjsTestFiles.UpdateGoldenVariable}.");
        }

        var expected = File.ReadAllText(path, Encoding.UTF8);
        expected.Should().EndWith("\n", "golden files end with exactly one newline, which is not part of the output");
        actual.Should().Be(expected[..^1]);
    }
}
