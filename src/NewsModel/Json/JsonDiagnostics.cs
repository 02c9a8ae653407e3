using System.Text.Json;

namespace NewsModel.Json;

/// <summary>Turns what went wrong in a read into a <see cref="NewsDiagnostic"/>: code, message, JSON path, 1-based line and UTF-16 column.</summary>
internal static class JsonDiagnostics
{
    /// <summary>The diagnostic of an error found in <paramref name="utf8"/>.</summary>
    public static NewsDiagnostic From(ReadOnlySpan<byte> utf8, JsonReadError error)
        => At(utf8, error.Offset, error.Code, error.Message, error.Path);

    /// <summary>A diagnostic at a byte offset of the input: 1-based line, 1-based column in UTF-16 code units.</summary>
    public static NewsDiagnostic At(ReadOnlySpan<byte> utf8, long byteOffset, NewsDiagnosticCode code, string message, string path)
    {
        var (line, column) = TextPosition.Of(utf8, byteOffset);
        return new NewsDiagnostic(code, NewsDiagnosticSeverity.Error, message, line, column, path);
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
