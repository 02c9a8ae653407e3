using System.Text;
using System.Text.RegularExpressions;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Localization;

public sealed partial class ShippedCatalogTests
{
    private static readonly LabelSet s_neutral = LabelCatalog.Default.Find(LabelCatalog.NeutralLanguage)!;

    [Fact]
    public void Default_ShipsAtLeast25Languages_IncludingEverySiteLanguage()
    {
        var languages = LabelCatalog.Default.Languages.ToList();

        languages.Should().HaveCountGreaterThanOrEqualTo(25);
        languages.Should().Contain(["en", "es", "pt", "fr", "de", "it", "ru", "yo", "sw", "ha", "am", "hi", "da"]);
        languages.Should().Contain(["ar", "zh-Hans", "ja", "ko", "tr", "pl", "nl", "uk", "id", "vi", "ig", "zu"]);
        languages[0].Should().Be(LabelCatalog.NeutralLanguage);
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void Language_HasEveryKey_AndEveryPluralCategoryItUses(string language)
    {
        var set = LabelCatalog.Default.Find(language)!;

        set.Language.Should().Be(language);
        foreach (var key in LabelKeys.All)
        {
            set[key].Should().NotBeNullOrWhiteSpace($"{language} needs '{LabelKeys.GetResourceName(key)}'");
        }

        var categories = PluralRules.GetCategories(language);
        foreach (var category in Enum.GetValues<PluralCategory>())
        {
            var text = set.GetText(LabelKey.ReadingTime, category);
            if (categories.Contains(category))
            {
                text.Should().NotBeNullOrWhiteSpace($"{language} uses the CLDR category '{category}'");
            }
            else
            {
                text.Should().BeNull($"{language} does not use the CLDR category '{category}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void Language_EveryText_IsNfcAndKeepsTheNeutralPlaceholders(string language)
    {
        var set = LabelCatalog.Default.Find(language)!;

        foreach (var (name, text) in set.Resources)
        {
            text.IsNormalized(NormalizationForm.FormC).Should().BeTrue($"{language} '{name}' must be NFC");
            text.Should().Be(text.Trim(), $"{language} '{name}' has no leading or trailing spaces");
            LabelKeys.TryParseResourceName(name, out var key, out _, out _).Should().BeTrue();
            Placeholders(text).Should().Equal(Placeholders(s_neutral[key]!), $"{language} '{name}' keeps the neutral string's placeholders");
        }
    }

    [Fact]
    public void ResxFiles_MatchTheCompiledCatalog_ExactlyOnePerLanguage()
    {
        var files = LocalizationTestData.ReadResxFiles().ToList();

        files.Select(f => f.Language).Should().BeEquivalentTo(LabelCatalog.Default.Languages);
        foreach (var (language, entries) in files)
        {
            LabelCatalog.Default.Find(language)!.Resources.Should().BeEquivalentTo(entries, $"the generator compiles {language}'s .resx as it is");
        }
    }

    [SiteLabelsFact]
    public void ResxComments_MarkEveryStringNotFromTheSite_AsUnverified()
    {
        var exact = SiteLabelsOrEmpty();
        foreach (var (language, name, comment) in LocalizationTestData.ReadResxComments())
        {
            if (exact.ContainsKey((language, name)))
            {
                comment.Should().StartWith("Exact", $"{language} '{name}' is a site label");
            }
            else
            {
                comment.Should().Contain("Unverified", $"{language} '{name}' is our own translation");
            }
        }
    }

    [SiteLabelsFact]
    public void SiteLabels_AreInTheCatalog_ExactlyAsWritten()
    {
        var labels = SiteLabelsOrEmpty();

        labels.Should().NotBeEmpty();
        foreach (var ((language, name), text) in labels)
        {
            LabelKeys.TryParseResourceName(name, out var key, out var category).Should().BeTrue($"'{name}' is a label resource name");
            LabelCatalog.Default.Contains(language).Should().BeTrue($"the site shows {language}");
            LabelCatalog.Default.Find(language)!.GetText(key, category).Should().Be(text, $"{language} '{name}' is exact (ordinal, same code points)");
        }
    }

    [Fact]
    public void LineLabels_AreUnambiguous_NoMatchingFormBelongsToTwoKeys()
    {
        // Two languages may share a word for the same key (es and pt "Seguir"): the page's other labels tell them apart,
        // and the line reads the same either way. One text for two keys would make a line's meaning depend on a guess.
        var owners = new Dictionary<string, (LabelKey Key, string Owner)>(StringComparer.Ordinal);
        foreach (var set in LabelCatalog.Default.LabelSets)
        {
            foreach (var key in LabelOracle.LineKeys)
            {
                foreach (var text in set.GetRecognizedTexts(key))
                {
                    var form = LabelText.ToMatchingForm(text)!;
                    var owner = $"{set.Language} {LabelKeys.GetResourceName(key)}";
                    if (owners.TryGetValue(form, out var existing))
                    {
                        existing.Key.Should().Be(key, $"'{text}' ({owner}) reads the same as {existing.Owner}");
                    }

                    owners[form] = (key, owner);
                }
            }
        }
    }

    [Fact]
    public void LineLabels_SharedAcrossLanguages_AreFewAndListed()
    {
        // Every text two languages share, so that a new one is a decision and not an accident.
        var shared = LabelCatalog.Default.LabelSets
            .SelectMany(set => LabelOracle.LineKeys
                .SelectMany(key => set.GetRecognizedTexts(key).Select(text => (Form: LabelText.ToMatchingForm(text), set.Language))))
            .GroupBy(entry => entry.Form, StringComparer.Ordinal)
            .Where(group => group.Select(entry => entry.Language).Distinct().Count() > 1)
            .Select(group => string.Join(" ", group.Select(entry => entry.Language).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);

        shared.Should().Equal("es pt");
    }

    [Theory]
    [InlineData("ar", TextDirection.RightToLeft)]
    [InlineData("fa", TextDirection.RightToLeft)]
    [InlineData("ar-EG", TextDirection.RightToLeft)]
    [InlineData("en", TextDirection.LeftToRight)]
    [InlineData("yo", TextDirection.LeftToRight)]
    [InlineData("zh-Hans", TextDirection.LeftToRight)]
    [InlineData("xx", TextDirection.LeftToRight)]
    public void GetTextDirection_ShippedLanguage_ReportsItsDirection(string language, TextDirection expected)
        => LabelCatalog.Default.GetTextDirection(language).Should().Be(expected);

    [Fact]
    public void FromResources_UnknownName_Throws()
    {
        var act = () => LabelSet.FromResources("xx", [KeyValuePair.Create("related_newz", "News")]);

        act.Should().Throw<ArgumentException>().WithMessage("*related_newz*");
    }

    [Fact]
    public void FromResources_PluralFormOfAPlainLabel_Throws()
    {
        var act = () => LabelSet.FromResources("xx", [KeyValuePair.Create("related_news_one", "News")]);

        act.Should().Throw<ArgumentException>();
    }

    internal static Dictionary<(string Language, string Name), string> SiteLabelsOrEmpty()
    {
        var path = LocalizationTestData.SiteLabelsPath;
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path, Encoding.UTF8)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => (columns[0], columns[1]), columns => columns[2]);
    }

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
