using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

public sealed class PluralRulesTests
{
    public static TheoryData<string, string, string> RuleRows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (locales, category, rule) in ShippedLabels.PluralRuleData)
        {
            foreach (var locale in locales.Split(' '))
            {
                data.Add(locale, category, rule);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleRows))]
    public void GetCategory_CldrIntegerSamples_GiveTheirCategory(string locale, string category, string rule)
    {
        var expected = Enum.Parse<PluralCategory>(category, ignoreCase: true);
        var samples = PluralRules.IntegerSamples(rule).ToList();

        foreach (var sample in samples)
        {
            PluralRules.GetCategory(locale, sample).Should().Be(expected, $"CLDR lists {sample} as '{category}' in {locale} ({rule})");
        }
    }

    [Theory]
    // English: one for 1 only.
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("en", -1, PluralCategory.One)]
    [InlineData("en-GB", 1, PluralCategory.One)]
    // Portuguese (Brazil and the neutral pt): 0 and 1 are one; millions are many.
    [InlineData("pt", 0, PluralCategory.One)]
    [InlineData("pt", 1, PluralCategory.One)]
    [InlineData("pt", 2, PluralCategory.Other)]
    [InlineData("pt", 999_999, PluralCategory.Other)]
    [InlineData("pt", 1_000_000, PluralCategory.Many)]
    [InlineData("pt-BR", 0, PluralCategory.One)]
    // European Portuguese: 0 is other.
    [InlineData("pt-PT", 0, PluralCategory.Other)]
    [InlineData("pt-PT", 1, PluralCategory.One)]
    [InlineData("pt-PT", 2, PluralCategory.Other)]
    [InlineData("pt-PT", 1_000_000, PluralCategory.Many)]
    // Spanish: many for exact millions.
    [InlineData("es", 0, PluralCategory.Other)]
    [InlineData("es", 1, PluralCategory.One)]
    [InlineData("es", 2, PluralCategory.Other)]
    [InlineData("es", 1_000_000, PluralCategory.Many)]
    [InlineData("es", 1_000_001, PluralCategory.Other)]
    [InlineData("es", 2_000_000, PluralCategory.Many)]
    [InlineData("es-MX", 1_000_000, PluralCategory.Many)]
    // French: 0 and 1 are one; millions are many.
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 1_000_000, PluralCategory.Many)]
    // Russian: one, few, many by the last digits.
    [InlineData("ru", 0, PluralCategory.Many)]
    [InlineData("ru", 1, PluralCategory.One)]
    [InlineData("ru", 2, PluralCategory.Few)]
    [InlineData("ru", 4, PluralCategory.Few)]
    [InlineData("ru", 5, PluralCategory.Many)]
    [InlineData("ru", 11, PluralCategory.Many)]
    [InlineData("ru", 12, PluralCategory.Many)]
    [InlineData("ru", 14, PluralCategory.Many)]
    [InlineData("ru", 21, PluralCategory.One)]
    [InlineData("ru", 22, PluralCategory.Few)]
    [InlineData("ru", 25, PluralCategory.Many)]
    [InlineData("ru", 101, PluralCategory.One)]
    [InlineData("ru", 111, PluralCategory.Many)]
    [InlineData("ru", 112, PluralCategory.Many)]
    [InlineData("ru", 122, PluralCategory.Few)]
    // Arabic: all six.
    [InlineData("ar", 0, PluralCategory.Zero)]
    [InlineData("ar", 1, PluralCategory.One)]
    [InlineData("ar", 2, PluralCategory.Two)]
    [InlineData("ar", 3, PluralCategory.Few)]
    [InlineData("ar", 10, PluralCategory.Few)]
    [InlineData("ar", 11, PluralCategory.Many)]
    [InlineData("ar", 99, PluralCategory.Many)]
    [InlineData("ar", 100, PluralCategory.Other)]
    [InlineData("ar", 102, PluralCategory.Other)]
    [InlineData("ar", 103, PluralCategory.Few)]
    [InlineData("ar", 111, PluralCategory.Many)]
    [InlineData("ar-EG", 2, PluralCategory.Two)]
    // Yoruba: other only.
    [InlineData("yo", 0, PluralCategory.Other)]
    [InlineData("yo", 1, PluralCategory.Other)]
    [InlineData("yo", 2, PluralCategory.Other)]
    [InlineData("yo-NG", 1_000_000, PluralCategory.Other)]
    // Polish: few and many.
    [InlineData("pl", 1, PluralCategory.One)]
    [InlineData("pl", 2, PluralCategory.Few)]
    [InlineData("pl", 5, PluralCategory.Many)]
    [InlineData("pl", 12, PluralCategory.Many)]
    [InlineData("pl", 22, PluralCategory.Few)]
    // Unknown languages: CLDR root, other only.
    [InlineData("xx", 1, PluralCategory.Other)]
    [InlineData("", 1, PluralCategory.Other)]
    public void GetCategory_AtCldrBoundary_GivesCategory(string language, long count, PluralCategory expected)
        => PluralRules.GetCategory(language, count).Should().Be(expected);

    [Theory]
    [InlineData("yo", new[] { PluralCategory.Other })]
    [InlineData("en", new[] { PluralCategory.One, PluralCategory.Other })]
    [InlineData("pt", new[] { PluralCategory.One, PluralCategory.Many, PluralCategory.Other })]
    [InlineData("ru", new[] { PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other })]
    [InlineData("ar", new[] { PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other })]
    [InlineData("zh-Hans", new[] { PluralCategory.Other })]
    public void GetCategories_Language_ListsTheCategoriesItUses(string language, PluralCategory[] expected)
        => PluralRules.GetCategories(language).Should().Equal(expected);

    [Fact]
    public void GetCategory_LongMinValue_DoesNotOverflow()
        => PluralRules.GetCategory("en", long.MinValue).Should().Be(PluralCategory.Other);

    [Theory]
    [InlineData("x = 1")]
    [InlineData("n = ")]
    [InlineData("n % = 1")]
    [InlineData("n = 1 and")]
    [InlineData("n ~ 1")]
    public void Parse_InvalidRule_ThrowsFormatException(string rule)
    {
        var act = () => PluralCondition.Parse(rule);

        act.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("n is 1", 1, true)]
    [InlineData("n is not 1", 1, false)]
    [InlineData("n in 2..4", 3, true)]
    [InlineData("n not in 2..4", 3, false)]
    [InlineData("n mod 10 in 2..4", 23, true)]
    [InlineData("n within 0..2", 2, true)]
    public void Parse_LegacySyntax_IsUnderstood(string rule, long count, bool expected)
        => PluralCondition.Parse(rule)!.Matches((ulong)count).Should().Be(expected);
}
