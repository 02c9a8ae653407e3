using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsModel.Localization;

/// <summary>
/// The CLDR plural rules of the catalog's languages: which <see cref="PluralCategory"/> a count takes. Works without
/// <see cref="CultureInfo"/>, so also with <c>InvariantGlobalization=true</c>.
/// </summary>
/// <remarks>
/// The rules are CLDR data (<c>PluralRules.tsv</c>, compiled into the package), evaluated for whole numbers: no
/// language's rule is written as code. A tag without rules falls back along its parents (<c>pt-BR</c> to <c>pt</c>;
/// <c>pt-PT</c> has its own), then to CLDR's root, which has only <see cref="PluralCategory.Other"/>.
/// </remarks>
public static class PluralRules
{
    internal const string Root = "root";

    private static readonly FrozenDictionary<string, PluralRuleSet> s_rules = Build(ShippedLabels.PluralRuleData);

    /// <summary>The plural category of a whole number in a language.</summary>
    /// <param name="language">A BCP 47 tag, such as <c>ru</c> or <c>pt-PT</c>.</param>
    /// <param name="count">The number; its sign is ignored.</param>
    /// <returns>The category, such as <see cref="PluralCategory.Few"/> for 3 in Russian.</returns>
    public static PluralCategory GetCategory(string language, long count)
    {
        ArgumentNullException.ThrowIfNull(language);
        var magnitude = count == long.MinValue ? ulong.MaxValue : (ulong)Math.Abs(count);
        return Find(language).Select(magnitude);
    }

    /// <summary>The plural categories a language uses, in CLDR order (always ending with <see cref="PluralCategory.Other"/>).</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The categories.</returns>
    public static IReadOnlyList<PluralCategory> GetCategories(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Find(language).Categories;
    }

    /// <summary>Whether CLDR has rules of its own for a language or one of its parents (else the root's, "other" only, serve it).</summary>
    /// <param name="language">A BCP 47 tag, such as <c>pt-PT</c>.</param>
    /// <returns>Whether the tag or a parent has rules.</returns>
    public static bool HasRules(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ResolveLocale(language) != Root;
    }

    /// <summary>The locale whose rules serve a tag (the tag, a parent, or <c>root</c>).</summary>
    internal static string ResolveLocale(string language) => FindEntry(language).Key;

    /// <summary>The whole numbers of a rule's <c>@integer</c> samples (ranges expanded; the open end "…" dropped).</summary>
    internal static IEnumerable<long> IntegerSamples(string rule)
    {
        var at = rule.IndexOf("@integer", StringComparison.Ordinal);
        if (at < 0)
        {
            yield break;
        }

        var samples = rule[(at + "@integer".Length)..];
        var end = samples.IndexOf('@', StringComparison.Ordinal);
        samples = end >= 0 ? samples[..end] : samples;
        foreach (var part in samples.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "…" or "...")
            {
                continue;
            }

            var tilde = part.IndexOf('~', StringComparison.Ordinal);
            var first = long.Parse(tilde < 0 ? part : part[..tilde], NumberStyles.None, CultureInfo.InvariantCulture);
            var last = tilde < 0 ? first : long.Parse(part[(tilde + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var value = first; value <= last; value++)
            {
                yield return value;
            }
        }
    }

    private static PluralRuleSet Find(string language) => FindEntry(language).Value;

    private static KeyValuePair<string, PluralRuleSet> FindEntry(string language)
    {
        var lookup = s_rules.GetAlternateLookup<ReadOnlySpan<char>>();
        var tag = language.AsSpan().Trim();
        while (!tag.IsEmpty)
        {
            if (lookup.TryGetValue(tag, out var rules))
            {
                return KeyValuePair.Create(tag.ToString(), rules);
            }

            tag = LanguageFallback.TryGetParent(tag, out var parent) ? parent : [];
        }

        return KeyValuePair.Create(Root, s_rules[Root]);
    }

    private static FrozenDictionary<string, PluralRuleSet> Build((string Locales, string Category, string Rule)[] data)
    {
        var byLocale = new Dictionary<string, List<(PluralCategory, PluralCondition?)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (locales, categoryName, rule) in data)
        {
            var category = Enum.Parse<PluralCategory>(categoryName, ignoreCase: true);
            var condition = PluralCondition.Parse(rule);
            foreach (var locale in locales.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byLocale.TryGetValue(locale, out var list))
                {
                    byLocale[locale] = list = [];
                }

                list.Add((category, condition));
            }
        }

        byLocale.TryAdd(Root, [(PluralCategory.Other, null)]);
        return byLocale.ToFrozenDictionary(pair => pair.Key, pair => new PluralRuleSet(pair.Value), StringComparer.OrdinalIgnoreCase);
    }

    private sealed class PluralRuleSet
    {
        private readonly (PluralCategory Category, PluralCondition Condition)[] _rules;

        public PluralRuleSet(List<(PluralCategory Category, PluralCondition? Condition)> rules)
        {
            _rules = [.. rules.Where(r => r.Category != PluralCategory.Other && r.Condition is not null).OrderBy(r => r.Category).Select(r => (r.Category, r.Condition!))];
            Categories = [.. rules.Select(r => r.Category).Append(PluralCategory.Other).Distinct().Order()];
        }

        public ImmutableArray<PluralCategory> Categories { get; }

        public PluralCategory Select(ulong count)
        {
            foreach (var (category, condition) in _rules)
            {
                if (condition.Matches(count))
                {
                    return category;
                }
            }

            return PluralCategory.Other;
        }
    }
}
