using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsModel.Localization;

/// <summary>
/// The interface labels of every language NewsModel reads and writes. Immutable and thread-safe: adding a language
/// or overriding labels returns a new catalog.
/// </summary>
/// <remarks>
/// <para>
/// The parser recognises labels of every language in the catalog it is given (<see cref="NewsPageTextOptions.Catalog"/>),
/// with one lookup per line whatever the number of languages. A line of page text (trimmed of spaces and tabs) is a
/// label line exactly when it equals one of a language's label texts (its current text or an earlier wording, see
/// <see cref="LabelSet.GetVariants(LabelKey)"/>; for the two card badges on one line, either order with a space
/// between) once both are brought to this form:
/// </para>
/// <list type="number">
/// <item>every run of spaces (U+0020), tabs, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) becomes one
///   space, and none is kept at either end;</item>
/// <item>the right single quotation mark U+2019 and the modifier letter apostrophe U+02BC become the apostrophe
///   U+0027, and the combining vertical line below U+0329 becomes the combining dot below U+0323 (Yoruba writes its
///   underdot either way);</item>
/// <item>the text is canonically decomposed and ordered (Unicode NFD, computed from the library's own Unicode data,
///   so that it holds with <c>InvariantGlobalization=true</c> too): NFC and NFD spellings of a label are the same
///   label.</item>
/// </list>
/// <para>
/// The comparison is then ordinal. Nothing else is equivalent: no other space (U+1680, U+2000 to U+200A, U+2028,
/// U+2029, U+205F, U+3000), no invisible character (soft hyphen, zero-width space, byte order mark: a label holding one
/// is text), no letter case, no compatibility form (NFKD), and no order of combining marks that NFD would not give
/// (<c>a</c> followed by U+0301 U+0302 is not <c>ấ</c>). A line holding a lone surrogate is never a label.
/// </para>
/// <para>
/// Language tags compare case-insensitively, and a tag the catalog lacks falls back along its parents (<c>yo-NG</c> to <c>yo</c>) without <see cref="System.Globalization.CultureInfo"/>,
/// so lookups also work with <c>InvariantGlobalization=true</c>.
/// </para>
/// </remarks>
public sealed class LabelCatalog
{
    /// <summary>The language whose labels fill keys another language lacks, and the one used when a page names none.</summary>
    public const string NeutralLanguage = "en";

    private readonly ImmutableArray<LabelSet> _sets;
    private readonly FrozenDictionary<string, LabelSet> _byLanguage;

    // Labels that stand alone on a line of page text (the others are shown inside text or depend on a count).
    private static readonly LabelKey[] s_lineLabels =
    [
        LabelKey.AiGeneratedImage, LabelKey.AiReported, LabelKey.WhatPeopleAreSaying, LabelKey.RelatedNews,
        LabelKey.CookieTitle, LabelKey.CookieMessage, LabelKey.CookieDecline, LabelKey.CookieAccept, LabelKey.TagFollow,
    ];

    private LabelCatalog(ImmutableArray<LabelSet> sets)
    {
        _sets = sets;
        Languages = [.. sets.Select(set => set.Language)];
        _byLanguage = sets.ToFrozenDictionary(set => set.Language, StringComparer.OrdinalIgnoreCase);
        LineReadings = [.. ComputeLineReadings()];
    }

    /// <summary>
    /// Every text that reads as a label line, by language: a language's own texts (current and earlier wordings), and for
    /// the keys it lacks, the texts that serve it along its fallback chain (see <see cref="GetLabel(string, LabelKey)"/>),
    /// so a page written in a partly translated language reads back as that language.
    /// </summary>
    internal ImmutableArray<LabelReading> LineReadings { get; }

    /// <summary>The catalog of every language shipped with NewsModel.</summary>
    public static LabelCatalog Default { get; } = Create(ShippedLabels.Load());

    /// <summary>The catalog's languages, as BCP 47 tags, in the order given.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The catalog's label sets, in the order given.</summary>
    public IReadOnlyList<LabelSet> LabelSets => _sets;

    /// <summary>Creates a catalog of the given languages. A language given twice keeps its last set.</summary>
    /// <param name="sets">The label sets.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">
    /// Two keys' labels read the same under the matching rule (in one language or two, a language's fallback labels
    /// included): a line showing that text could not be read without guessing, so the catalog is refused. Two languages may
    /// share a text for the same key.
    /// </exception>
    public static LabelCatalog Create(IEnumerable<LabelSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var ordered = new List<LabelSet>();
        foreach (var set in sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            var existing = ordered.FindIndex(s => string.Equals(s.Language, set.Language, StringComparison.OrdinalIgnoreCase));
            if (existing >= 0)
            {
                ordered[existing] = set;
            }
            else
            {
                ordered.Add(set);
            }
        }

        var catalog = new LabelCatalog([.. ordered]);
        return catalog.FindAmbiguity(catalog.LineReadings) is { } ambiguity ? throw new ArgumentException(ambiguity, nameof(sets)) : catalog;
    }

    /// <summary>Returns a catalog with <paramref name="set"/> added, or merged over the labels its language already has.</summary>
    /// <param name="set">The labels to add or override.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">The new catalog would be ambiguous (see <see cref="Create(IEnumerable{LabelSet})"/>).</exception>
    public LabelCatalog With(LabelSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var merged = _byLanguage.TryGetValue(set.Language, out var existing) ? existing.Merge(set) : set;
        return Create(_sets.Append(merged));
    }

    /// <summary>Whether the catalog has labels for exactly this language tag.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>Whether the catalog has the language.</returns>
    public bool Contains(string language) => _byLanguage.ContainsKey(language);

    /// <summary>Finds the labels for a language, falling back along its parents (<c>pt-BR</c> to <c>pt</c>, <c>zh-TW</c> to <c>zh-Hant</c>; see <see cref="LanguageFallback"/>).</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The label set that serves the language, or <see langword="null"/> when neither it nor a parent is in the catalog.</returns>
    public LabelSet? Find(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var tag = language.AsSpan().Trim();
        var lookup = _byLanguage.GetAlternateLookup<ReadOnlySpan<char>>();
        while (!tag.IsEmpty)
        {
            if (lookup.TryGetValue(tag, out var set))
            {
                return set;
            }

            tag = LanguageFallback.TryGetParent(tag, out var parent) ? parent : [];
        }

        return null;
    }

    /// <summary>The direction a language's labels run, for a renderer's <c>dir</c> attribute (see <see cref="LabelSet.Direction"/>).</summary>
    /// <param name="language">A BCP 47 tag; a tag the catalog lacks falls back along its parents.</param>
    /// <returns>The direction; <see cref="TextDirection.LeftToRight"/> for a language the catalog does not have.</returns>
    public TextDirection GetTextDirection(string language) => Find(language)?.Direction ?? TextDirection.LeftToRight;

    /// <summary>Gets a label for a language, falling back along its parents and then to <see cref="NeutralLanguage"/>.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <param name="key">The label's key.</param>
    /// <returns>The label, or <see langword="null"/> when no language on the way has it.</returns>
    public string? GetLabel(string language, LabelKey key)
    {
        ArgumentNullException.ThrowIfNull(language);
        return FindServing(language, key)?[key];
    }

    /// <summary>The set whose label serves a key for a language: the nearest on the tag's fallback chain that has it, else the neutral language's.</summary>
    internal LabelSet? FindServing(string language, LabelKey key)
    {
        var lookup = _byLanguage.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var tag = language.AsSpan().Trim(); !tag.IsEmpty; tag = LanguageFallback.TryGetParent(tag, out var parent) ? parent : [])
        {
            if (lookup.TryGetValue(tag, out var set) && set[key] is not null)
            {
                return set;
            }
        }

        return _byLanguage.TryGetValue(NeutralLanguage, out var neutral) && neutral[key] is not null ? neutral : null;
    }

    private IEnumerable<LabelReading> ComputeLineReadings()
    {
        for (var language = 0; language < _sets.Length; language++)
        {
            var set = _sets[language];
            foreach (var key in s_lineLabels)
            {
                var serving = FindServing(set.Language, key);
                foreach (var text in serving?.GetRecognizedTexts(key) ?? [])
                {
                    yield return new LabelReading(text, 1u << (int)key, language, Inherited: serving != set);
                }
            }

            // The site shows both card badges on one line, separated by a space, in either order.
            var reportedSet = FindServing(set.Language, LabelKey.AiReported);
            var imageSet = FindServing(set.Language, LabelKey.AiGeneratedImage);
            var both = (1u << (int)LabelKey.AiReported) | (1u << (int)LabelKey.AiGeneratedImage);
            foreach (var reported in reportedSet?.GetRecognizedTexts(LabelKey.AiReported) ?? [])
            {
                foreach (var image in imageSet?.GetRecognizedTexts(LabelKey.AiGeneratedImage) ?? [])
                {
                    var inherited = reportedSet != set || imageSet != set;
                    yield return new LabelReading(reported + " " + image, both, language, inherited);
                    yield return new LabelReading(image + " " + reported, both, language, inherited);
                }
            }
        }
    }

    /// <summary>Why a line could not be read under this catalog (two keys' labels that read the same), or <see langword="null"/>.</summary>
    private string? FindAmbiguity(ImmutableArray<LabelReading> readings)
    {
        var owners = new Dictionary<string, LabelReading>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            // A text with a lone surrogate has no form: no line reads as it, so it cannot be ambiguous.
            if (LabelText.ToMatchingForm(reading.Text) is not { } form)
            {
                continue;
            }

            if (owners.TryGetValue(form, out var owner) && owner.Keys != reading.Keys)
            {
                return $"The label '{reading.Text}' ({Describe(reading)}) reads the same as '{owner.Text}' ({Describe(owner)}): "
                    + "a line showing it could not be read as one label. Give one of the two another text.";
            }

            owners.TryAdd(form, reading);
        }

        return null;

        string Describe(LabelReading reading)
        {
            var names = string.Join(" + ", s_lineLabels.Where(key => (reading.Keys & (1u << (int)key)) != 0).Select(LabelKeys.GetResourceName));
            return $"{_sets[reading.Language].Language} {names}{(reading.Inherited ? ", by fallback" : string.Empty)}";
        }
    }
}

/// <summary>A text that reads as a label line: the keys it shows (a bit mask of <c>1 &lt;&lt; (int)key</c>), in which catalog language, and whether the language has it by fallback.</summary>
internal readonly record struct LabelReading(string Text, uint Keys, int Language, bool Inherited);
