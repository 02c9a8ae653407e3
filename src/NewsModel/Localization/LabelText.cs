using System.Globalization;

namespace NewsModel.Localization;

/// <summary>
/// The matching form of label text: canonically decomposed (NFD) without <see cref="string.Normalize()"/>, so that it
/// also works with <c>InvariantGlobalization=true</c>, where normalization does nothing.
/// </summary>
/// <remarks>
/// Two texts that a reader takes for the same label get the same form: NFC or NFD, the Yoruba underdot as U+0323 or
/// U+0329, curly or straight apostrophes, and any run of spaces, tabs or no-break spaces. The form is only compared,
/// never shown, so the order of combining marks is by code point (a stable order; for labels as good as the canonical one).
/// </remarks>
internal static class LabelText
{
    private const char DotBelow = '\u0323';
    private const char VerticalLineBelow = '\u0329';
    private const int HangulBase = 0xAC00, HangulCount = 11172, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    /// <summary>The most characters a single character decomposes to.</summary>
    public const int MaxExpansion = 4;

    /// <summary>Returns the matching form of <paramref name="text"/> as a new string (for building lookups).</summary>
    public static string ToMatchingForm(ReadOnlySpan<char> text)
    {
        var buffer = new char[(text.Length * MaxExpansion) + 1];
        var length = TryWriteMatchingForm(text, buffer);
        return new string(buffer, 0, length);
    }

    /// <summary>Writes the matching form of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <returns>The length written, or -1 when the form does not fit (so the text is longer than any label).</returns>
    public static int TryWriteMatchingForm(ReadOnlySpan<char> text, Span<char> destination)
        => WriteForm(text, destination, stopAfter: int.MaxValue);

    /// <summary>
    /// Writes the matching form of <paramref name="text"/>, or only its start: reading stops once <paramref name="stopAfter"/>
    /// characters are written and the next character is not a combining mark (which could still reorder the marks read).
    /// </summary>
    /// <returns>The length written, or -1 when it does not fit <paramref name="destination"/>.</returns>
    private static int WriteForm(ReadOnlySpan<char> text, Span<char> destination, int stopAfter)
    {
        Span<char> buffer = stackalloc char[MaxExpansion];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (length >= stopAfter && !IsCombiningMark(c))
            {
                break;
            }

            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsIgnorable(c))
            {
                continue;
            }

            var decomposition = Decompose(c, buffer);
            if (length + decomposition.Length + (pendingSpace ? 1 : 0) > destination.Length)
            {
                return -1;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            decomposition.CopyTo(destination[length..]);
            length += decomposition.Length;
        }

        OrderCombiningMarks(destination[..length]);
        return length;
    }

    /// <summary>The number of characters of a matching form's start that <see cref="TryWriteShape"/> reads.</summary>
    public const int ShapePrefixLength = 3;

    /// <summary>
    /// Writes a text's shape: the first <see cref="ShapePrefixLength"/> characters of its matching form (all of it when
    /// shorter) and the last character of the form that is not a combining mark. Equal texts have equal shapes, and a
    /// shape is read from the text's two ends only, whatever its length.
    /// </summary>
    /// <returns>The shape's length, or -1 when the text's end is unusual (a space, an ignorable character, a surrogate), where only the whole form tells.</returns>
    public static int TryWriteShape(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        // The end: the last base character, whatever marks follow it or make it up.
        var end = text.Length - 1;
        while (end > 0 && IsCombiningMark(text[end]))
        {
            end--;
        }

        var c = text[end];
        if (IsSpace(c) || IsIgnorable(c) || IsCombiningMark(c) || char.IsSurrogate(c))
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[MaxExpansion];
        var decomposition = Decompose(c, buffer);
        var i = decomposition.Length - 1;
        while (i > 0 && IsCombiningMark(decomposition[i]))
        {
            i--;
        }

        var last = decomposition[i];

        // The start: printable ASCII is its own matching form (marks after it sort among themselves); else the form of a few characters.
        int length;
        if (text.Length >= ShapePrefixLength && IsPlainAscii(text[0]) && IsPlainAscii(text[1]) && IsPlainAscii(text[2]))
        {
            text[..ShapePrefixLength].CopyTo(destination);
            length = ShapePrefixLength;
        }
        else
        {
            // A long run of marks may not fit the buffer: then only the whole form tells.
            Span<char> head = stackalloc char[4 * MaxExpansion];
            length = WriteForm(text, head, stopAfter: ShapePrefixLength);
            if (length <= 0)
            {
                return -1;
            }

            length = Math.Min(length, ShapePrefixLength);
            head[..length].CopyTo(destination);
        }

        destination[length] = last;
        return length + 1;

        static bool IsPlainAscii(char c) => c is > ' ' and <= '~';
    }

    /// <summary>Whether the text holds anything the matching form removes: runs of spaces, tabs, other spaces or ignorable characters.</summary>
    public static bool HasCollapsibleCharacters(ReadOnlySpan<char> text)
        => text.IndexOfAny(s_collapsible) >= 0 || text.IndexOf("  ", StringComparison.Ordinal) >= 0;

    private static readonly System.Buffers.SearchValues<char> s_collapsible = System.Buffers.SearchValues.Create(
        "\t\u00A0\u00AD\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF");

    // The alphabets of most labels (Latin with diacritics, Greek, Cyrillic, Vietnamese) lie below U+2000: their
    // decompositions are found by index, once per character, instead of by binary search.
    private const char DirectLimit = '\u2000';
    private static readonly ushort[] s_directIndex = BuildDirectIndex();

    private static ushort[] BuildDirectIndex()
    {
        var index = new ushort[DirectLimit - '\u00C0'];
        var composed = CanonicalDecompositionData.Composed;
        for (var i = 0; i < composed.Length && composed[i] < DirectLimit; i++)
        {
            index[composed[i] - '\u00C0'] = (ushort)(i + 1);
        }

        return index;
    }

    private static ReadOnlySpan<char> Decompose(char c, Span<char> buffer)
    {
        if (c < '\u00C0')
        {
            buffer[0] = MapEquivalent(c);
            return buffer[..1];
        }

        if (c - HangulBase is >= 0 and < HangulCount)
        {
            return DecomposeHangul(c, buffer);
        }

        var index = c < DirectLimit ? s_directIndex[c - '\u00C0'] - 1 : CanonicalDecompositionData.Composed.AsSpan().BinarySearch(c);
        if (index < 0)
        {
            buffer[0] = MapEquivalent(c);
            return buffer[..1];
        }

        var offsets = CanonicalDecompositionData.Offsets;
        var decomposition = CanonicalDecompositionData.Decomposed.AsSpan(offsets[index], offsets[index + 1] - offsets[index]);
        for (var i = 0; i < decomposition.Length; i++)
        {
            buffer[i] = MapEquivalent(decomposition[i]);
        }

        return buffer[..decomposition.Length];
    }

    private static ReadOnlySpan<char> DecomposeHangul(char c, Span<char> buffer)
    {
        var index = c - HangulBase;
        buffer[0] = (char)(LeadBase + (index / (VowelCount * TrailCount)));
        buffer[1] = (char)(VowelBase + (index % (VowelCount * TrailCount) / TrailCount));
        var trail = index % TrailCount;
        if (trail == 0)
        {
            return buffer[..2];
        }

        buffer[2] = (char)(TrailBase + trail);
        return buffer[..3];
    }

    private static char MapEquivalent(char c) => c switch
    {
        VerticalLineBelow => DotBelow,
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
        _ => c,
    };

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' || (c > '\u00FF' && char.IsWhiteSpace(c));

    private static bool IsIgnorable(char c) => c is '\u200B' or '\uFEFF' or '\u00AD';

    private static bool IsCombiningMark(char c)
        => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>Sorts each run of combining marks by code point (insertion sort: runs are one to three marks long).</summary>
    private static void OrderCombiningMarks(Span<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsCombiningMark(c))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && text[j] > c && IsCombiningMark(text[j]))
            {
                text[j + 1] = text[j];
                j--;
            }

            text[j + 1] = c;
        }
    }
}
