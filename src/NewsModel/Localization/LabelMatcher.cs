using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsModel.Localization;

/// <summary>One reading of a line as labels: which keys it shows, in which catalog language.</summary>
/// <param name="Keys">The keys the line shows, as a bit mask of <c>1 &lt;&lt; (int)key</c> (two keys for a combined badge line).</param>
/// <param name="Language">The language's index in <see cref="LabelMatcher.Languages"/>.</param>
internal readonly record struct LabelMatch(uint Keys, int Language)
{
    public static uint Mask(LabelKey key) => 1u << (int)key;

    public bool Has(LabelKey key) => (Keys & Mask(key)) != 0;
}

/// <summary>
/// Recognises label lines in any catalog language with one lookup per line, whatever the number of languages:
/// every label's matching form (<see cref="LabelText"/>) maps to all its readings. Built once per catalog; immutable.
/// </summary>
internal sealed class LabelMatcher
{
    // Labels that stand alone on a line of page text; combined badge lines are added per language.
    private static readonly LabelKey[] s_lineLabels =
    [
        LabelKey.AiGeneratedImage, LabelKey.AiReported, LabelKey.WhatPeopleAreSaying, LabelKey.RelatedNews,
        LabelKey.CookieTitle, LabelKey.CookieMessage, LabelKey.CookieDecline, LabelKey.CookieAccept,
    ];

    private readonly FrozenDictionary<string, LabelMatch[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LabelMatcher(ImmutableArray<LabelSet> sets)
    {
        var readings = new Dictionary<string, List<LabelMatch>>(StringComparer.Ordinal);
        var maxLength = 0;

        void Add(string form, uint keys, int language)
        {
            if (!readings.TryGetValue(form, out var list))
            {
                readings[form] = list = [];
            }

            var match = new LabelMatch(keys, language);
            if (!list.Contains(match))
            {
                list.Add(match);
            }

            maxLength = Math.Max(maxLength, form.Length);
        }

        for (var language = 0; language < sets.Length; language++)
        {
            var set = sets[language];
            foreach (var key in s_lineLabels)
            {
                if (set.TryGetLabel(key, out var text))
                {
                    Add(LabelText.ToMatchingForm(text), LabelMatch.Mask(key), language);
                }
            }

            // The site shows both card badges on one line, separated by a space, in either order.
            if (set.TryGetLabel(LabelKey.AiReported, out var reported) && set.TryGetLabel(LabelKey.AiGeneratedImage, out var image))
            {
                var both = LabelMatch.Mask(LabelKey.AiReported) | LabelMatch.Mask(LabelKey.AiGeneratedImage);
                Add(LabelText.ToMatchingForm(reported + " " + image), both, language);
                Add(LabelText.ToMatchingForm(image + " " + reported), both, language);
            }
        }

        var frozen = readings.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxFormLength = maxLength;
        Languages = [.. sets.Select(set => set.Language)];
    }

    /// <summary>The catalog's languages, indexed as <see cref="LabelMatch.Language"/>.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The length of the longest matching form; longer lines are never labels.</summary>
    public int MaxFormLength { get; }

    /// <summary>Reads a line (already trimmed of spaces and tabs) as labels.</summary>
    /// <param name="line">The line.</param>
    /// <param name="matches">Its readings: one per language that has this text, usually one.</param>
    /// <returns>Whether the line is a label line.</returns>
    public bool TryMatch(ReadOnlySpan<char> line, out ReadOnlySpan<LabelMatch> matches)
    {
        matches = default;

        // A label's text can be written with up to MaxExpansion times fewer characters (NFC) or padded by spaces; the cap keeps long paragraphs O(1).
        if (line.IsEmpty || line.Length > (MaxFormLength * 2) + 16)
        {
            return false;
        }

        const int StackLimit = 512;
        var capacity = MaxFormLength + 1;
        Span<char> buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : new char[capacity];
        var length = LabelText.TryWriteMatchingForm(line, buffer[..capacity]);
        if (length <= 0 || length > MaxFormLength || !_lookup.TryGetValue(buffer[..length], out var found))
        {
            return false;
        }

        matches = found;
        return true;
    }
}
