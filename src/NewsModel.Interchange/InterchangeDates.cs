using System.Globalization;

namespace NewsModel.Interchange;

/// <summary>
/// Dates of the interchange formats (schema.org JSON-LD, ninjs), one rule for all of them: written as ISO 8601 with the
/// offset the model holds and the fraction of a second only where there is one (<c>2025-12-23T11:00:00-05:00</c>), so
/// that a date reads back as the same instant with the same offset; read from the ISO 8601 forms publishers write.
/// </summary>
internal static class InterchangeDates
{
    // The written form first: it reads back exactly (ticks and offset).
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzzz",
        "yyyy-MM-dd",
        "yyyyMMdd'T'HHmmss.FFFFFFF'Z'",
        "yyyyMMdd'T'HHmmss.FFFFFFFzzz",
    ];

    /// <summary>The longest text <see cref="TryParse"/> reads; longer text is not a date.</summary>
    private const int MaxLength = 40;

    /// <summary>Writes an instant with its offset, such as <c>2025-12-23T11:00:00.5+01:00</c>.</summary>
    public static string Format(DateTimeOffset value) => value.ToString(s_formats[0], CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an ISO 8601 date (<c>2025-12-23</c>), date and time with an offset or <c>Z</c>, with or without seconds and
    /// fraction, or the basic form (<c>20251223T110000Z</c>). A date or time without an offset is taken as UTC.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        // "+0100" offsets (no colon) are common: zz reads only hours, so give the colon back.
        var span = text.Trim();
        if (span.Length > 5 && span[^5] is '+' or '-' && span[^3] != ':' && span.Contains('T', StringComparison.Ordinal)
            && char.IsAsciiDigit(span[^1]) && char.IsAsciiDigit(span[^4]))
        {
            span = string.Concat(span.AsSpan(0, span.Length - 2), ":", span.AsSpan(span.Length - 2));
        }

        return DateTimeOffset.TryParseExact(span, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
