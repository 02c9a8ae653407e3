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
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsIgnorable(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                if (length == destination.Length)
                {
                    return -1;
                }

                destination[length++] = ' ';
                pendingSpace = false;
            }

            if (!TryAppendDecomposed(c, destination, ref length))
            {
                return -1;
            }
        }

        OrderCombiningMarks(destination[..length]);
        return length;
    }

    private static bool TryAppendDecomposed(char c, Span<char> destination, ref int length)
    {
        ReadOnlySpan<char> single = [MapEquivalent(c)];
        var decomposition = single;
        Span<char> hangul = stackalloc char[3];
        if (c >= '\u00C0')
        {
            if (c - HangulBase is >= 0 and < HangulCount)
            {
                decomposition = DecomposeHangul(c, hangul);
            }
            else
            {
                var index = CanonicalDecompositionData.Composed.AsSpan().BinarySearch(c);
                if (index >= 0)
                {
                    var offsets = CanonicalDecompositionData.Offsets;
                    decomposition = CanonicalDecompositionData.Decomposed.AsSpan(offsets[index], offsets[index + 1] - offsets[index]);
                }
            }
        }

        if (length + decomposition.Length > destination.Length)
        {
            return false;
        }

        foreach (var d in decomposition)
        {
            destination[length++] = MapEquivalent(d);
        }

        return true;
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
        return buffer;
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
