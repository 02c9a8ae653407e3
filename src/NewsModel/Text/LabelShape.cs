using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>
/// The shape of a line or label: the start and the end of its matching form (<see cref="LabelText"/>), read from the
/// text's two ends whatever its length. Equal forms have equal shapes, so the label matcher compares a line only with
/// the few labels of its shape. Only the parser uses it; the rule it follows is the catalog's.
/// </summary>
internal static class LabelShape
{
    /// <summary>The number of characters of a matching form's start that <see cref="TryWrite"/> reads.</summary>
    public const int PrefixLength = 3;

    /// <summary>
    /// Writes a text's shape: the first <see cref="PrefixLength"/> characters of its matching form (all of it when
    /// shorter) and the last starter of the form. A text and its form have the same shape, and a shape is read from the
    /// text's two ends only, whatever its length.
    /// </summary>
    /// <returns>The shape's length, or -1 when the text's end is unusual (a space, a supplementary character, a lone surrogate, marks alone), where only the whole form tells.</returns>
    public static int TryWrite(ReadOnlySpan<char> text, Span<char> destination)
    {
        // The end: the last starter, whatever non-starters follow it (they decompose to non-starters only, so the
        // form's last starter is the last starter of this one's decomposition).
        var end = text.Length;
        int codePoint;
        while (true)
        {
            if (end == 0)
            {
                return -1;
            }

            var start = end - 1;
            if (char.IsLowSurrogate(text[start]) && start > 0 && char.IsHighSurrogate(text[start - 1]))
            {
                start--;
            }

            codePoint = LabelText.ReadCodePoint(text, start);
            if (codePoint < 0)
            {
                return -1;
            }

            if (LabelText.CombiningClass(codePoint) == 0)
            {
                break;
            }

            end = start;
        }

        if (codePoint > char.MaxValue || LabelText.IsSpace((char)codePoint))
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[LabelText.MaxDecomposition];
        var decomposition = LabelText.Decompose(codePoint, buffer);
        var i = decomposition.Length - 1;
        while (i >= 0 && !char.IsSurrogate(decomposition[i]) && LabelText.CombiningClass(decomposition[i]) != 0)
        {
            i--;
        }

        if (i < 0 || char.IsSurrogate(decomposition[i]))
        {
            return -1;
        }

        var last = decomposition[i];

        // The start: printable ASCII is its own matching form (marks after it move only among themselves); else the form of a few characters.
        int length;
        if (text.Length >= PrefixLength && IsPlainAscii(text[0]) && IsPlainAscii(text[1]) && IsPlainAscii(text[2]))
        {
            text[..PrefixLength].CopyTo(destination);
            length = PrefixLength;
        }
        else
        {
            // A long run of marks may not fit the buffer: then only the whole form tells.
            Span<char> head = stackalloc char[PrefixLength * LabelText.MaxDecomposition];
            length = LabelText.TryWriteMatchingFormStart(text, head, stopAfter: PrefixLength);
            if (length <= 0)
            {
                return -1;
            }

            length = Math.Min(length, PrefixLength);
            head[..length].CopyTo(destination);
        }

        destination[length] = last;
        return length + 1;

        static bool IsPlainAscii(char c) => c is > ' ' and <= '~';
    }

    /// <summary>
    /// Whether the text's form may be shorter than the text: it holds runs of spaces, spaces at an end, tabs, no-break
    /// spaces, or surrogates (a few supplementary characters decompose to one unit).
    /// </summary>
    public static bool HasCollapsibleCharacters(ReadOnlySpan<char> text)
        => text.ContainsAny(s_collapsible)
            || text.IndexOf("  ", StringComparison.Ordinal) >= 0
            || (!text.IsEmpty && (text[0] == ' ' || text[^1] == ' '));

    private static readonly System.Buffers.SearchValues<char> s_collapsible = System.Buffers.SearchValues.Create(CollapsibleCharacters());

    private static char[] CollapsibleCharacters()
    {
        var characters = new List<char> { '\t', '\u00A0', '\u202F' };
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            characters.Add(c);
        }

        return [.. characters];
    }
}
