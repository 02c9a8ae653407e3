using System.Buffers;
using System.Text.Encodings.Web;
using System.Text;

namespace NewsModel.Json;

/// <summary>
/// Writes a string as a quoted, escaped JSON string in UTF-8, exactly as <see cref="System.Text.Json.Utf8JsonWriter"/>
/// does with the same <see cref="JavaScriptEncoder"/>, but faster: which characters the encoder escapes is asked of the
/// encoder once, for every UTF-16 code unit, and kept in a table; runs of plain ASCII are copied in one
/// vectorized call, and the encoder itself writes each escape. Built once per encoder the library knows.
/// </summary>
internal sealed class JsonStringEscaper
{
    // One bit per UTF-16 code unit: set when it is escaped (for ASCII: the quote, the backslash, controls and whatever the
    // encoder escapes; beyond ASCII: whatever the encoder escapes, and surrogates always, pairs being written as two escapes).
    private readonly ulong[] _escaped = new ulong[65536 / 64];
    private readonly SearchValues<char> _plainAscii;
    private readonly JavaScriptEncoder _encoder;

    // Plain ASCII characters in a row, walked one by one, before the rest of an ASCII run is searched with one
    // vectorized call: long runs (URLs, English) go fast, and text that switches scripts every few characters (where a
    // search per switch costs more than it saves) is walked one table lookup a character.
    private const int AsciiRunBeforeSearch = 16;

    private JsonStringEscaper(JavaScriptEncoder encoder)
    {
        _encoder = encoder;
        var plain = new List<char>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var escaped = c < 0x80
                ? c < 0x20 || c is '"' or '\\' || encoder.WillEncode(c)
                : char.IsSurrogate((char)c) || encoder.WillEncode(c);
            if (escaped)
            {
                _escaped[c >> 6] |= 1UL << (c & 63);
            }
            else if (c < 0x80)
            {
                plain.Add((char)c);
            }
        }

        _plainAscii = SearchValues.Create([.. plain]);
    }

    /// <summary>The escaper of the library's default encoder, which keeps letters of every script.</summary>
    public static JsonStringEscaper Default => DefaultHolder.Instance;

    /// <summary>The escaper of <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.</summary>
    public static JsonStringEscaper Relaxed => RelaxedHolder.Instance;

    /// <summary>The most bytes <see cref="WriteQuoted"/> writes for a string of <paramref name="length"/> UTF-16 code units.</summary>
    public static int MaxQuotedLength(int length) => (int)Math.Min((6L * length) + 2, Array.MaxLength);

    /// <summary>Writes <paramref name="value"/> with its quotes into <paramref name="destination"/> (at least <see cref="MaxQuotedLength"/> long) and returns the bytes written.</summary>
    /// <remarks>
    /// One pass: each code unit is looked up and written (as UTF-8, or as the encoder's escape), so text that switches
    /// scripts every few characters is read once; a run of plain ASCII longer than <see cref="AsciiRunBeforeSearch"/>
    /// is searched to its end and copied with vectorized calls. Surrogates are always escaped, so every code unit written
    /// as UTF-8 here is a whole character of one to three bytes.
    /// </remarks>
    public int WriteQuoted(ReadOnlySpan<char> value, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        var written = 1;
        var position = 0;

        // A string that starts with plain ASCII is searched at once.
        var asciiRun = AsciiRunBeforeSearch - 1;
        while (position < value.Length)
        {
            var c = value[position];
            if (IsEscaped(c))
            {
                var length = char.IsHighSurrogate(c) && position + 1 < value.Length && char.IsLowSurrogate(value[position + 1]) ? 2 : 1;
                written += Escape(value.Slice(position, length), destination[written..]);
                position += length;
                asciiRun = 0;
                continue;
            }

            position++;
            if (c < 0x80)
            {
                destination[written++] = (byte)c;
                if (++asciiRun >= AsciiRunBeforeSearch)
                {
                    var next = value[position..].IndexOfAnyExcept(_plainAscii);
                    var run = next < 0 ? value[position..] : value.Slice(position, next);
                    Ascii.FromUtf16(run, destination[written..], out var copied);
                    written += copied;
                    position += run.Length;
                    asciiRun = 0;
                }

                continue;
            }

            asciiRun = 0;
            if (c < 0x800)
            {
                destination[written + 1] = (byte)(0x80 | (c & 0x3F));
                destination[written] = (byte)(0xC0 | (c >> 6));
                written += 2;
            }
            else
            {
                destination[written + 2] = (byte)(0x80 | (c & 0x3F));
                destination[written + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[written] = (byte)(0xE0 | (c >> 12));
                written += 3;
            }
        }

        destination[written++] = (byte)'"';
        return written;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a string value of <paramref name="writer"/> (compact, its encoder this escaper's),
    /// escaped here into <paramref name="scratch"/>, a pooled buffer that grows as needed; the caller returns it to
    /// <see cref="ArrayPool{T}.Shared"/> when done.
    /// </summary>
    public void WriteValue(System.Text.Json.Utf8JsonWriter writer, ReadOnlySpan<char> value, ref byte[]? scratch)
    {
        var length = MaxQuotedLength(value.Length);
        if (scratch is null || scratch.Length < length)
        {
            if (scratch is not null)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }

            scratch = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1024));
        }

        var written = WriteQuoted(value, scratch);
        writer.WriteRawValue(scratch.AsSpan(0, written), skipInputValidation: true);
    }

    private bool IsEscaped(char c) => (_escaped[c >> 6] & (1UL << (c & 63))) != 0;

    // The encoder's own escape of one character or surrogate pair (\u0027, \n, \uD83D\uDE00; U+FFFD for a lone surrogate), in ASCII.
    private int Escape(ReadOnlySpan<char> character, Span<byte> destination)
    {
        Span<char> escaped = stackalloc char[16];
        _encoder.Encode(character, escaped, out _, out var written, isFinalBlock: true);
        for (var i = 0; i < written; i++)
        {
            destination[i] = (byte)escaped[i];
        }

        return written;
    }

    private static class DefaultHolder
    {
        public static readonly JsonStringEscaper Instance = new(NewsPageJson.DefaultEncoder);
    }

    private static class RelaxedHolder
    {
        public static readonly JsonStringEscaper Instance = new(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }
}
