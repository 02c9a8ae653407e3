using System.Text;
using System.Text.RegularExpressions;
using NewsModel.Localization;

namespace NewsModel.Tests.TestSupport;

/// <summary>
/// The label matching rule that <see cref="LabelCatalog"/> documents, written again the obvious way for differential
/// tests: a regular expression for the spaces, a table for the three equivalences, and <see cref="string.Normalize(NormalizationForm)"/>
/// (ICU) for NFD. It never calls the library's matcher or its Unicode data.
/// </summary>
public static partial class LabelOracle
{
    /// <summary>The keys whose labels stand alone on a line of page text.</summary>
    public static IReadOnlyList<LabelKey> LineKeys { get; } =
    [
        LabelKey.AiGeneratedImage, LabelKey.AiReported, LabelKey.WhatPeopleAreSaying, LabelKey.RelatedNews,
        LabelKey.CookieTitle, LabelKey.CookieMessage, LabelKey.CookieDecline, LabelKey.CookieAccept, LabelKey.TagFollow,
    ];

    private static readonly Lazy<HashSet<string>> s_defaultForms = new(() => LabelForms(LabelCatalog.Default));

    /// <summary>
    /// Whether this runtime normalizes (with <c>InvariantGlobalization=true</c> <see cref="string.Normalize(NormalizationForm)"/>
    /// returns its input unchanged, so the oracle has no NFD to offer).
    /// </summary>
    public static bool CanNormalize { get; } = "\u00E9".Normalize(NormalizationForm.FormD) == "e\u0301";

    /// <summary>The form of a text under the documented rule, or <see langword="null"/> when it holds a lone surrogate.</summary>
    /// <param name="text">The text.</param>
    /// <param name="decompose">Whether to apply NFD (<see langword="false"/> where the runtime cannot: then only texts in the same normalization form compare).</param>
    /// <returns>The form.</returns>
    public static string? Form(string text, bool decompose = true)
    {
        if (HasLoneSurrogate(text))
        {
            return null;
        }

        var spaced = Spaces().Replace(text, " ").Trim(' ');
        var mapped = new StringBuilder(spaced);
        mapped.Replace('\u2019', '\'').Replace('\u02BC', '\'').Replace('\u0329', '\u0323');
        return decompose ? mapped.ToString().Normalize(NormalizationForm.FormD) : mapped.ToString();
    }

    /// <summary>Whether a line of page text is a label line of <see cref="LabelCatalog.Default"/> under the documented rule.</summary>
    /// <param name="line">The line, as it stands in the input (it is trimmed of spaces and tabs here).</param>
    /// <returns>Whether it is a label line.</returns>
    public static bool IsLabel(string line)
        => Form(line.Trim(' ', '\t'), CanNormalize) is { Length: > 0 } form && s_defaultForms.Value.Contains(form);

    /// <summary>The forms of every line label of a catalog: each key's recognised texts, and both card badges on one line in either order.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The forms.</returns>
    public static HashSet<string> LabelForms(LabelCatalog catalog)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in catalog.LabelSets)
        {
            foreach (var key in LineKeys)
            {
                forms.UnionWith(set.GetRecognizedTexts(key).Select(text => Form(text, CanNormalize)!));
            }

            foreach (var reported in set.GetRecognizedTexts(LabelKey.AiReported))
            {
                foreach (var image in set.GetRecognizedTexts(LabelKey.AiGeneratedImage))
                {
                    forms.Add(Form(reported + " " + image, CanNormalize)!);
                    forms.Add(Form(image + " " + reported, CanNormalize)!);
                }
            }
        }

        return forms;
    }

    /// <summary>Whether a text holds a UTF-16 code unit that is half of no surrogate pair.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it holds one.</returns>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("[ \t\u00A0\u202F]+")]
    private static partial Regex Spaces();
}
