using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>One reading of a line as labels: which keys it shows, in which catalog language.</summary>
/// <param name="Keys">The keys the line shows, as a bit mask of <c>1 &lt;&lt; (int)key</c> (two keys for a combined badge line).</param>
/// <param name="Language">The language's index in <see cref="LabelMatcher.Languages"/>.</param>
/// <param name="Inherited">Whether the language shows this text by fallback (it lacks the key and a parent or the neutral language serves it).</param>
internal readonly record struct LabelMatch(uint Keys, int Language, bool Inherited = false)
{
    public static uint Mask(LabelKey key) => 1u << (int)key;

    public bool Has(LabelKey key) => (Keys & Mask(key)) != 0;
}

/// <summary>
/// Recognises label lines in any catalog language with a cost per line that does not grow with the number of
/// languages: short labels by one hash of the line, other lines by their shape (<see cref="LabelShape.TryWrite"/>)
/// and then their matching form. Built once per catalog; immutable.
/// </summary>
internal sealed class LabelMatcher
{
    // Every label's matching form, for lines whose ends tell nothing (a trailing space or ignorable character).
    private readonly FrozenDictionary<string, LabelMatch[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // The labels by the shape of their matching form (its first characters and its last base character, packed into
    // one integer): read from a line's two ends, the shape rules out almost every paragraph with one integer lookup,
    // and the few labels of a shape are compared with the line directly. Neither cost grows with the number of languages.
    private readonly FrozenDictionary<ulong, ShapeCandidates> _byShape;

    // Short labels (badges, headings, buttons) as the catalog writes them: most label lines are one of these, as is, and
    // one hash of the line finds them before any shape is read.
    private const int ShortLabelLength = 40;
    private readonly FrozenDictionary<string, LabelMatch[]>.AlternateLookup<ReadOnlySpan<char>> _shortLabels;

    /// <summary>The labels of one shape, and the longest of their matching forms.</summary>
    private sealed record ShapeCandidates(int LongestForm, Candidate[] Labels);

    /// <summary>A label: its matching form, its readings, and the texts the catalog writes it as.</summary>
    private sealed record Candidate(string Form, LabelMatch[] Matches, string[] Texts);

    // The matcher of each catalog, built on first use and dropped with its catalog. The catalog is the label data and
    // knows nothing of matching; the text format keeps its matcher here. Lazy: under a race one matcher is built, not two.
    private static readonly ConditionalWeakTable<LabelCatalog, Lazy<LabelMatcher>> s_byCatalog = [];

    /// <summary>The matcher of a catalog: built once per catalog instance, on first use, and shared by every read and write.</summary>
    public static LabelMatcher For(LabelCatalog catalog)
        => s_byCatalog.GetValue(catalog, static catalog => new Lazy<LabelMatcher>(() => new LabelMatcher(catalog), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private LabelMatcher(LabelCatalog catalog)
    {
        var readings = new Dictionary<string, List<LabelMatch>>(StringComparer.Ordinal);
        var formsOfTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var maxLength = 0;
        foreach (var reading in catalog.LineReadings)
        {
            // A text with a lone surrogate has no form: no line can show it.
            if (LabelText.ToMatchingForm(reading.Text) is not { } form)
            {
                continue;
            }

            formsOfTexts[reading.Text] = form;
            if (!readings.TryGetValue(form, out var list))
            {
                readings[form] = list = [];
            }

            // One reading per language: its own text wins over a fallback text that reads the same.
            var match = new LabelMatch(reading.Keys, reading.Language, reading.Inherited);
            var existing = list.FindIndex(m => m.Language == match.Language);
            if (existing < 0)
            {
                list.Add(match);
            }
            else if (list[existing].Inherited && !match.Inherited)
            {
                list[existing] = match;
            }

            maxLength = Math.Max(maxLength, form.Length);
        }

        var frozen = readings.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortLabels = formsOfTexts
            .Where(pair => pair.Key.Length <= ShortLabelLength)
            .ToFrozenDictionary(pair => pair.Key, pair => frozen[pair.Value], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var textsByForm = formsOfTexts.ToLookup(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        // A form is its own matching form, so a line and the label it shows have the same shape. A form without one (it
        // ends in a supplementary character) is left out: so does every line showing it, and the full lookup finds those.
        Span<char> shape = stackalloc char[LabelShape.PrefixLength + 1];
        var byShape = new Dictionary<ulong, List<Candidate>>();
        foreach (var (form, matches) in frozen)
        {
            var shapeLength = LabelShape.TryWrite(form, shape);
            if (shapeLength > 0)
            {
                var key = PackShape(shape[..shapeLength]);
                if (!byShape.TryGetValue(key, out var candidates))
                {
                    byShape[key] = candidates = [];
                }

                candidates.Add(new Candidate(form, matches, [.. textsByForm[form]]));
            }
        }

        _byShape = byShape.ToFrozenDictionary(
            pair => pair.Key,
            pair => new ShapeCandidates(pair.Value.Max(candidate => candidate.Form.Length), [.. pair.Value]));
        MaxFormLength = maxLength;
        Languages = catalog.Languages;
    }

    // Up to four UTF-16 units, 16 bits each; a shorter shape leaves the high units zero (text never holds U+0000 there).
    private static ulong PackShape(ReadOnlySpan<char> shape)
    {
        ulong packed = 0;
        for (var i = 0; i < shape.Length; i++)
        {
            packed |= (ulong)shape[i] << (16 * i);
        }

        return packed;
    }

    /// <summary>The catalog's languages, indexed as <see cref="LabelMatch.Language"/>.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The length of the longest matching form; longer lines are never labels.</summary>
    public int MaxFormLength { get; }

    /// <summary>Reads a line (already trimmed of spaces and tabs) as labels.</summary>
    /// <param name="line">The line.</param>
    /// <param name="matches">Its readings: one per language that has this text, usually one. Shared: never modify it.</param>
    /// <returns>Whether the line is a label line.</returns>
    public bool TryMatch(ReadOnlySpan<char> line, [NotNullWhen(true)] out LabelMatch[]? matches)
    {
        matches = null;

        // No length cap: the shape reads only the line's two ends, and a form is written only up to the longest label's.
        if (line.IsEmpty)
        {
            return false;
        }

        if (line.Length <= ShortLabelLength && _shortLabels.TryGetValue(line, out matches))
        {
            return true;
        }

        Span<char> shape = stackalloc char[LabelShape.PrefixLength + 1];
        var shapeLength = LabelShape.TryWrite(line, shape);
        if (shapeLength <= 0)
        {
            return TryMatchForm(line, MaxFormLength, out matches);
        }

        if (!_byShape.TryGetValue(PackShape(shape[..shapeLength]), out var candidates))
        {
            return false;
        }

        // Nearly every label line is a label as the catalog writes it.
        foreach (var candidate in candidates.Labels)
        {
            foreach (var text in candidate.Texts)
            {
                if (line.SequenceEqual(text))
                {
                    matches = candidate.Matches;
                    return true;
                }
            }
        }

        // Decomposition lengthens text but for a few supplementary characters; otherwise only collapsing spaces shortens it.
        var longest = candidates.LongestForm;
        if (line.Length > longest && !LabelShape.HasCollapsibleCharacters(line))
        {
            return false;
        }

        return TryMatchForm(line, longest, out matches);
    }

    private bool TryMatchForm(ReadOnlySpan<char> line, int longest, [NotNullWhen(true)] out LabelMatch[]? matches)
    {
        matches = null;
        const int StackLimit = 512;
        var capacity = longest + 1;
        Span<char> buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : new char[capacity];
        var length = LabelText.TryWriteMatchingForm(line, buffer[..capacity]);
        return length > 0 && length <= longest && _lookup.TryGetValue(buffer[..length], out matches);
    }
}

/// <summary>The text format's view of a catalog: its label matcher.</summary>
internal static class LabelCatalogMatching
{
    extension(LabelCatalog catalog)
    {
        /// <summary>The catalog's label matcher (<see cref="LabelMatcher.For(LabelCatalog)"/>).</summary>
        public LabelMatcher Matcher => LabelMatcher.For(catalog);
    }
}
