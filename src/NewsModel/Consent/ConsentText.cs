using System.Buffers;

namespace NewsModel.Consent;

/// <summary>Checks shared by the consent types' members.</summary>
internal static class ConsentText
{
    /// <summary>The longest language tag a record holds (BCP 47 tags in practice stay well below).</summary>
    public const int MaxLanguageLength = 35;

    private static readonly SearchValues<char> s_languageChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    /// <summary>Whether a text is a language tag a record can hold: 1 to 35 ASCII letters, digits and hyphens, starting with a letter.</summary>
    public static bool IsValidLanguage(ReadOnlySpan<char> language)
        => language.Length is > 0 and <= MaxLanguageLength && char.IsAsciiLetter(language[0]) && !language.ContainsAnyExcept(s_languageChars);

    public static string RequireLanguage(string value, string name = "value")
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return IsValidLanguage(value) ? value : throw new ArgumentException(DiagnosticMessages.InvalidConsentLanguage(value), name);
    }

    public static string RequireText(string value, string name = "value")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
