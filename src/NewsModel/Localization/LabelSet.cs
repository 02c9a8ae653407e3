using System.Collections.Frozen;

namespace NewsModel.Localization;

/// <summary>The interface labels of one language. Immutable.</summary>
public sealed class LabelSet
{
    private readonly string?[] _labels;

    /// <summary>Creates the labels of a language.</summary>
    /// <param name="language">The language's BCP 47 tag, such as <c>yo</c> or <c>pt-PT</c>.</param>
    /// <param name="labels">The labels by key; keys the language lacks are left out.</param>
    /// <exception cref="ArgumentException">The language tag is empty, or a label is empty.</exception>
    public LabelSet(string language, IEnumerable<KeyValuePair<LabelKey, string>> labels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(labels);
        Language = language;
        _labels = new string?[LabelKeys.All.Count];
        foreach (var (key, text) in labels)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text, nameof(labels));
            _labels[(int)key] = text;
        }
    }

    /// <summary>The language's BCP 47 tag.</summary>
    public string Language { get; }

    /// <summary>The keys this language has a label for.</summary>
    public IEnumerable<LabelKey> Keys => LabelKeys.All.Where(key => _labels[(int)key] is not null);

    /// <summary>The label of a key, or <see langword="null"/> when this language lacks it.</summary>
    /// <param name="key">The key.</param>
    public string? this[LabelKey key] => _labels[(int)key];

    /// <summary>Gets the label of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="text">The label, when this language has it.</param>
    /// <returns>Whether this language has a label for the key.</returns>
    public bool TryGetLabel(LabelKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        text = _labels[(int)key];
        return text is not null;
    }

    /// <summary>Returns a copy with <paramref name="overrides"/> replacing or adding labels.</summary>
    /// <param name="overrides">The labels to set.</param>
    /// <returns>The new label set.</returns>
    public LabelSet With(IEnumerable<KeyValuePair<LabelKey, string>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = LabelKeys.All
            .Where(key => _labels[(int)key] is not null)
            .ToDictionary(key => key, key => _labels[(int)key]!);
        foreach (var (key, text) in overrides)
        {
            merged[key] = text;
        }

        return new LabelSet(Language, merged);
    }

    internal FrozenDictionary<LabelKey, string> ToDictionary()
        => Keys.ToFrozenDictionary(key => key, key => _labels[(int)key]!);
}
