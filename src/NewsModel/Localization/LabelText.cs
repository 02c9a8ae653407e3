namespace NewsModel.Localization;

/// <summary>
/// The matching form of label text, as <see cref="LabelCatalog"/> documents the rule: canonically decomposed and
/// canonically ordered (NFD) without <see cref="string.Normalize()"/>, so that it also works with
/// <c>InvariantGlobalization=true</c>, where normalization does nothing.
/// </summary>
/// <remarks>
/// Two texts have the same form exactly when they are equal after: every run of spaces (U+0020), tabs, no-break
/// spaces (U+00A0) and narrow no-break spaces (U+202F) is one space and none is left at either end; U+2019 and U+02BC
/// are the apostrophe U+0027 and U+0329 is U+0323 (the Yoruba underdot, written either way); and both are in NFD.
/// Nothing else is equivalent: no other space, no invisible character (soft hyphen, zero-width space, byte order
/// mark), no case, no compatibility form, and no reordering of combining marks that NFD does not make. A text holding
/// a lone surrogate has no form: it is never a label.
/// </remarks>
internal static class LabelText
{
    private const char DotBelow = '\u0323';
    private const char VerticalLineBelow = '\u0329';
    private const int HangulBase = 0xAC00, HangulCount = 11172, LeadBase = 0x1100, VowelBase = 0x1161, TrailBase = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    /// <summary>The most UTF-16 code units of form one UTF-16 code unit of text gives (a pair decomposes to at most 6 units).</summary>
    public const int MaxExpansion = 4;

    /// <summary>The most UTF-16 code units one code point decomposes to.</summary>
    public const int MaxDecomposition = CanonicalDecompositionData.MaxDecompositionLength;

    /// <summary>Returns the matching form of <paramref name="text"/> as a new string (for building lookups), or <see langword="null"/> when it holds a lone surrogate.</summary>
    public static string? ToMatchingForm(ReadOnlySpan<char> text)
    {
        var buffer = new char[(text.Length * MaxExpansion) + 1];
        var length = TryWriteMatchingForm(text, buffer);
        return length < 0 ? null : new string(buffer, 0, length);
    }

    /// <summary>Writes the matching form of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <returns>The length written, or -1 when the form does not fit (so the text is longer than any label) or the text holds a lone surrogate.</returns>
    public static int TryWriteMatchingForm(ReadOnlySpan<char> text, Span<char> destination)
        => TryWriteMatchingFormStart(text, destination, stopAfter: int.MaxValue);

    /// <summary>
    /// Writes the matching form of <paramref name="text"/>, or only its start: reading stops once <paramref name="stopAfter"/>
    /// characters are written and the next code point is a starter (combining class 0, which canonical ordering never moves).
    /// </summary>
    /// <returns>The length written, or -1 when it does not fit <paramref name="destination"/> or the text holds a lone surrogate.</returns>
    public static int TryWriteMatchingFormStart(ReadOnlySpan<char> text, Span<char> destination, int stopAfter)
    {
        Span<char> buffer = stackalloc char[MaxDecomposition];
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = ReadCodePoint(text, i);
            if (codePoint < 0)
            {
                return -1;
            }

            if (length >= stopAfter && CombiningClass(codePoint) == 0)
            {
                break;
            }

            if (codePoint > char.MaxValue)
            {
                i++;
            }
            else if (IsSpace((char)codePoint))
            {
                pendingSpace = length > 0;
                continue;
            }

            var decomposition = Decompose(codePoint, buffer);
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

    // The alphabets of most labels (Latin with diacritics, Greek, Cyrillic, Vietnamese, Arabic, Devanagari) lie below
    // U+2000: their decompositions and combining classes are found by index instead of by binary search.
    private const int DirectLimit = 0x2000;
    private static readonly ushort[] s_directIndex = BuildDirectIndex();
    private static readonly byte[] s_directClasses = BuildDirectClasses();

    private static ushort[] BuildDirectIndex()
    {
        var index = new ushort[DirectLimit - 0xC0];
        var composed = CanonicalDecompositionData.Composed;
        for (var i = 0; i < composed.Length && composed[i] < DirectLimit; i++)
        {
            index[composed[i] - 0xC0] = (ushort)(i + 1);
        }

        return index;
    }

    private static byte[] BuildDirectClasses()
    {
        var classes = new byte[DirectLimit];
        for (var c = 0; c < DirectLimit; c++)
        {
            classes[c] = SearchCombiningClass(c);
        }

        return classes;
    }

    /// <summary>The canonical combining class of a code point: 0 for a starter, else the class that orders it among the marks around it.</summary>
    public static byte CombiningClass(int codePoint) => codePoint < DirectLimit ? s_directClasses[codePoint] : SearchCombiningClass(codePoint);

    private static byte SearchCombiningClass(int codePoint)
    {
        var index = CanonicalDecompositionData.CombiningClassStarts.BinarySearch(codePoint);
        return CanonicalDecompositionData.CombiningClassValues[index >= 0 ? index : ~index - 1];
    }

    /// <summary>The code point at <paramref name="index"/>: a BMP character, or the pair starting there; -1 for a lone surrogate.</summary>
    /// <summary>The code point at <paramref name="index"/> (a surrogate pair read whole), or -1 for a lone surrogate.</summary>
    public static int ReadCodePoint(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            return c;
        }

        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : -1;
    }

    /// <summary>The canonical decomposition of a code point in matching form (equivalent marks and apostrophes mapped), written into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Decompose(int codePoint, Span<char> buffer)
    {
        if (codePoint < 0xC0)
        {
            buffer[0] = MapEquivalent((char)codePoint);
            return buffer[..1];
        }

        if (codePoint - HangulBase is >= 0 and < HangulCount)
        {
            return DecomposeHangul(codePoint, buffer);
        }

        var index = codePoint < DirectLimit ? s_directIndex[codePoint - 0xC0] - 1 : CanonicalDecompositionData.Composed.BinarySearch(codePoint);
        if (index < 0)
        {
            if (codePoint > char.MaxValue)
            {
                return buffer[..new System.Text.Rune(codePoint).EncodeToUtf16(buffer)];
            }

            buffer[0] = MapEquivalent((char)codePoint);
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

    private static ReadOnlySpan<char> DecomposeHangul(int codePoint, Span<char> buffer)
    {
        var index = codePoint - HangulBase;
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

    // The deliberate equivalences beyond NFD: the typographic and the modifier-letter apostrophe are the apostrophe, and
    // the vertical line below is the dot below (Yoruba writes its underdot either way; both have combining class 220).
    private static char MapEquivalent(char c) => c switch
    {
        VerticalLineBelow => DotBelow,
        '\u2019' or '\u02BC' => '\'',
        _ => c,
    };

    /// <summary>Whether a character is one of the spaces the form collapses: space, tab, no-break space, narrow no-break space.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F';

    /// <summary>
    /// Canonical ordering: within each run of non-starters, a stable sort by combining class (Unicode's canonical
    /// ordering algorithm, by insertion: runs are one to three marks long). Code points, not code units, move.
    /// </summary>
    private static void OrderCombiningMarks(Span<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            var codePoint = ReadCodePoint(text, i);
            var width = codePoint > char.MaxValue ? 2 : 1;
            var combiningClass = CombiningClass(codePoint);
            if (combiningClass != 0)
            {
                // Move it before every earlier mark of a higher class.
                var at = i;
                while (at > 0)
                {
                    var before = char.IsLowSurrogate(text[at - 1]) && at > 1 && char.IsHighSurrogate(text[at - 2]) ? at - 2 : at - 1;
                    var previousClass = CombiningClass(ReadCodePoint(text, before));
                    if (previousClass <= combiningClass)
                    {
                        break;
                    }

                    Swap(text[before..(at + width)], at - before);
                    at = before;
                }
            }

            i += width;
        }

        // Exchanges the first `split` units of a segment with the rest (both one code point).
        static void Swap(Span<char> segment, int split)
        {
            Span<char> first = stackalloc char[2];
            segment[..split].CopyTo(first);
            segment[split..].CopyTo(segment);
            first[..split].CopyTo(segment[(segment.Length - split)..]);
        }
    }
}
