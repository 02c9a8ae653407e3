using System.Buffers;
using System.Text;
using System.Text.Unicode;
using NewsModel.IO;

namespace NewsModel.Text;

/// <summary>The entry points behind <see cref="NewsPageText"/>'s reads: split the input into lines, then assemble the page.</summary>
internal static class PageTextParser
{
    // A SearchValues rather than ContainsAnyInRange<char>: the generic span helper allocates until the JIT optimizes it.
    private static readonly SearchValues<char> s_surrogates = SearchValues.Create(Surrogates());

    public static ParseResult<NewsPage> Parse(string text, NewsPageTextOptions options)
    {
        var diagnostics = NewDiagnostics(options);
        if (InputLimit.Exceeds(text, options.MaxInputLength, out var utf8Length))
        {
            return TooLarge(utf8Length, options.MaxInputLength);
        }

        using var reader = new LineReader(options.Catalog.Matcher);
        var source = text.AsMemory();
        var span = text.AsSpan();
        var offset = span.Length > 0 && span[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 0;
        while (true)
        {
            lineNumber++;
            var rest = span[offset..];

            // Every other line of a page is empty: no search needed to find where it ends.
            var end = rest.Length > 0 && rest[0] is '\n' or '\r' ? 0 : rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.ContainsAny(s_surrogates) && RepairSurrogates(line, lineNumber, diagnostics) is { } repaired)
            {
                reader.Add(repaired, lineNumber, repaired.AsMemory(), 0);
            }
            else
            {
                reader.Add(line, lineNumber, source, offset);
            }

            if (end < 0)
            {
                break;
            }

            offset += end + TextPosition.LineEndLength(rest, end);
        }

        return PageAssembler.Assemble(reader, options, diagnostics);
    }

    public static ParseResult<NewsPage> Parse(ReadOnlySpan<byte> utf8, NewsPageTextOptions options)
    {
        var diagnostics = NewDiagnostics(options);
        if (utf8.Length > options.MaxInputLength)
        {
            return TooLarge(utf8.Length, options.MaxInputLength);
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        using var reader = new LineReader(options.Catalog.Matcher);
        char[]? rented = null;
        try
        {
            var lineNumber = 0;
            while (true)
            {
                lineNumber++;
                var end = utf8.Length > 0 && utf8[0] is (byte)'\n' or (byte)'\r' ? 0 : utf8.IndexOfAny((byte)'\r', (byte)'\n');
                var line = end < 0 ? utf8 : utf8[..end];

                // A UTF-8 line never decodes to more UTF-16 code units than it has bytes.
                if (rented is null || rented.Length < line.Length)
                {
                    if (rented is not null)
                    {
                        ArrayPool<char>.Shared.Return(rented);
                    }

                    rented = ArrayPool<char>.Shared.Rent(Math.Max(line.Length, 256));
                }

                var length = DecodeLine(line, rented, lineNumber, diagnostics);
                reader.Add(rented.AsSpan(0, length), lineNumber, ReadOnlyMemory<char>.Empty, 0);
                if (end < 0)
                {
                    break;
                }

                utf8 = utf8[(end + TextPosition.LineEndLength(utf8, end))..];
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return PageAssembler.Assemble(reader, options, diagnostics);
    }

    // Whatever the stream throws is ReadFailed (issue 7): the one reader of whole inputs from streams serves text and JSON.
    public static ParseResult<NewsPage> Parse(Stream stream, NewsPageTextOptions options)
    {
        using var input = StreamInput.Read(stream, options.MaxInputLength);
        return Parse(input, options);
    }

    public static async ValueTask<ParseResult<NewsPage>> ParseAsync(Stream stream, NewsPageTextOptions options, CancellationToken cancellationToken)
    {
        using var input = await StreamInput.ReadAsync(stream, options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return Parse(input, options);
    }

    private static ParseResult<NewsPage> Parse(in StreamInput input, NewsPageTextOptions options)
        => input.ReadWith(options, options.MaxInputLength, null, static (bytes, options) => Parse(bytes, options));

    /// <summary>Decodes one line, replacing each invalid sequence by U+FFFD and reporting where it stands.</summary>
    private static int DecodeLine(ReadOnlySpan<byte> line, Span<char> destination, int lineNumber, DiagnosticBag diagnostics)
    {
        var written = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(line, destination[written..], out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            written += charsWritten;
            if (status == OperationStatus.Done)
            {
                return written;
            }

            // InvalidData or a sequence cut off at the line's end: one maximal invalid subsequence becomes one U+FFFD, as Encoding.UTF8 does.
            line = line[bytesRead..];
            Rune.DecodeFromUtf8(line, out _, out var invalidLength);
            invalidLength = Math.Max(invalidLength, 1);
            diagnostics.Warning(NewsDiagnosticCode.InvalidUtf8, invalidLength, static length => DiagnosticMessages.InvalidUtf8(length), lineNumber, written + 1);
            destination[written++] = '\uFFFD';
            line = line[invalidLength..];
        }
    }

    private static char[] Surrogates()
    {
        var surrogates = new char[0xE000 - 0xD800];
        for (var i = 0; i < surrogates.Length; i++)
        {
            surrogates[i] = (char)(0xD800 + i);
        }

        return surrogates;
    }

    private static DiagnosticBag NewDiagnostics(NewsPageTextOptions options) => new(options.Strict, options.MaxDiagnostics);

    /// <summary>
    /// Copies a line whose lone surrogates (UTF-16 units that are half of no pair) are replaced by U+FFFD, reporting each;
    /// <see langword="null"/> when every surrogate is paired. UTF-8 input cannot hold them: its encoded surrogates are invalid UTF-8, replaced the same way.
    /// </summary>
    private static string? RepairSurrogates(ReadOnlySpan<char> line, int lineNumber, DiagnosticBag diagnostics)
    {
        char[]? repaired = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i++;
                continue;
            }

            repaired ??= line.ToArray();
            repaired[i] = '\uFFFD';
            diagnostics.Warning(NewsDiagnosticCode.LoneSurrogate, c, static c => DiagnosticMessages.LoneSurrogate(c), lineNumber, i + 1);
        }

        return repaired is null ? null : new string(repaired);
    }

    private static ParseResult<NewsPage> TooLarge(long? length, long limit) => InputLimit.TooLarge<NewsPage>(DiagnosticBag.ForErrors(), length, limit);
}
