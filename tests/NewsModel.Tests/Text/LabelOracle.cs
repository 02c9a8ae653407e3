using System.Globalization;
using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// An independent answer to "does this line read as a label?": the catalog's texts (through its public API) compared
/// under the documented matching rule, computed with <see cref="string.Normalize(NormalizationForm)"/> and plain string
/// operations instead of the library's decomposition table, shape filter and hashed lookups (LabelMatcher, LabelText).
/// </summary>
/// <remarks>
/// The rule, from the catalog's documentation: two texts are the same label when their canonical decompositions are equal
/// once the Yoruba underdot U+0329 is read as U+0323, curly apostrophes (and U+02BC, U+2032) as <c>'</c>, invisible
/// format characters (U+200B, U+FEFF, U+00AD) are dropped, every run of white space that is not a line end (spaces, tabs,
/// no-break spaces and other Unicode spaces) is one space, white space at either end is dropped, and each run of combining
/// marks is ordered by code point. The texts are each language's own (current and earlier wordings) and, for a key it
/// lacks, the texts of the language that serves it along its fallback chain (then English); a card's two badges also
/// stand on one line, separated by one space, in either order.
/// </remarks>
internal sealed class LabelOracle
{
    /// <summary>The keys whose labels stand alone on a line of page text.</summary>
    public static readonly LabelKey[] LineKeys =
    [
        LabelKey.AiGeneratedImage, LabelKey.AiReported, LabelKey.WhatPeopleAreSaying, LabelKey.RelatedNews, LabelKey.CookieTitle,
        LabelKey.CookieMessage, LabelKey.CookieDecline, LabelKey.CookieAccept, LabelKey.TagFollow,
    ];

    private readonly Dictionary<string, List<Reading>> _byForm = new(StringComparer.Ordinal);

    public LabelOracle(LabelCatalog catalog)
    {
        Catalog = catalog;
        foreach (var set in catalog.LabelSets)
        {
            foreach (var key in LineKeys)
            {
                var serving = Serving(set.Language, key);
                foreach (var text in serving?.GetRecognizedTexts(key) ?? [])
                {
                    Add(text, [key], set.Language, serving != set);
                }
            }

            var reported = Serving(set.Language, LabelKey.AiReported);
            var image = Serving(set.Language, LabelKey.AiGeneratedImage);
            foreach (var r in reported?.GetRecognizedTexts(LabelKey.AiReported) ?? [])
            {
                foreach (var i in image?.GetRecognizedTexts(LabelKey.AiGeneratedImage) ?? [])
                {
                    var inherited = reported != set || image != set;
                    Add(r + " " + i, [LabelKey.AiReported, LabelKey.AiGeneratedImage], set.Language, inherited);
                    Add(i + " " + r, [LabelKey.AiReported, LabelKey.AiGeneratedImage], set.Language, inherited);
                }
            }
        }
    }

    public static LabelOracle Default { get; } = new(LabelCatalog.Default);

    /// <summary>Whether string normalization works here (it does nothing under invariant globalization); the oracle needs it.</summary>
    public static bool CanNormalize { get; } = "e\u0301".Normalize(NormalizationForm.FormC) == "\u00E9";

    public LabelCatalog Catalog { get; }

    /// <summary>Every text of the catalog that reads as a label line, with its keys and language (each language's own and inherited texts, combined badges).</summary>
    public IEnumerable<(string Text, LabelKey[] Keys, string Language)> Texts
        => _texts;

    private readonly List<(string Text, LabelKey[] Keys, string Language)> _texts = [];

    /// <summary>How a line reads: one reading per language that has the text (its own text wins over a fallback one); empty for text.</summary>
    public IReadOnlyList<Reading> Read(string line) => _byForm.TryGetValue(Form(line), out var readings) ? readings : [];

    public bool IsLabel(string line) => Read(line).Count > 0;

    /// <summary>The label's text the catalog writes for a language: its own, else along its fallback chain, else English.</summary>
    public string? Label(string language, LabelKey key) => Serving(language, key)?[key];

    /// <summary>The matching form of the documented rule.</summary>
    public static string Form(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) && (c == '\t' || !char.IsControl(c)))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u0329' => '\u0323',
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                _ => c,
            });
        }

        // Each run of combining marks in code point order.
        var chars = builder.ToString().ToCharArray();
        for (var start = 0; start < chars.Length; start++)
        {
            if (!IsMark(chars[start]))
            {
                continue;
            }

            var end = start;
            while (end < chars.Length && IsMark(chars[end]))
            {
                end++;
            }

            Array.Sort(chars, start, end - start);
            start = end;
        }

        return new string(chars);

        static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
    }

    private LabelSet? Serving(string language, LabelKey key)
    {
        foreach (var tag in LanguageFallback.GetFallbackChain(language).Append(LabelCatalog.NeutralLanguage))
        {
            var set = Catalog.LabelSets.FirstOrDefault(s => string.Equals(s.Language, tag, StringComparison.OrdinalIgnoreCase));
            if (set?[key] is not null)
            {
                return set;
            }
        }

        return null;
    }

    private void Add(string text, LabelKey[] keys, string language, bool inherited)
    {
        _texts.Add((text, keys, language));
        var form = Form(text);
        if (!_byForm.TryGetValue(form, out var readings))
        {
            _byForm[form] = readings = [];
        }

        var existing = readings.FindIndex(r => r.Language == language);
        if (existing < 0)
        {
            readings.Add(new Reading(keys, language, inherited));
        }
        else if (readings[existing].Inherited && !inherited)
        {
            readings[existing] = new Reading(keys, language, inherited);
        }
    }

    /// <summary>One reading of a label line: the keys it shows, in which language, and whether that language has the text by fallback.</summary>
    public sealed record Reading(LabelKey[] Keys, string Language, bool Inherited)
    {
        public bool Has(LabelKey key) => Keys.Contains(key);

        public bool IsOnly(LabelKey key) => Keys is [var only] && only == key;
    }
}
