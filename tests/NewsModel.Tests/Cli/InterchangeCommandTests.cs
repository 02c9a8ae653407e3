using System.Text;
using NewsModel.Cli;
using NewsModel.Interchange.JsonLd;
using NewsModel.Interchange.Ninjs;
using NewsModel.Tests.Samples;

namespace NewsModel.Tests.Cli;

/// <summary><c>parse --from</c> and <c>--format</c> with the interchange formats: what the library writes, errors in the one form, exit codes.</summary>
public sealed class InterchangeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsmodel-cli-interchange-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string TempFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    [Theory]
    [MemberData(nameof(SamplePages.CanonicalNames), MemberType = typeof(SamplePages))]
    public void Parse_FormatJsonLd_IsTheLibrarysJsonLdOfThePage(string name)
    {
        var run = CliRunner.Run("parse", SamplePages.PathOf(name), "--format", "jsonld");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().EndWith("}\n");
        NewsPageJsonLd.Deserialize(run.Stdout).Should().Be(NewsPageJsonLd.Deserialize(NewsPageJsonLd.Serialize(SamplePages.Parse(name))));
    }

    [Fact]
    public void Parse_FromJsonLd_FormatJsonLd_ReExportsTheSameDocument()
    {
        var exported = CliRunner.Run("parse", SamplePages.PathOf("article-a-en.txt"), "--format", "jsonld").Stdout;
        var path = TempFile("page.jsonld", exported);

        var run = CliRunner.Run("parse", path, "--from", "jsonld", "--format", "jsonld");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Be(exported);
    }

    [Fact]
    public void Parse_FromJsonLd_UnmappedAndMalformedValues_WarnWithLineColumnAndPath_Exit0()
    {
        var path = TempFile("other.jsonld", "{\"@type\": \"NewsArticle\",\n \"headline\": \"H\",\n \"datePublished\": \"nope\",\n \"video\": {}}");

        var run = CliRunner.Run("parse", path, "--from", "jsonld");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.StderrLines.Should().HaveCount(2);
        run.StderrLines[0].Should().StartWith(path + ":3:").And.Contain(": warning NM4003: ").And.EndWith("(at $.datePublished)");
        run.StderrLines[1].Should().StartWith(path + ":4:").And.Contain(": warning NM4001: ").And.EndWith("(at $.video)");
        NewsPageJson.Deserialize(run.Stdout).Article!.Headline.Should().Be("H");
    }

    [Fact]
    public void Parse_FromJsonLd_Strict_WarningFailsTheRead_Exit1_AndPrintsNoPage()
    {
        var path = TempFile("other.jsonld", "{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"video\": {}}");

        var run = CliRunner.Run("parse", path, "--from", "jsonld", "--strict");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("NM4001");
    }

    [Theory]
    [InlineData("{\"@type\": \"Recipe\", \"name\": \"Soup\"}", "NM4002")]
    [InlineData("{\"@type\": \"NewsArticle\",", "NM3001")]
    public void Parse_FromJsonLd_NotAnArticleOrNotJson_Exits1_WithAnErrorAtItsPlace(string content, string code)
    {
        var path = TempFile("bad.jsonld", content);

        var run = CliRunner.Run("parse", path, "--from", "jsonld");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Contain(line => line.StartsWith(path + ":1:") && line.Contains(": error " + code + ": "));
    }

    [Fact]
    public void Parse_FromJsonLd_FormatText_NeedsAnInterfaceLanguage_WhichUiLangGives()
    {
        var exported = CliRunner.Run("parse", SamplePages.PathOf("article-a-en.txt"), "--format", "jsonld").Stdout;
        var path = TempFile("page.jsonld", exported);

        var refused = CliRunner.Run("parse", path, "--from", "jsonld", "--format", "text");
        var rendered = CliRunner.Run("parse", path, "--from", "jsonld", "--format", "text", "--ui-lang", "en");

        // JSON-LD does not carry the interface language (inLanguage is the content's), so page text cannot choose labels.
        refused.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        refused.Stderr.Should().Contain("UiLanguage");
        rendered.ExitCode.Should().Be(NewsModelCommand.ExitParsed, rendered.Stderr);
        NewsPageText.Parse(rendered.Stdout).Article!.Headline.Should().Be(SamplePages.Parse("article-a-en.txt").Article!.Headline);
    }

    // A page read from JSON-LD, ninjs or JSON holds what page text cannot show (dates, URLs, authors); re-rendering it
    // with another language's labels changes its labels and nothing else, so that metadata stays. The oracle: the
    // page read back field by field, and the Yoruba banner as the library renders the sample page in Yoruba.
    // (JSON-LD and ninjs carry no cookie banner, the site's and not the article's: there is none to translate.)
    [Theory]
    [InlineData("json", true)]
    [InlineData("jsonld", false)]
    [InlineData("ninjs", false)]
    public void Parse_UiLang_OfAPageWithPublishingMetadata_KeepsTheMetadata_AndTranslatesTheLabels(string from, bool carriesBanner)
    {
        var sample = SamplePages.Parse("article-a-en.txt");
        var page = sample with
        {
            CanonicalUrl = "https://news.example/lindenmere-solar",
            Article = sample.Article! with
            {
                Published = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero),
                Authors = [new NewsAuthor { Name = "Ada Example" }],
                Keywords = ["energy", "Lindenmere"],
            },
        };
        var input = TempFile("page." + from, from switch
        {
            "json" => NewsPageJson.Serialize(page),
            "jsonld" => NewsPageJsonLd.Serialize(page),
            _ => NewsPageNinjs.Serialize(page),
        });

        var run = CliRunner.Run("parse", input, "--from", from, "--ui-lang", "yo");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        var rendered = NewsPageJson.Deserialize(run.Stdout);
        rendered.UiLanguage.Should().Be("yo");
        if (carriesBanner)
        {
            rendered.Consent.Should().Be(NewsPageText.Parse(NewsPageText.Write(sample, new NewsPageTextOptions { UiLanguage = "yo" })).Consent);
            rendered.Consent.Should().NotBe(sample.Consent, "the banner is rendered in Yoruba");
        }
        else
        {
            rendered.Consent.Should().BeNull();
        }

        rendered.CanonicalUrl.Should().Be(page.CanonicalUrl);
        rendered.Article!.Published.Should().Be(page.Article.Published);
        rendered.Article.Authors.Select(a => a.Name).Should().Equal("Ada Example");
        rendered.Article.Keywords.Should().Equal("energy", "Lindenmere");
        rendered.Article.Body.Should().Equal(sample.Article!.Body);
        rendered.Article.Headline.Should().Be(sample.Article.Headline);
    }

    [Fact]
    public void ParseHelp_ListsEveryInputAndOutputFormat()
    {
        var run = CliRunner.Run("parse", "--help");

        run.Stdout.Should().Contain("text|json|jsonld|ninjs").And.Contain("json|text|jsonld|ninjs|ninjs2");
    }

    [Theory]
    [InlineData("ninjs", NinjsVersion.V3_1, "\"versionCreated\"")]
    [InlineData("ninjs2", NinjsVersion.V2_2, "\"versioncreated\"")]
    public void Parse_FormatNinjs_IsTheLibrarysNinjsOfThatVersion(string format, NinjsVersion version, string versionMember)
    {
        var name = "article-a-en.txt";
        var page = SamplePages.Parse(name) with { Article = SamplePages.Parse(name).Article! with { Modified = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero) } };
        var json = TempFile("page.json", NewsPageJson.Serialize(page));

        var run = CliRunner.Run("parse", json, "--from", "json", "--format", format);

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stdout.Should().Be(NewsPageNinjs.Serialize(page, new NewsPageNinjsOptions { Version = version, WriteIndented = true }) + "\n");
        run.Stdout.Should().Contain(versionMember);
    }

    [Theory]
    [InlineData("ninjs")]
    [InlineData("ninjs2")]
    public void Parse_FromNinjs_FormatNinjs_ImportsAndReExportsTheSameDocument(string format)
    {
        var exported = CliRunner.Run("parse", SamplePages.PathOf("article-a-en.txt"), "--format", format).Stdout;
        var path = TempFile("agency.json", exported);

        var run = CliRunner.Run("parse", path, "--from", "ninjs", "--format", format);

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Be(exported);
    }

    [Fact]
    public void Parse_FromNinjs_AgencyItemWithUnmappedMember_WarnsAtItsPath()
    {
        var path = TempFile("agency.json", "{\"uri\": \"urn:agency:1\", \"type\": \"text\",\n \"headlines\": [{\"value\": \"H\"}],\n \"ednote\": \"Embargoed\"}");

        var run = CliRunner.Run("parse", path, "--from", "ninjs");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith(path + ":3:").And.Contain(": warning NM4001: ").And.EndWith("(at $.ednote)");
        NewsPageJson.Deserialize(run.Stdout).Article!.Headline.Should().Be("H");
    }

    [Fact]
    public void Parse_FromNinjs_PictureItem_Exits1_WithUnsupportedItemType()
    {
        var path = TempFile("picture.json", "{\"uri\": \"urn:agency:2\", \"type\": \"picture\"}");

        var run = CliRunner.Run("parse", path, "--from", "ninjs");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stdout.Should().BeEmpty();
        run.StderrLines.Should().Contain(line => line.StartsWith(path + ":") && line.Contains(": error NM4002: "));
    }

    [Fact]
    public void Parse_FromNinjs_FormatText_WarnsThatTheTextLeavesTheMetadataOut_AndWritesThePage()
    {
        var path = TempFile("agency.json", "{\"uri\": \"urn:agency:3\", \"type\": \"text\", \"versionCreated\": \"2026-11-30T09:00:00Z\",\n"
            + " \"headlines\": [{\"value\": \"Rain returns to the valley\"}], \"descriptions\": [{\"role\": \"summary\", \"value\": \"Farmers welcomed it.\"}],\n"
            + " \"bodies\": [{\"contentType\": \"text/plain\", \"value\": \"It rained all night.\"}]}");

        var run = CliRunner.Run("parse", path, "--from", "ninjs", "--format", "text");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        // One warning per member left out: ninjs's uri is the identifier, versionCreated the time of the last change.
        run.StderrLines.Should().Equal(
            path + ":Article.Identifier: warning NM2131: Page text does not show publishing metadata (Article.Identifier): the text output leaves it out.",
            path + ":Article.Modified: warning NM2131: Page text does not show publishing metadata (Article.Modified): the text output leaves it out.");
        var page = NewsPageText.Parse(run.Stdout);
        page.Article!.Headline.Should().Be("Rain returns to the valley");
        page.Article.Body.Should().Equal("It rained all night.");
    }

    [Fact]
    public void Convert_ToText_PageWithMetadata_LeavesItOutWithWarnings_AsParseDoes()
    {
        var input = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.jsonld"), "{\"@type\": \"NewsArticle\", \"headline\": \"Rain returns\", \"datePublished\": \"2026-11-30T09:00:00Z\",\n"
            + " \"description\": \"Farmers welcomed it.\", \"articleBody\": \"It rained all night.\"}");
        var output = Path.Combine(_directory, "out");

        var converted = CliRunner.Run("convert", input, "--to", "text", "--out", output, "--quiet");
        var parsed = CliRunner.Run("parse", Path.Combine(input, "a.jsonld"), "--from", "jsonld", "--format", "text");

        converted.ExitCode.Should().Be(NewsModelCommand.ExitParsed, converted.Stderr);
        parsed.ExitCode.Should().Be(NewsModelCommand.ExitParsed, parsed.Stderr);
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be(parsed.Stdout);
        NewsPageText.Parse(parsed.Stdout).Article!.Headline.Should().Be("Rain returns");
        converted.StderrLines.Should().ContainSingle(line => line.Contains(":Article.Published: warning NM2131: "));
        parsed.StderrLines.Should().ContainSingle(line => line.Contains(":Article.Published: warning NM2131: "));
    }

    [Fact]
    public void Convert_Strict_InterchangeInputWithWarning_FailsThatPageAndConvertsTheRest()
    {
        var input = Directory.CreateDirectory(Path.Combine(_directory, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.jsonld"), "{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"video\": {}}");
        File.WriteAllText(Path.Combine(input, "b.jsonld"), "{\"@type\": \"NewsArticle\", \"headline\": \"Clean\"}");
        var output = Path.Combine(_directory, "out.ndjson");

        var lenient = CliRunner.Run("convert", input, "--to", "ndjson", "--out", output, "--quiet");
        var strict = CliRunner.Run("convert", input, "--to", "ndjson", "--out", output, "--quiet", "--strict");

        lenient.ExitCode.Should().Be(NewsModelCommand.ExitParsed, lenient.Stderr);
        strict.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        strict.Stderr.Should().Contain("a.jsonld").And.Contain("NM4001");
        File.ReadAllLines(output).Should().ContainSingle().Which.Should().Contain("Clean");
    }
}
