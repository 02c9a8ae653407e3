using System.Text;

namespace NewsModel;

/// <summary>
/// The input limit of every reader (page text, JSON, and the formats to come), in one unit: bytes of UTF-8. Byte and
/// stream input count their bytes as given (a byte order mark included); a string counts the bytes of its UTF-8 encoding,
/// so the same document has the same size whichever overload reads it.
/// </summary>
internal static class InputLimit
{
    /// <summary>The default limit: 4 MiB, several hundred times a typical page.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>Returns a limit an options object accepts, or throws for one that is not positive.</summary>
    public static int Validate(int value)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum input length must be a positive number of bytes.");

    /// <summary>Returns a nesting depth an options object accepts, or throws for one less than 1 (the root alone is 1).</summary>
    public static int ValidateDepth(int value)
        => value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum depth must be 1 or more.");

    /// <summary>Whether a string is longer than the limit once encoded as UTF-8.</summary>
    /// <param name="text">The string.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <param name="length">The string's UTF-8 length when it is over the limit, for the message.</param>
    public static bool Exceeds(string text, int limit, out long length)
    {
        // Every UTF-16 code unit takes one to three UTF-8 bytes (a surrogate pair four for its two): a string that fits
        // even at three bytes a unit needs no count. Counting allocates nothing and is vectorized.
        length = text.Length;
        if (text.Length * 3L <= limit)
        {
            return false;
        }

        length = Encoding.UTF8.GetByteCount(text);
        return length > limit;
    }

    /// <summary>Records the error for input over the limit, at the start of the input, and returns the failed result.</summary>
    /// <param name="diagnostics">The read's diagnostics.</param>
    /// <param name="length">The input's length in bytes, or <see langword="null"/> where only a bound is known.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <param name="path">The JSON path of the start (<c>$</c>), or <see langword="null"/> for page text.</param>
    public static ParseResult<T> TooLarge<T>(DiagnosticBag diagnostics, long? length, long limit, string? path = null)
        where T : notnull
    {
        diagnostics.Error(NewsDiagnosticCode.InputTooLarge, DiagnosticMessages.InputTooLarge(length, limit), 1, 1, path);
        return diagnostics.ToResult<T>(default);
    }

    /// <summary>Records that the input could not be read (no position), and returns the failed result.</summary>
    /// <param name="diagnostics">The read's diagnostics.</param>
    /// <param name="reason">Why, such as the stream's exception message.</param>
    public static ParseResult<T> ReadFailed<T>(DiagnosticBag diagnostics, string reason)
        where T : notnull
    {
        diagnostics.Error(NewsDiagnosticCode.ReadFailed, DiagnosticMessages.ReadFailed(reason), 0, 0);
        return diagnostics.ToResult<T>(default);
    }
}
