using System.Collections.Frozen;

namespace NewsModel.Localization;

/// <summary>
/// Culture fallback as .NET resolves resources (<see cref="System.Globalization.CultureInfo.Parent"/>), carried as data so
/// that it gives the same answer under invariant globalization, where <see cref="System.Globalization.CultureInfo"/>
/// knows no parents. One implementation serves the label catalog, the localizer and the plural rules.
/// </summary>
/// <remarks>
/// A tag's parent is the tag without its last subtag (<c>sr-Latn-RS</c> to <c>sr-Latn</c> to <c>sr</c>, <c>pt-BR</c> to
/// <c>pt</c>), except where a region implies a script: <c>zh-CN</c>, <c>zh-SG</c> and <c>zh-MY</c> fall back to
/// <c>zh-Hans</c>; <c>zh-TW</c>, <c>zh-HK</c> and <c>zh-MO</c> to <c>zh-Hant</c> (then <c>zh</c>), so a reader in Taipei
/// never gets Simplified labels because a catalog lacks Traditional ones. The legacy .NET names <c>zh-CHS</c> and
/// <c>zh-CHT</c> mean <c>zh-Hans</c> and <c>zh-Hant</c>. Tags compare case-insensitively; <c>_</c> separates subtags as
/// <c>-</c> does. The chain ends at the neutral language of the tag; callers that have a last resort (such as
/// <see cref="LabelCatalog.NeutralLanguage"/>) add it themselves.
/// </remarks>
public static class LanguageFallback
{
    private static readonly FrozenDictionary<string, string> s_parents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-CN"] = "zh-Hans",
        ["zh-SG"] = "zh-Hans",
        ["zh-MY"] = "zh-Hans",
        ["zh-CHS"] = "zh-Hans",
        ["zh-TW"] = "zh-Hant",
        ["zh-HK"] = "zh-Hant",
        ["zh-MO"] = "zh-Hant",
        ["zh-CHT"] = "zh-Hant",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_parentLookup
        = s_parents.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The parent of a language tag, or <see langword="null"/> for a neutral language (one subtag) or an empty tag.</summary>
    /// <param name="language">A BCP 47 tag such as <c>zh-TW</c>.</param>
    /// <returns>The parent tag, such as <c>zh-Hant</c>.</returns>
    public static string? GetParent(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return TryGetParent(language.AsSpan().Trim(), out var parent) ? parent.ToString() : null;
    }

    /// <summary>The tag and its parents, nearest first: <c>zh-TW</c>, <c>zh-Hant</c>, <c>zh</c>.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The chain; empty for an empty tag.</returns>
    public static IReadOnlyList<string> GetFallbackChain(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var chain = new List<string>(3);
        for (var tag = language.AsSpan().Trim(); !tag.IsEmpty; tag = TryGetParent(tag, out var parent) ? parent : [])
        {
            chain.Add(tag.ToString());
        }

        return chain.AsReadOnly();
    }

    /// <summary>The parent of a trimmed tag, without allocating.</summary>
    internal static bool TryGetParent(ReadOnlySpan<char> tag, out ReadOnlySpan<char> parent)
    {
        // The table's keys use '-': a tag written with '_' is compared in that form.
        const int MaxTableKeyLength = 6;
        Span<char> hyphenated = stackalloc char[MaxTableKeyLength];
        if (tag.Length <= MaxTableKeyLength)
        {
            tag.CopyTo(hyphenated);
            hyphenated[..tag.Length].Replace('_', '-');
            if (s_parentLookup.TryGetValue(hyphenated[..tag.Length], out var mapped))
            {
                parent = mapped;
                return true;
            }
        }

        var separator = tag.LastIndexOfAny('-', '_');
        parent = separator > 0 ? tag[..separator] : [];
        return !parent.IsEmpty;
    }
}
