using System.Text;

namespace NewsModel;

/// <summary>
/// Where a position in an input is, by the one rule of line ends that every reader of the library follows: a line ends
/// at LF, at CR, or at CRLF (one line end); lines and columns are 1-based, columns counted in UTF-16 code units.
/// </summary>
internal static class TextPosition
{
    /// <summary>The length of the line end at <paramref name="index"/>, which holds CR or LF: 2 for CRLF, else 1.</summary>
    public static int LineEndLength(ReadOnlySpan<char> text, int index)
        => text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;

    /// <summary>The length of the line end at <paramref name="index"/>, which holds CR or LF: 2 for CRLF, else 1.</summary>
    public static int LineEndLength(ReadOnlySpan<byte> utf8, int index)
        => utf8[index] == '\r' && index + 1 < utf8.Length && utf8[index + 1] == '\n' ? 2 : 1;

    /// <summary>The 1-based line and UTF-16 column of a byte offset of UTF-8 input (clamped to the input).</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, utf8.Length);

        // The LF of a CRLF belongs to the line that the CR ends.
        if (offset > 0 && offset < utf8.Length && utf8[offset] == '\n' && utf8[offset - 1] == '\r')
        {
            offset--;
        }

        var line = 1;
        var lineStart = 0;
        while (lineStart < offset)
        {
            var next = utf8[lineStart..offset].IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + LineEndLength(utf8, lineStart + next);
            line++;
        }

        return (line, Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1);
    }
}
