using System.Text;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>
/// Generates page text made of the hard cases on purpose (issue 7, section 6): repeated sections, labels in spellings
/// the matching rule equates and in spellings it does not, invisible-only and white-space lines, lone surrogates, and
/// blocks separated by blank lines, single newlines or CRLF. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class HardPageGenerator
{
    private static readonly string[] s_words = ["river", "Lagos", "ọjà", "Chấp", "naïve", "café", "日本", "😀", "x"];

    private static readonly string[] s_invisible = ["\u200B", "\uFEFF", "\u00AD", "\u200C", "\u2060"];

    private static readonly string[] s_whiteSpace = ["", " ", "\t", "\u00A0", "\u3000", "\u2028", "\u2007 \u00A0"];

    public static string Create(Random random, LabelCatalog catalog)
    {
        var labels = catalog.LabelSets
            .SelectMany(set => LabelOracle.LineKeys.Select(key => set[key]))
            .OfType<string>()
            .ToArray();
        var blocks = new List<string> { Sentence(random) };
        var count = random.Next(2, 14);
        for (var i = 0; i < count; i++)
        {
            var piece = random.Next(10) switch
            {
                0 or 1 => Sentence(random),
                2 => labels[random.Next(labels.Length)],
                3 => Equivalent(labels[random.Next(labels.Length)], random),
                4 => NotEquivalent(labels[random.Next(labels.Length)], random),
                5 => s_invisible[random.Next(s_invisible.Length)],
                6 => s_whiteSpace[random.Next(s_whiteSpace.Length)],
                7 => WithLoneSurrogate(random.Next(2) == 0 ? Sentence(random) : labels[random.Next(labels.Length)], random),
                _ => Repeated(labels[random.Next(labels.Length)], random),
            };
            blocks.Add(piece);
        }

        var separator = random.Next(3) switch { 0 => "\n", 1 => "\n\n", _ => "\r\n\r\n" };
        return string.Join(separator, blocks);
    }

    private static string Sentence(Random random)
    {
        var builder = new StringBuilder();
        var words = random.Next(1, 6);
        for (var i = 0; i < words; i++)
        {
            builder.Append(i == 0 ? "" : " ").Append(s_words[random.Next(s_words.Length)]);
        }

        return builder.Append(random.Next(2) == 0 ? "." : "").ToString();
    }

    // A spelling the rule equates with the label: NFD, other space runs, apostrophe and underdot variants, padding.
    private static string Equivalent(string label, Random random) => random.Next(5) switch
    {
        0 => label.Normalize(NormalizationForm.FormD),
        1 => label.Replace(" ", random.Next(2) == 0 ? "\u00A0" : " \t\u202F", StringComparison.Ordinal),
        2 => label.Replace('\'', random.Next(2) == 0 ? '\u2019' : '\u02BC'),
        3 => label.Normalize(NormalizationForm.FormD).Replace('\u0323', '\u0329'),
        _ => "\u00A0" + label + " ",
    };

    // A spelling the rule does not equate: an invisible character inside, another space, case, a mark order NFD would not give.
    private static string NotEquivalent(string label, Random random)
    {
        var at = random.Next(1, Math.Max(label.Length, 2));
        at = char.IsLowSurrogate(label[Math.Min(at, label.Length - 1)]) ? at - 1 : at;
        return random.Next(5) switch
        {
            0 => label.Insert(Math.Min(at, label.Length), s_invisible[random.Next(s_invisible.Length)]),
            1 => label.Replace(" ", random.Next(2) == 0 ? "\u3000" : "\u2009", StringComparison.Ordinal),
            2 => label.ToUpperInvariant(),
            3 => SwapMarks(label.Normalize(NormalizationForm.FormD)),
            _ => label.Replace('\'', '\u2018'),
        };
    }

    // Exchanges the first two neighbouring combining marks (non-canonical when they have the same class).
    private static string SwapMarks(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                && char.GetUnicodeCategory(text[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return string.Concat(text.AsSpan(0, i), text[i + 1].ToString(), text[i].ToString(), text.AsSpan(i + 2));
            }
        }

        return text + "\u0301\u0302";
    }

    private static string WithLoneSurrogate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        while (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        return text.Insert(at, random.Next(2) == 0 ? "\uD83D" : "\uDE00");
    }

    // A section heading or badge with a paragraph, repeated: the shape that once made reading quadratic.
    private static string Repeated(string label, Random random)
    {
        var builder = new StringBuilder();
        var times = random.Next(2, 8);
        for (var i = 0; i < times; i++)
        {
            builder.Append(i == 0 ? "" : "\n").Append(label).Append('\n').Append('x');
        }

        return builder.ToString();
    }
}
