using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsModel.Json;

/// <summary>
/// Writes a string as a quoted, escaped JSON string in UTF-8, exactly as <see cref="System.Text.Json.Utf8JsonWriter"/>
/// does with the same <see cref="JavaScriptEncoder"/>, but faster: which characters the encoder escapes is asked of the
/// encoder once, for every UTF-16 code unit, and kept in a table; runs that need no escaping are transcoded in one
/// vectorized call, and the encoder itself writes each escape. Built once per encoder the library knows.
/// </summary>
internal sealed class JsonStringEscaper
{
    // One bit per UTF-16 code unit of U+0080..U+FFFF: set when the encoder escapes it (surrogates always: pairs are written as two escapes).
    private readonly ulong[] _escapedNonAscii = new ulong[65536 / 64];
    private readonly SearchValues<char> _plainAscii;
    private readonly JavaScriptEncoder _encoder;

    private JsonStringEscaper(JavaScriptEncoder encoder)
    {
        _encoder = encoder;
        var plain = new List<char>();
        for (var c = (char)0x20; c < 0x80; c++)
        {
            if (c is not ('"' or '\\') && !encoder.WillEncode(c))
            {
                plain.Add(c);
            }
        }

        _plainAscii = SearchValues.Create([.. plain]);
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c) || encoder.WillEncode(c))
            {
                _escapedNonAscii[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>The escaper of the library's default encoder, which keeps letters of every script.</summary>
    public static JsonStringEscaper Default => DefaultHolder.Instance;

    /// <summary>The escaper of <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.</summary>
    public static JsonStringEscaper Relaxed => RelaxedHolder.Instance;

    /// <summary>The most bytes <see cref="WriteQuoted"/> writes for a string of <paramref name="length"/> UTF-16 code units.</summary>
    public static int MaxQuotedLength(int length) => (int)Math.Min((6L * length) + 2, Array.MaxLength);

    /// <summary>Writes <paramref name="value"/> with its quotes into <paramref name="destination"/> (at least <see cref="MaxQuotedLength"/> long) and returns the bytes written.</summary>
    public int WriteQuoted(ReadOnlySpan<char> value, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        var written = 1;
        var runStart = 0;
        var position = 0;
        while (position < value.Length)
        {
            var next = value[position..].IndexOfAnyExcept(_plainAscii);
            if (next < 0)
            {
                break;
            }

            position += next;

            // Letters of other scripts are kept: walk over them here rather than back in the ASCII search.
            while (position < value.Length && value[position] >= 0x80 && !IsEscaped(value[position]))
            {
                position++;
            }

            if (position == value.Length || IsPlainAscii(value[position]))
            {
                continue;
            }

            written += Transcode(value[runStart..position], destination[written..]);
            var length = char.IsHighSurrogate(value[position]) && position + 1 < value.Length && char.IsLowSurrogate(value[position + 1]) ? 2 : 1;
            written += Escape(value.Slice(position, length), destination[written..]);
            position += length;
            runStart = position;
        }

        written += Transcode(value[runStart..], destination[written..]);
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

    private bool IsEscaped(char c) => (_escapedNonAscii[c >> 6] & (1UL << (c & 63))) != 0;

    private bool IsPlainAscii(char c) => c < 0x80 && _plainAscii.Contains(c);

    private static int Transcode(ReadOnlySpan<char> run, Span<byte> destination)
    {
        // The run holds no lone surrogate (every surrogate is escaped), so this is always Done.
        Utf8.FromUtf16(run, destination, out _, out var written);
        return written;
    }

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
