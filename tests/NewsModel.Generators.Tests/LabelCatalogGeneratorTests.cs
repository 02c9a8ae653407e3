using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;
using static NewsModel.Generators.Tests.GeneratorHarness;

namespace NewsModel.Generators.Tests;

/// <summary>
/// Issue 6 §5: a bad label entry is a build error naming the file, the line and the entry (it used to build clean and
/// make every call throw TypeInitializationException), and good entries compile into the tables.
/// </summary>
public sealed class LabelCatalogGeneratorTests
{
    private static readonly (string, string)[] s_neutral =
    [
        ("related_news", "Related Articles"),
        ("related_news.variant1", "Related news"),
        ("cookie_accept", "Accept"),
        ("reading_time_one", "{0} min read"),
        ("reading_time_other", "{0} min read"),
    ];

    [Fact]
    public void Run_GoodFiles_EmitsTheTablesWithoutDiagnostics()
    {
        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("NewsLabels.ru.resx", Resx(("related_news", "Похожие новости"), ("reading_time_few", "{0} минуты чтения"))), ("PluralRules.tsv", Plurals));

        result.Diagnostics.Should().BeEmpty();
        var keys = Source(result, "LabelKeys.g.cs");
        keys.Should().Contain("s_resourceNames = [\"related_news\", \"cookie_accept\", \"reading_time\"]");
        keys.Should().Contain("s_countDependent = [false, false, true]");
        var labels = Source(result, "ShippedLabels.g.cs");
        labels.Should().Contain("(\"reading_time_few\", \"{0} минуты чтения\")").And.Contain("(\"en\",").And.Contain("(\"ru\",");
    }

    [Theory]
    [InlineData("relatd_news")]
    [InlineData("related_news_one")] // a plural form of a key that does not depend on a count
    [InlineData("reading_time_several")] // not a CLDR category
    [InlineData("reading_time.variant1")] // a count-dependent key has no variants
    [InlineData("related_news.variant0")]
    [InlineData("related_news.variant01")]
    [InlineData("Related_News")]
    public void Run_UnknownEntryName_IsAnErrorAtTheEntry(string name)
    {
        var yoruba = Resx(("related_news", "Awọn iroyin ti o ni ibatan"), (name, "Ọ̀rọ̀"));

        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("/src/Resources/NewsLabels.yo.resx", yoruba), ("PluralRules.tsv", Plurals));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN004");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.GetMessage(CultureInfo.InvariantCulture).Should().StartWith($"'NewsLabels.yo.resx' entry '{name}': not a label resource name")
            .And.Contain("related_news, cookie_accept").And.Contain("reading_time_one");
        AssertAt(error, "/src/Resources/NewsLabels.yo.resx", LineOf(yoruba, name));
        Source(result, "ShippedLabels.g.cs").Should().NotContain("Ọ̀rọ̀", "no table is emitted from bad input");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Run_EmptyText_IsAnError(string text)
    {
        var german = Resx(("cookie_accept", text));

        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("NewsLabels.de.resx", german), ("PluralRules.tsv", Plurals));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN005");
        error.GetMessage(CultureInfo.InvariantCulture).Should().StartWith("'NewsLabels.de.resx' entry 'cookie_accept': the text is empty");
        AssertAt(error, "NewsLabels.de.resx", LineOf(german, "cookie_accept"));
    }

    [Theory]
    [InlineData("reading_time_other", "{1} minutos", "its placeholders ({1}) differ from those of the neutral text 'reading_time_other' ({0})")]
    [InlineData("reading_time_other", "minutos", "its placeholders (none) differ from those of the neutral text 'reading_time_other' ({0})")]
    [InlineData("reading_time_many", "{0} de {1} minutos", "its placeholders ({0}, {1}) differ from those of the neutral text 'reading_time_other' ({0})")]
    [InlineData("cookie_accept", "Aceitar {0}", "its placeholders ({0}) differ from those of the neutral text 'cookie_accept' (none)")]
    [InlineData("reading_time_other", "{0 minutos", "not a valid format string: the '{' at 1 is not closed")]
    [InlineData("reading_time_other", "{0} minutos}", "not a valid format string: a '}' at 12 closes no placeholder")]
    [InlineData("reading_time_other", "{x} minutos", "not a valid format string: '{x}' is not a placeholder")]
    public void Run_PlaceholdersUnlikeTheNeutralText_IsAnError(string name, string text, string reason)
    {
        var portuguese = Resx(("related_news", "Notícias relacionadas"), (name, text));

        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("NewsLabels.pt.resx", portuguese), ("PluralRules.tsv", Plurals));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN006");
        error.GetMessage(CultureInfo.InvariantCulture).Should().StartWith($"'NewsLabels.pt.resx' entry '{name}': {reason}");
        AssertAt(error, "NewsLabels.pt.resx", LineOf(portuguese, name));
    }

    [Fact]
    public void Run_OneFormThatSpellsTheNumberOut_IsAllowed()
    {
        var arabic = Resx(("reading_time_one", "دقيقة واحدة للقراءة"), ("reading_time_other", "{0} دقيقة للقراءة"));

        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("NewsLabels.ar.resx", arabic), ("PluralRules.tsv", Plurals));

        result.Diagnostics.Should().BeEmpty("the zero, one and two forms may name the number in words");
    }

    [Theory]
    [InlineData("related_news.variant2", "Related Articles", "its text repeats that of 'related_news'")]
    [InlineData("related_news.variant3", "Related news", "its text repeats that of 'related_news.variant1'")]
    public void Run_VariantThatRepeatsAText_IsAnError(string name, string text, string reason)
    {
        var neutral = Resx([.. s_neutral, (name, text)]);

        var result = Run(SmallKeys, ("NewsLabels.resx", neutral), ("PluralRules.tsv", Plurals));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN007");
        error.GetMessage(CultureInfo.InvariantCulture).Should().StartWith($"'NewsLabels.resx' entry '{name}': {reason}");
        AssertAt(error, "NewsLabels.resx", LineOf(neutral, name));
    }

    [Fact]
    public void Run_EntryTwiceInAFile_IsAnError()
    {
        var result = Run(SmallKeys, ("NewsLabels.resx", Resx([.. s_neutral, ("cookie_accept", "OK")])), ("PluralRules.tsv", Plurals));

        result.Diagnostics.Should().ContainSingle().Which.GetMessage(CultureInfo.InvariantCulture).Should().Be("'NewsLabels.resx' entry 'cookie_accept': the entry appears twice in the file");
    }

    [Theory]
    [InlineData("en\tone\ti = 1 and and v = 0 @integer 1", "the 'one' rule of 'en' is not valid CLDR plural rule syntax: Unknown plural operand 'and'.")]
    [InlineData("en\tone\ti = @integer 1", "the 'one' rule of 'en' is not valid CLDR plural rule syntax: Unexpected end of plural rule 'i ='.")]
    [InlineData("en\tone\ti == 1 @integer 1", "the 'one' rule of 'en' is not valid CLDR plural rule syntax: Expected a number in a plural rule, found '='.")]
    [InlineData("en\tone\ti = 1 v = 0", "the 'one' rule of 'en' is not valid CLDR plural rule syntax: Unexpected 'v' in plural rule 'i = 1 v = 0'.")]
    [InlineData("en\tsingular\ti = 1", "'singular' is not a CLDR plural category (zero, one, two, few, many, other)")]
    [InlineData("en\tone\t@integer 1", "the 'one' rule has no condition (only 'other' may have none)")]
    [InlineData("en one i = 1", "expected three tab-separated columns: locales, category, rule")]
    public void Run_BadPluralRule_IsAnErrorAtItsLine(string row, string reason)
    {
        var rules = "# comment\nlocales\tcategory\trule\nroot\tother\t@integer 0~15\n" + row + "\n";

        var result = Run(SmallKeys, ("NewsLabels.resx", Resx(s_neutral)), ("/data/PluralRules.tsv", rules));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN002");
        error.GetMessage(CultureInfo.InvariantCulture).Should().Be($"'PluralRules.tsv' line 4: {reason}");
        AssertAt(error, "/data/PluralRules.tsv", 4);
    }

    [Fact]
    public void Run_MalformedResx_IsAnErrorAtTheXmlError()
    {
        var result = Run(SmallKeys, ("NewsLabels.resx", "<root>\n  <data name=\"cookie_accept\">\n    <value>Accept</valu>\n  </data>\n</root>"), ("PluralRules.tsv", Plurals));

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("NMGEN001");
        AssertAt(error, "NewsLabels.resx", 3);
    }

    [Fact]
    public void Run_KeysWithAGap_IsAnError()
    {
        var result = Run(SmallKeys.Replace("ReadingTime = 2", "ReadingTime = 5", StringComparison.Ordinal), ("NewsLabels.resx", Resx(s_neutral)), ("PluralRules.tsv", Plurals));

        result.Diagnostics.Should().Contain(d => d.Id == "NMGEN008" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'ReadingTime' is 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ShippedFiles_EmitEveryKeyOfTheNeutralResourcesWithoutDiagnostics()
    {
        var root = Path.Combine(Repository.Root, "src", "NewsModel");
        var files = Directory.GetFiles(Path.Combine(root, "Resources", "Localization"), "NewsLabels*.resx")
            .Append(Path.Combine(root, "Localization", "PluralRules.tsv"))
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();

        var result = Run(File.ReadAllText(Path.Combine(root, "Localization", "LabelKey.cs")), files);

        result.Diagnostics.Should().BeEmpty();

        // The oracle: the names the neutral .resx file was written with, each reduced to its key by hand.
        var neutralNames = XDocument.Load(Path.Combine(root, "Resources", "Localization", "NewsLabels.resx")).Root!.Elements("data")
            .Select(data => Regex.Replace((string)data.Attribute("name")!, @"(\.variant\d+|_(zero|one|two|few|many|other))$", string.Empty))
            .ToHashSet(StringComparer.Ordinal);
        var generated = Regex.Match(Source(result, "LabelKeys.g.cs"), @"s_resourceNames = \[(?<names>[^\]]*)\]").Groups["names"].Value
            .Split(", ").Select(name => name.Trim('"')).ToList();
        generated.Should().BeEquivalentTo(neutralNames);
        generated.Should().Equal(LabelKeys.All.Select(LabelKeys.GetResourceName), "the library's table is the one generated");
    }

    private static string Source(GeneratorRunResult result, string hintName)
        => result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    private static void AssertAt(Diagnostic diagnostic, string path, int line)
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.Should().Be(path);
        (span.StartLinePosition.Line + 1).Should().Be(line, "the error points at the entry's line");
    }
}
