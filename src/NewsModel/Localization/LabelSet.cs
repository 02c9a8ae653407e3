using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace NewsModel.Localization;

/// <summary>The interface labels of one language. Immutable.</summary>
/// <remarks>
/// A plain label has one text; a count-dependent one (<see cref="LabelKey.ReadingTime"/>) has one text per plural
/// category the language uses. The indexer and <see cref="TryGetLabel"/> return the <see cref="PluralCategory.Other"/>
/// text, which is the only text of a plain label. A plain label may also have variants: earlier wordings the site has
/// shown for it (<see cref="GetVariants(LabelKey)"/>), which parsers recognise and writers never write.
/// </remarks>
public sealed class LabelSet
{
    private const int CategoryCount = (int)PluralCategory.Other + 1;

    // Indexed by key * CategoryCount + category; plain labels sit at PluralCategory.Other.
    private readonly string?[] _texts;

    // Indexed by key: the earlier wordings of a plain label, in variant order (resource names "{name}.variant{n}").
    private readonly ImmutableArray<string>[] _variants;

    /// <summary>Creates the labels of a language.</summary>
    /// <param name="language">The language's BCP 47 tag, such as <c>yo</c> or <c>pt-PT</c>.</param>
    /// <param name="labels">The labels by key; keys the language lacks are left out. A count-dependent key's text is its <see cref="PluralCategory.Other"/> form.</param>
    /// <exception cref="ArgumentException">The language tag is empty, or a label is empty.</exception>
    public LabelSet(string language, IEnumerable<KeyValuePair<LabelKey, string>> labels)
        : this(language, new string?[LabelKeys.All.Length * CategoryCount])
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (key, text) in labels)
        {
            Set(key, PluralCategory.Other, text, nameof(labels));
        }

        Direction = ComputeDirection(_texts);
    }

    private LabelSet(string language, string?[] texts, ImmutableArray<string>[]? variants = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Language = language;
        _texts = texts;
        _variants = variants ?? [.. Enumerable.Repeat(ImmutableArray<string>.Empty, LabelKeys.All.Length)];
        Direction = ComputeDirection(texts);
    }

    /// <summary>The language's BCP 47 tag.</summary>
    public string Language { get; }

    /// <summary>The direction the language's text runs, from the scripts its labels are written in (right to left when most of their letters are).</summary>
    public TextDirection Direction { get; }

    /// <summary>The keys this language has a label for (for a count-dependent key, at least its <see cref="PluralCategory.Other"/> form).</summary>
    public IEnumerable<LabelKey> Keys => LabelKeys.All.Where(key => this[key] is not null);

    /// <summary>Every text of this language by resource name, such as <c>related_news</c>, <c>reading_time_one</c> or <c>related_news.variant1</c>.</summary>
    public IEnumerable<KeyValuePair<string, string>> Resources
    {
        get
        {
            foreach (var key in LabelKeys.All)
            {
                for (var category = 0; category < CategoryCount; category++)
                {
                    if (_texts[Index(key, (PluralCategory)category)] is { } text)
                    {
                        yield return KeyValuePair.Create(LabelKeys.GetResourceName(key, (PluralCategory)category), text);
                    }
                }

                var variants = _variants[(int)key];
                for (var i = 0; i < variants.Length; i++)
                {
                    yield return KeyValuePair.Create(LabelKeys.GetVariantResourceName(key, i + 1), variants[i]);
                }
            }
        }
    }

    /// <summary>The label of a key (a count-dependent key's <see cref="PluralCategory.Other"/> form), or <see langword="null"/> when this language lacks it.</summary>
    /// <param name="key">The key.</param>
    public string? this[LabelKey key] => _texts[Index(key, PluralCategory.Other)];

    /// <summary>
    /// Creates the labels of a language from resources named as in the <c>.resx</c> files (<c>related_news</c>,
    /// <c>reading_time_one</c>, and earlier wordings such as <c>related_news.variant1</c>).
    /// </summary>
    /// <param name="language">The language's BCP 47 tag.</param>
    /// <param name="resources">The texts by resource name.</param>
    /// <returns>The label set.</returns>
    /// <exception cref="ArgumentException">The language tag is empty, a name is not a label resource name (see <see cref="LabelKeys.TryParseResourceName(ReadOnlySpan{char}, out LabelKey, out PluralCategory, out int)"/>), a text is empty, or a variant repeats its key's text.</exception>
    public static LabelSet FromResources(string language, IEnumerable<KeyValuePair<string, string>> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var set = new LabelSet(language, new string?[LabelKeys.All.Length * CategoryCount]);
        var variants = new SortedDictionary<int, string>?[LabelKeys.All.Length];
        foreach (var (name, text) in resources)
        {
            if (!LabelKeys.TryParseResourceName(name, out var key, out var category, out var variant))
            {
                throw new ArgumentException($"'{name}' is not a label resource name.", nameof(resources));
            }

            if (variant == 0)
            {
                set.Set(key, category, text, nameof(resources));
            }
            else
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(text, nameof(resources));
                (variants[(int)key] ??= [])[variant] = text;
            }
        }

        for (var key = 0; key < variants.Length; key++)
        {
            if (variants[key] is { } texts)
            {
                set.SetVariants((LabelKey)key, texts.Values, nameof(resources));
            }
        }

        return set.Sealed();
    }

    /// <summary>The earlier wordings of a key: texts the site has shown for it before, which parsers still recognise and writers never write.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The variants, oldest numbering first; empty when the key has none.</returns>
    public ImmutableArray<string> GetVariants(LabelKey key)
    {
        _ = Index(key, PluralCategory.Other);
        return _variants[(int)key];
    }

    /// <summary>Every text that reads as a key's label: its current text first, then its variants.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The texts; empty when this language lacks the key.</returns>
    public IEnumerable<string> GetRecognizedTexts(LabelKey key)
    {
        if (this[key] is not { } current)
        {
            yield break;
        }

        yield return current;
        foreach (var variant in GetVariants(key))
        {
            yield return variant;
        }
    }

    /// <summary>Returns a copy in which a key also reads as the given earlier wordings (added after those it has).</summary>
    /// <param name="key">The key; not count-dependent.</param>
    /// <param name="variants">The earlier wordings.</param>
    /// <returns>The new label set.</returns>
    /// <exception cref="ArgumentException">A variant is empty or repeats one of the key's texts, or the key is count-dependent.</exception>
    public LabelSet WithVariants(LabelKey key, IEnumerable<string> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var merged = new LabelSet(Language, (string?[])_texts.Clone(), (ImmutableArray<string>[])_variants.Clone());
        merged.SetVariants(key, [.. _variants[(int)key], .. variants], nameof(variants));
        return merged.Sealed();
    }

    /// <summary>Gets the label of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="text">The label, when this language has it.</param>
    /// <returns>Whether this language has a label for the key.</returns>
    public bool TryGetLabel(LabelKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        text = this[key];
        return text is not null;
    }

    /// <summary>The text of one plural form of a key, or <see langword="null"/> when this language lacks exactly that form.</summary>
    /// <param name="key">The key; for a key that is not count-dependent only <see cref="PluralCategory.Other"/> has a text.</param>
    /// <param name="category">The plural category.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? GetText(LabelKey key, PluralCategory category) => _texts[Index(key, category)];

    /// <summary>Returns a copy with <paramref name="overrides"/> replacing or adding labels.</summary>
    /// <param name="overrides">The labels to set (a count-dependent key's <see cref="PluralCategory.Other"/> form).</param>
    /// <returns>The new label set.</returns>
    public LabelSet With(IEnumerable<KeyValuePair<LabelKey, string>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = new LabelSet(Language, (string?[])_texts.Clone(), (ImmutableArray<string>[])_variants.Clone());
        foreach (var (key, text) in overrides)
        {
            merged.Set(key, PluralCategory.Other, text, nameof(overrides));
        }

        return merged.Sealed();
    }

    /// <summary>
    /// Returns a copy with every text of <paramref name="overrides"/> (every plural form too) replacing or adding this
    /// set's, and its variants added to this set's (as <see cref="LabelCatalog.With(LabelSet)"/> merges a language).
    /// </summary>
    /// <param name="overrides">Labels of the same language.</param>
    /// <returns>The merged label set.</returns>
    /// <exception cref="ArgumentException"><paramref name="overrides"/> is another language's.</exception>
    public LabelSet Merge(LabelSet overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (!string.Equals(overrides.Language, Language, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The labels of '{overrides.Language}' cannot be merged into those of '{Language}'.", nameof(overrides));
        }

        var texts = (string?[])_texts.Clone();
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = overrides._texts[i] ?? texts[i];
        }

        var variants = new ImmutableArray<string>[_variants.Length];
        for (var key = 0; key < variants.Length; key++)
        {
            // The override's current text may have been a variant here: it is then current, not also earlier.
            var current = texts[Index((LabelKey)key, PluralCategory.Other)];
            variants[key] = [.. _variants[key].Concat(overrides._variants[key]).Where(text => text != current).Distinct(StringComparer.Ordinal)];
        }

        return new LabelSet(Language, texts, variants);
    }

    internal FrozenDictionary<LabelKey, string> ToDictionary()
        => Keys.ToFrozenDictionary(key => key, key => this[key]!);

    private static int Index(LabelKey key, PluralCategory category)
    {
        if ((uint)key >= (uint)LabelKeys.All.Length || (uint)category >= CategoryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(key), $"Unknown label key {key} or plural category {category}.");
        }

        return ((int)key * CategoryCount) + (int)category;
    }

    private void Set(LabelKey key, PluralCategory category, string text, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, parameterName);
        if (category != PluralCategory.Other && !LabelKeys.IsCountDependent(key))
        {
            throw new ArgumentException($"The label '{LabelKeys.GetResourceName(key)}' does not depend on a count.", parameterName);
        }

        _texts[Index(key, category)] = text;

        // A text that becomes current is no longer an earlier wording.
        if (category == PluralCategory.Other && !LabelKeys.IsCountDependent(key))
        {
            _variants[(int)key] = _variants[(int)key].Remove(text, StringComparer.Ordinal);
        }
    }

    private void SetVariants(LabelKey key, IEnumerable<string> variants, string parameterName)
    {
        _ = Index(key, PluralCategory.Other);
        if (LabelKeys.IsCountDependent(key))
        {
            throw new ArgumentException($"The label '{LabelKeys.GetResourceName(key)}' depends on a count and has no variants.", parameterName);
        }

        var list = ImmutableArray.CreateBuilder<string>();
        foreach (var variant in variants)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(variant, parameterName);
            if (variant == this[key] || list.Contains(variant))
            {
                throw new ArgumentException($"The variant '{variant}' of '{LabelKeys.GetResourceName(key)}' in '{Language}' repeats one of the key's texts.", parameterName);
            }

            list.Add(variant);
        }

        _variants[(int)key] = list.ToImmutable();
    }

    // The factories fill a scratch set; the set they hand out is built from its finished texts and never changes.
    private LabelSet Sealed() => new(Language, _texts, _variants);

    private static TextDirection ComputeDirection(string?[] texts)
    {
        int rightToLeft = 0, leftToRight = 0;
        foreach (var text in texts)
        {
            foreach (var rune in (text ?? string.Empty).EnumerateRunes())
            {
                if (IsRightToLeftLetter(rune))
                {
                    rightToLeft++;
                }
                else if (Rune.IsLetter(rune))
                {
                    leftToRight++;
                }
            }
        }

        return rightToLeft > leftToRight ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms; the historic RTL scripts and Adlam.
    private static bool IsRightToLeftLetter(Rune rune)
        => rune.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF)
            && Rune.IsLetter(rune);
}
