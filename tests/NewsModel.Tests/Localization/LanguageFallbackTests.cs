using System.Globalization;
using NewsModel.Localization;
using NewsModel.Tests.Cli;

namespace NewsModel.Tests.Localization;

/// <summary>
/// Culture fallback follows .NET's parent chain, scripts included, from data the library carries: the same answers with
/// and without invariant globalization (CI runs this class in both modes).
/// </summary>
public sealed class LanguageFallbackTests
{
    // The spec: each tag's chain as .NET (ICU) resolves resources, written out by hand.
    public static TheoryData<string, string[]> Chains() => new()
    {
        { "zh-CN", ["zh-CN", "zh-Hans", "zh"] },
        { "zh-SG", ["zh-SG", "zh-Hans", "zh"] },
        { "zh-TW", ["zh-TW", "zh-Hant", "zh"] },
        { "zh-HK", ["zh-HK", "zh-Hant", "zh"] },
        { "zh-MO", ["zh-MO", "zh-Hant", "zh"] },
        { "zh-Hant-TW", ["zh-Hant-TW", "zh-Hant", "zh"] },
        { "zh-Hans", ["zh-Hans", "zh"] },
        { "pt-BR", ["pt-BR", "pt"] },
        { "sr-Latn-RS", ["sr-Latn-RS", "sr-Latn", "sr"] },
        { "yo-NG", ["yo-NG", "yo"] },
        { "fil-PH", ["fil-PH", "fil"] },
        { "sv-FI", ["sv-FI", "sv"] },
        { "en", ["en"] },
        { "zh_tw", ["zh_tw", "zh-Hant", "zh"] },
        { " pt-BR ", ["pt-BR", "pt"] },
    };

    // The catalog language that serves each tag: the first of its chain the catalog has, else none.
    public static TheoryData<string, string> Served() => new()
    {
        { "zh-CN", "zh-Hans" },
        { "zh-SG", "zh-Hans" },
        { "zh-TW", "zh-Hant" },
        { "zh-HK", "zh-Hant" },
        { "zh-MO", "zh-Hant" },
        { "zh-Hant-HK", "zh-Hant" },
        { "pt-BR", "pt" },
        { "yo-NG", "yo" },
        { "fil-PH", "fil" },
        { "sv-SE", "sv" },
        { "ZH-tw", "zh-Hant" },
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void GetFallbackChain_Tag_FollowsTheDotNetParentChain(string tag, string[] expected)
        => LanguageFallback.GetFallbackChain(tag).Should().Equal(expected);

    [Fact]
    public void GetParent_NeutralOrEmpty_IsNull()
    {
        LanguageFallback.GetParent("zh").Should().BeNull();
        LanguageFallback.GetParent("  ").Should().BeNull();
        LanguageFallback.GetParent("zh-TW").Should().Be("zh-Hant");
    }

    [SkippableTheory]
    [MemberData(nameof(Chains))]
    public void GetFallbackChain_WhereCulturesExist_EqualsCultureInfoParents(string tag, string[] expected)
    {
        _ = expected;
        Skip.If(LocalizationTestData.IsGlobalizationInvariant, "Invariant globalization: CultureInfo knows no parents to compare with (the chains above still hold).");
        var name = tag.Trim().Replace('_', '-');

        // The oracle is .NET itself: CultureInfo.Parent up to the invariant culture.
        var dotnet = new List<string>();
        for (var culture = CultureInfo.GetCultureInfo(name); culture.Name.Length > 0; culture = culture.Parent)
        {
            dotnet.Add(culture.Name);
        }

        LanguageFallback.GetFallbackChain(name).Should().Equal(dotnet, (ours, theirs) => string.Equals(ours, theirs, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Served))]
    public void Find_RegionOrScriptTag_IsServedByItsParentLanguage(string tag, string expected)
        => LabelCatalog.Default.Find(tag)!.Language.Should().Be(expected);

    [Fact]
    public void Find_TraditionalChineseRegion_IsNeverServedSimplified()
    {
        var simplifiedOnly = LabelCatalog.Create(LabelCatalog.Default.LabelSets.Where(set => set.Language != "zh-Hant"));

        simplifiedOnly.Find("zh-TW").Should().BeNull();
        simplifiedOnly.GetLabel("zh-TW", LabelKey.RelatedNews).Should().Be(LabelCatalog.Default.Find("en")![LabelKey.RelatedNews]);
    }

    [Theory]
    [MemberData(nameof(Served))]
    public void Write_RegionOrScriptTag_WritesItsParentsLabels(string tag, string expected)
    {
        var page = LocalizedPages.Article("en");

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = tag });

        NewsPageText.Parse(text).UiLanguage.Should().Be(expected);
        text.Should().Contain(LabelCatalog.Default.Find(expected)![LabelKey.RelatedNews]);
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hant")]
    public void Cli_UiLangRegion_IsServedByItsScript(string tag, string expected)
    {
        var run = CliRunner.Run("parse", Path.Combine(TestSupport.Repository.SamplePages, "article-a-en.txt"), "--format", "text", "--ui-lang", tag);

        run.ExitCode.Should().Be(0, run.Stderr);
        NewsPageText.Parse(run.Stdout).UiLanguage.Should().Be(expected);
    }

    [Theory]
    [InlineData("fil-PH", 4, PluralCategory.Other)]
    [InlineData("fil-PH", 5, PluralCategory.One)]
    [InlineData("sv-FI", 1, PluralCategory.One)]
    [InlineData("zh-TW", 1, PluralCategory.Other)]
    public void PluralRules_RegionTag_UsesItsLanguagesRules(string tag, int count, PluralCategory expected)
        => PluralRules.GetCategory(tag, count).Should().Be(expected);
}
