using NewsModel.Consent;
using NewsModel.Localization;

namespace NewsModel.Tests.Consent;

public sealed class ConsentPurposeTests
{
    private static readonly ConsentPurpose[] s_all = [ConsentPurpose.StrictlyNecessary, .. ConsentPurpose.Standard];

    public static TheoryData<string> Languages => [.. LabelCatalog.Default.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void StandardPurposes_HaveTheirOwnNameAndDescription_InEveryShippedLanguage(string language)
    {
        var set = LabelCatalog.Default.Find(language)!;
        var keys = new[]
        {
            (LabelKey.ConsentNecessaryName, LabelKey.ConsentNecessaryDescription), (LabelKey.ConsentAnalyticsName, LabelKey.ConsentAnalyticsDescription),
            (LabelKey.ConsentAdvertisingName, LabelKey.ConsentAdvertisingDescription), (LabelKey.ConsentPersonalizationName, LabelKey.ConsentPersonalizationDescription),
            (LabelKey.ConsentFunctionalityName, LabelKey.ConsentFunctionalityDescription),
        };

        for (var i = 0; i < s_all.Length; i++)
        {
            set.TryGetLabel(keys[i].Item1, out var name).Should().BeTrue($"{language} translates the {s_all[i].Id} name itself");
            set.TryGetLabel(keys[i].Item2, out var description).Should().BeTrue();
            s_all[i].GetName(language).Should().Be(name);
            s_all[i].GetDescription(language).Should().Be(description);
            description!.Length.Should().BeGreaterThan(name!.Length);
        }

        s_all.Select(p => p.GetName(language)).Should().OnlyHaveUniqueItems($"a settings view in {language} tells the purposes apart");
        s_all.Select(p => p.GetDescription(language)).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("xx", "en")]
    [InlineData("", "en")]
    public void StandardPurposes_UnshippedLanguage_FallBackAlongTheCatalog(string language, string served)
        => ConsentPurpose.Analytics.GetName(language).Should().Be(LabelCatalog.Default.Find(served)![LabelKey.ConsentAnalyticsName]);

    [Fact]
    public void StandardPurposes_FollowTheGivenCatalog()
    {
        var catalog = LabelCatalog.Default.With(LabelCatalog.Default.Find("en")!.With([KeyValuePair.Create(LabelKey.ConsentAnalyticsName, "Audience measurement")]));

        ConsentPurpose.Analytics.GetName("en", catalog).Should().Be("Audience measurement");
        ConsentPurpose.Analytics.GetName("en").Should().Be("Analytics");
    }

    [Theory]
    [InlineData("fr-CA", "Météo")]
    [InlineData("zh-TW", "天氣")]
    [InlineData("de", "Weather")]
    [InlineData("EN", "Weather")]
    public void CustomPurpose_TextOfTheLanguageOrItsParents_ElseTheNeutralLanguage(string language, string expected)
    {
        var weather = ConsentPurpose.Create("weather", [
            new ConsentPurposeText { Language = "fr", Name = "Météo", Description = "Prévisions locales." },
            new ConsentPurposeText { Language = "en", Name = "Weather", Description = "Local forecasts." },
            new ConsentPurposeText { Language = "zh-Hant", Name = "天氣", Description = "當地天氣預報。" },
        ]);

        weather.GetName(language).Should().Be(expected);
        weather.IsStandard.Should().BeFalse();
    }

    [Fact]
    public void CustomPurpose_NoNeutralText_TakesTheFirst_AndNoTextsTakesTheId()
    {
        var only = ConsentPurpose.Create("maps", [new ConsentPurposeText { Language = "sw", Name = "Ramani", Description = "Ramani shirikishi." }]);
        var bare = ConsentPurpose.Create("maps", []);

        only.GetName("ja").Should().Be("Ramani");
        only.GetDescription("ja").Should().Be("Ramani shirikishi.");
        bare.GetName("ja").Should().Be("maps");
        bare.GetDescription("ja").Should().BeEmpty();
    }
}
