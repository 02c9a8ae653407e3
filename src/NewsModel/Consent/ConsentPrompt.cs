using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsModel.Consent;

/// <summary>
/// What the user was shown when they chose: the interface language and the SHA-256 of the notice's exact text, plus
/// whether the browser sent the Global Privacy Control signal. One prompt serves every record made from the same notice.
/// </summary>
/// <remarks>
/// <para>
/// The notice hash is the SHA-256 of the notice's canonical text (<see cref="GetCanonicalNoticeText(ConsentNotice)"/>), UTF-8
/// encoded: the line <c>newsmodel-consent-notice/1</c>, then one field for the title, one for the message (left out when the
/// notice has none) and one per button in page order (named <c>accept</c>, <c>decline</c> or <c>other</c>). A field is its
/// name, a space, the number of UTF-8 bytes of its text in decimal, a line feed, the text exactly as shown and a line feed.
/// The lengths make the form unambiguous whatever the texts hold; nothing in it is trimmed or normalized (NFC and NFD
/// spellings are different texts), so that it is the same on every platform and globalization mode, and an auditor can
/// rebuild it with any SHA-256 tool.
/// </para>
/// </remarks>
public sealed record ConsentPrompt
{
    /// <summary>The first line of the canonical notice text.</summary>
    public const string CanonicalFormHeader = "newsmodel-consent-notice/1";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The interface language the notice was shown in, a BCP 47 tag such as <c>yo</c>.</summary>
    /// <exception cref="ArgumentException">The value is not a language tag of 1 to 35 ASCII letters, digits and hyphens.</exception>
    public required string Language { get; init => field = ConsentText.RequireLanguage(value); }

    /// <summary>The notice's hash (64 lowercase hexadecimal digits), or <see langword="null"/> when no notice was shown.</summary>
    /// <exception cref="ArgumentException">The value is not 64 hexadecimal digits.</exception>
    public required string? NoticeHash { get; init => field = value is null ? null : RequireHash(value); }

    /// <summary>Whether the request carried the Global Privacy Control signal (see <see cref="GlobalPrivacyControl.IsEnabled(string?)"/>).</summary>
    public bool GlobalPrivacyControl { get; init; }

    /// <summary>The prompt for a notice shown in a language.</summary>
    /// <param name="notice">The notice as shown: its title, message and buttons.</param>
    /// <param name="language">The interface language.</param>
    /// <returns>The prompt, with the notice's hash.</returns>
    /// <exception cref="ArgumentException">The language is not a valid tag, or a text of the notice is not valid UTF-16.</exception>
    public static ConsentPrompt ForNotice(ConsentNotice notice, string language)
        => new() { Language = language, NoticeHash = HashNotice(notice) };

    /// <summary>The SHA-256 of a notice's canonical text, as 64 lowercase hexadecimal digits.</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentException">A text of the notice is not valid UTF-16 (it holds a lone surrogate).</exception>
    public static string HashNotice(ConsentNotice notice)
    {
        var bytes = EncodeStrict(GetCanonicalNoticeText(notice));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The canonical text of a notice, the input of <see cref="HashNotice(ConsentNotice)"/> (see the remarks of <see cref="ConsentPrompt"/>).</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="ArgumentException">A text of the notice is not valid UTF-16 (it holds a lone surrogate).</exception>
    public static string GetCanonicalNoticeText(ConsentNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var builder = new StringBuilder(CanonicalFormHeader.Length + 64 + notice.Title.Length + (notice.Message?.Length ?? 0));
        builder.Append(CanonicalFormHeader).Append('\n');
        AppendField(builder, "title", notice.Title);
        if (notice.Message is { } message)
        {
            AppendField(builder, "message", message);
        }

        foreach (var action in notice.Actions)
        {
            var name = action.Kind switch
            {
                ConsentActionKind.Accept => "accept",
                ConsentActionKind.Decline => "decline",
                ConsentActionKind.Other => "other",
                _ => throw new ArgumentException(DiagnosticMessages.UndefinedConsentActionKind, nameof(notice)),
            };
            AppendField(builder, name, action.Label);
        }

        return builder.ToString();
    }

    /// <summary>Checks and lowercases a hash given as text.</summary>
    internal static string RequireHash(string value)
    {
        if (value.Length != 64 || !IsHex(value))
        {
            throw new ArgumentException(DiagnosticMessages.InvalidNoticeHash, nameof(value));
        }

        return value.ToLowerInvariant();
    }

    /// <summary>Whether a text is a hash as records store it: 64 lowercase hexadecimal digits.</summary>
    internal static bool IsCanonicalHash(ReadOnlySpan<char> text)
    {
        if (text.Length != 64)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendField(StringBuilder builder, string name, string text)
        => builder.Append(name).Append(' ')
            .Append(EncodeStrict(text).Length.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(text).Append('\n');

    private static byte[] EncodeStrict(string text)
    {
        try
        {
            return s_strictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException(DiagnosticMessages.NoticeTextNotUtf16, nameof(text), exception);
        }
    }
}
