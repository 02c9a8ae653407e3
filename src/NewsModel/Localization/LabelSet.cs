using System.Collections.Frozen;
using System.Text;

namespace NewsModel.Localization;

/// <summary>The interface labels of one language. Immutable.</summary>
/// <remarks>
/// A plain label has one text; a count-dependent one (<see cref="LabelKey.ReadingTime"/>) has one text per plural
/// category the language uses. The indexer and <see cref="TryGetLabel"/> return the <see cref="PluralCategory.Other"/>
/// text, which is the only text of a plain label.
/// </remarks>
public sealed class LabelSet
{
    private const int CategoryCount = (int)PluralCategory.Other + 1;

    // Indexed by key * CategoryCount + category; plain labels sit at PluralCategory.Other.
    private readonly string?[] _texts;

    /// <summary>Creates the labels of a language.</summary>
    /// <param name="language">The language's BCP 47 tag, such as <c>yo</c> or <c>pt-PT</c>.</param>
    /// <param name="labels">The labels by key; keys the language lacks are left out. A count-dependent key's text is its <see cref="PluralCategory.Other"/> form.</param>
    /// <exception cref="ArgumentException">The language tag is empty, or a label is empty.</exception>
    public LabelSet(string language, IEnumerable<KeyValuePair<LabelKey, string>> labels)
        : this(ValidLanguage(language), WithLabels(NewTexts(), labels, nameof(labels)))
    {
    }

    // The texts are complete when a set is built: the set never changes afterwards.
    private LabelSet(string language, string?[] texts)
    {
        Language = ValidLanguage(language);
        _texts = texts;
        Direction = ComputeDirection(texts);
    }

    /// <summary>The language's BCP 47 tag.</summary>
    public string Language { get; }

    /// <summary>The direction the language's text runs, from the scripts its labels are written in (right to left when most of their letters are).</summary>
    public TextDirection Direction { get; }

    /// <summary>The keys this language has a label for (for a count-dependent key, at least its <see cref="PluralCategory.Other"/> form).</summary>
    public IEnumerable<LabelKey> Keys => LabelKeys.All.Where(key => this[key] is not null);

    /// <summary>Every text of this language by resource name, such as <c>related_news</c> or <c>reading_time_one</c>.</summary>
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
            }
        }
    }

    /// <summary>The label of a key (a count-dependent key's <see cref="PluralCategory.Other"/> form), or <see langword="null"/> when this language lacks it.</summary>
    /// <param name="key">The key.</param>
    public string? this[LabelKey key] => _texts[Index(key, PluralCategory.Other)];

    /// <summary>Creates the labels of a language from resources named as in the <c>.resx</c> files (<c>related_news</c>, <c>reading_time_one</c>, ...).</summary>
    /// <param name="language">The language's BCP 47 tag.</param>
    /// <param name="resources">The texts by resource name.</param>
    /// <returns>The label set.</returns>
    /// <exception cref="ArgumentException">The language tag is empty, a name is not a label resource name (see <see cref="LabelKeys.TryParseResourceName(ReadOnlySpan{char}, out LabelKey, out PluralCategory)"/>), or a text is empty.</exception>
    public static LabelSet FromResources(string language, IEnumerable<KeyValuePair<string, string>> resources)
    {
        ValidLanguage(language);
        ArgumentNullException.ThrowIfNull(resources);
        var texts = NewTexts();
        foreach (var (name, text) in resources)
        {
            if (!LabelKeys.TryParseResourceName(name, out var key, out var category))
            {
                throw new ArgumentException($"'{name}' is not a label resource name.", nameof(resources));
            }

            Set(texts, key, category, text, nameof(resources));
        }

        return new LabelSet(language, texts);
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
        return new LabelSet(Language, WithLabels((string?[])_texts.Clone(), overrides, nameof(overrides)));
    }

    /// <summary>Returns a copy with every text of <paramref name="overrides"/> (every plural form too) replacing or adding this set's.</summary>
    internal LabelSet Merge(LabelSet overrides)
    {
        var texts = (string?[])_texts.Clone();
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = overrides._texts[i] ?? texts[i];
        }

        return new LabelSet(Language, texts);
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

    private static string ValidLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return language;
    }

    private static string?[] NewTexts() => new string?[LabelKeys.All.Length * CategoryCount];

    private static string?[] WithLabels(string?[] texts, IEnumerable<KeyValuePair<LabelKey, string>> labels, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(labels, parameterName);
        foreach (var (key, text) in labels)
        {
            Set(texts, key, PluralCategory.Other, text, parameterName);
        }

        return texts;
    }

    private static void Set(string?[] texts, LabelKey key, PluralCategory category, string text, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, parameterName);
        if (category != PluralCategory.Other && !LabelKeys.IsCountDependent(key))
        {
            throw new ArgumentException($"The label '{LabelKeys.GetResourceName(key)}' does not depend on a count.", parameterName);
        }

        texts[Index(key, category)] = text;
    }

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
