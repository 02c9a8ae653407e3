using System.Text.Json;

namespace NewsModel.Json;

/// <summary>Turns what went wrong in a JSON read into a diagnostic of the read's <see cref="DiagnosticBag"/>: code, message, JSON path, 1-based line and UTF-16 column.</summary>
internal static class JsonDiagnostics
{
    /// <summary>Records an error found in <paramref name="utf8"/> and returns the failed result.</summary>
    public static ParseResult<T> Fail<T>(DiagnosticBag diagnostics, ReadOnlySpan<byte> utf8, JsonReadError error)
        where T : notnull
    {
        diagnostics.ErrorAt(utf8, error.Offset, error.Code, error.Message, error.Path);
        return diagnostics.ToResult<T>(default);
    }

    /// <summary>The byte offset of a 0-based line and byte position in that line, as <see cref="JsonException"/> gives them (its lines end at LF only).</summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long? lineNumber, long? bytePositionInLine)
    {
        var lineStart = 0;
        for (var i = 0L; i < (lineNumber ?? 0); i++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return lineStart + (bytePositionInLine ?? 0);
    }

    /// <summary>The reader's explanation without its own 0-based position, which the diagnostic states 1-based.</summary>
    public static string ReasonOf(JsonException exception)
    {
        var message = exception.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position < 0)
        {
            position = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return position < 0 ? message : message[..position];
    }
}
