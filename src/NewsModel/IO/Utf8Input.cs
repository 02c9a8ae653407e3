using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsModel.IO;

/// <summary>
/// Transcodes text input to UTF-8 for a UTF-8 reader without hiding what is wrong with it: a lone surrogate becomes
/// its generalized UTF-8 form (three bytes that are not valid UTF-8), not U+FFFD, so that the reader reports it at its
/// place as it reports invalid UTF-8 bytes.
/// </summary>
internal static class Utf8Input
{
    /// <summary>A buffer size that always holds <see cref="Transcode"/>'s output.</summary>
    public static int MaxByteCount(string text)
        => text.Length <= 64 * 1024 * 1024 ? Encoding.UTF8.GetMaxByteCount(text.Length) : Encoding.UTF8.GetByteCount(text);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (lone surrogates as three invalid bytes each) and returns the bytes written.</summary>
    public static int Transcode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(text, destination[written..], out var charsRead, out var bytesWritten, replaceInvalidSequences: false);
            written += bytesWritten;
            if (status != OperationStatus.InvalidData)
            {
                return status == OperationStatus.Done ? written : throw new ArgumentException("The destination is too small.", nameof(destination));
            }

            // A lone surrogate, always in U+D800-U+DFFF: ED A0-BF 80-BF, as the generalized UTF-8 of its code point.
            var surrogate = text[charsRead];
            destination[written++] = (byte)(0xE0 | (surrogate >> 12));
            destination[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (surrogate & 0x3F));
            text = text[(charsRead + 1)..];
        }
    }
}
