using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// An independent answer to "does this line read as a label?": the catalog's texts (through its public API) compared
/// under the documented matching rule, computed with <see cref="string.Normalize(System.Text.NormalizationForm)"/> and plain string
/// operations instead of the library's decomposition table, shape filter and hashed lookups (LabelMatcher, LabelText).
/// </summary>
/// <remarks>
/// The rule is the catalog's documented one, as <see cref="TestSupport.LabelOracle.Form"/> writes it. This class adds who
/// reads a line: each language's own texts (current and earlier wordings) and, for a key it lacks, the texts of the
/// language that serves it along its fallback chain (then English), marked as inherited; a card's two badges also stand
/// on one line, separated by one space, in either order. The interface-language vote needs those readings.
/// </remarks>
internal sealed class LabelReadings
{
    /// <summary>The keys whose labels stand alone on a line of page text.</summary>
    public static IReadOnlyList<LabelKey> LineKeys => TestSupport.LabelOracle.LineKeys;

    private readonly Dictionary<string, List<Reading>> _byForm = new(StringComparer.Ordinal);

    public LabelReadings(LabelCatalog catalog)
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

    public static LabelReadings Default { get; } = new(LabelCatalog.Default);

    /// <summary>Whether string normalization works here (it does nothing under invariant globalization); the oracle needs it.</summary>
    public static bool CanNormalize => TestSupport.LabelOracle.CanNormalize;

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

    /// <summary>The matching form of the documented rule (<see cref="TestSupport.LabelOracle.Form"/>, the one test-side writing of it).</summary>
    public static string Form(string text) => TestSupport.LabelOracle.Form(text, decompose: true) ?? text;

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
