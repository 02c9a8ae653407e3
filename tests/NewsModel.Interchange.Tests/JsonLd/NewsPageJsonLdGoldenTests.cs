using System.Text;
using NewsModel.Interchange.JsonLd;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>
/// The reference page's JSON-LD, compared byte for byte with <c>JsonLd/Golden</c> (each file ends with one newline that is
/// not part of the output). To regenerate on purpose, set NEWSMODEL_UPDATE_GOLDEN=1: the files are rewritten and the tests
/// fail, so that the diff is reviewed before the next run.
/// </summary>
public sealed class NewsPageJsonLdGoldenTests
{
    private const string UpdateGoldenVariable = "NEWSMODEL_UPDATE_GOLDEN";

    [SkippableFact]
    public void Serialize_ReferencePageIndented_MatchesGoldenFile()
        => AssertGolden("reference-page.jsonld", NewsPageJsonLd.Serialize(ReferencePage(), new NewsPageJsonLdOptions { WriteIndented = true }));

    [SkippableFact]
    public void Serialize_ReferencePageWithMetadata_MatchesGoldenFile()
        => AssertGolden("reference-page-metadata.jsonld", NewsPageJsonLd.Serialize(WithMetadata(ReferencePage())));

    [SkippableFact]
    public void Serialize_ReferencePage_CompactIsTheIndentedWithoutWhiteSpace()
    {
        var page = WithMetadata(ReferencePage());
        var indented = NewsPageJsonLd.Serialize(page, new NewsPageJsonLdOptions { WriteIndented = true });

        NewsPageJsonLd.Serialize(page).Should().Be(Minify(indented));
    }

    private static NewsPage ReferencePage() => NewsPageText.Parse(Repository.ReadReferencePage());

    // Publishing metadata the page text does not show, fixed values: every member of the format written once.
    internal static NewsPage WithMetadata(NewsPage page) => page with
    {
        ContentLanguage = "en",
        CanonicalUrl = "https://news.example/world/kast-invites-bukele",
        Publisher = new NewsPublisher("News Example", "https://news.example/", "https://news.example/logo.png"),
        Article = page.Article! with
        {
            Identifier = "urn:uuid:4f3e2c1a-7b6d-4e5f-9a8b-0c1d2e3f4a5b",
            Published = new DateTimeOffset(2025, 12, 23, 22, 15, 0, TimeSpan.FromHours(-5)),
            Modified = new DateTimeOffset(2025, 12, 24, 8, 0, 0, 500, TimeSpan.Zero),
            Authors = [new NewsAuthor("Ana Pérez", "https://news.example/authors/ana-perez"), new NewsAuthor("Newsroom")],
            Keywords = ["Chile", "Ecuador", "migration"],
            Section = "World",
            DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia,
            Image = page.Article!.Image! with
            {
                Url = "https://news.example/img/kast-noboa.jpg",
                Width = 1200,
                Height = 675,
                AltText = "Two men shake hands in front of flags.",
                Credit = "Illustration: News Example",
                CopyrightNotice = "© 2025 News Example",
            },
        },
        RelatedStories = [.. page.RelatedStories.Select((card, i) => card with { Url = $"https://news.example/world/{i + 1}" })],
    };

    private static string Minify(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var builder = new StringBuilder();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                builder.Append(c);
                if (c == '\\')
                {
                    builder.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                builder.Append(c);
            }
            else if (c is not (' ' or '\n'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void AssertGolden(string file, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "NewsModel.Interchange.Tests", "JsonLd", "Golden", file);
        if (Environment.GetEnvironmentVariable(UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(path, actual + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Assert.Fail($"{path} was regenerated; review the diff and run again without {UpdateGoldenVariable}.");
        }

        var expected = File.ReadAllText(path, Encoding.UTF8);
        expected.Should().EndWith("\n", "golden files end with exactly one newline, which is not part of the output");
        actual.Should().Be(expected[..^1]);
    }
}
