using System.Collections.Immutable;
using System.Globalization;
using NewsModel.Localization;

namespace NewsModel.Generators.Tests;

/// <summary>
/// The build-time rules against their run-time counterparts, on generated input: the name grammar against
/// <see cref="LabelKeys.TryParseResourceName(ReadOnlySpan{char}, out LabelKey, out PluralCategory, out int)"/>, the
/// placeholder reader against <see cref="string.Format(IFormatProvider, string, object[])"/> itself.
/// </summary>
public sealed class LabelResourceRulesTests
{
    private static readonly ImmutableArray<LabelKeyInfo> s_keys =
        [.. LabelKeys.All.Select(key => new LabelKeyInfo(key.ToString(), (int)key, LabelKeys.GetResourceName(key), LabelKeys.IsCountDependent(key)))];

    [Fact]
    public void ToResourceName_EveryLabelKey_IsTheLibrarysName()
    {
        foreach (var key in LabelKeys.All)
        {
            LabelResourceRules.ToResourceName(key.ToString()).Should().Be(LabelKeys.GetResourceName(key));
        }
    }

    [Fact]
    public void Parse_GeneratedNames_AgreesWithTheLibrary()
    {
        var random = new Random(6_5);
        var pieces = s_keys.Select(k => k.ResourceName).Concat(["", "_", ".", "variant", ".variant", "_one", "_few", "_other", "_x", "0", "1", "12", "9999", "10000", "01", "related", "news", "READING_TIME", " "]).ToArray();
        var checkedNames = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var name = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
            var ours = LabelResourceRules.Parse(name, s_keys, out var category, out var variant);
            var library = LabelKeys.TryParseResourceName(name, out var key, out var libraryCategory, out var libraryVariant);

            (ours is not null).Should().Be(library, $"'{name}'");
            if (library)
            {
                ours!.Value.Should().Be((int)key, $"'{name}'");
                variant.Should().Be(libraryVariant, $"'{name}'");
                (category ?? "other").Should().Be(LabelKeys.GetCategoryName(libraryCategory), $"'{name}'");
                checkedNames++;
            }
        }

        checkedNames.Should().BeGreaterThan(500, "the generator produced enough valid names to compare");
    }

    [Fact]
    public void Placeholders_GeneratedFormatStrings_AgreeWithStringFormat()
    {
        var random = new Random(6_6);
        string[] pieces = ["{", "}", "{{", "}}", "{0}", "{1}", "{2,5}", "{0:N0}", "{1,-3:x}", "{ 0}", "{0 }", "{x}", "{}", "{12}", "min", " ", "a"];
        var arguments = Enumerable.Range(0, 13).Select(i => (object)$"<arg{i}>").ToArray();
        var valid = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            var placeholders = LabelResourceRules.Placeholders(text, out _);
            string? formatted;
            try
            {
                formatted = string.Format(CultureInfo.InvariantCulture, text, arguments);
            }
            catch (FormatException)
            {
                formatted = null;
            }

            (placeholders is not null).Should().Be(formatted is not null, $"'{text}'");
            if (formatted is not null)
            {
                var used = Enumerable.Range(0, arguments.Length).Where(index => formatted.Contains($"<arg{index}>", StringComparison.Ordinal));
                placeholders.Should().BeEquivalentTo(used, $"'{text}'");
                valid++;
            }
        }

        valid.Should().BeGreaterThan(1000);
    }
}
