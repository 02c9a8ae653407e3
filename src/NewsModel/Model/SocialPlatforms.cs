using System.Collections.Frozen;

namespace NewsModel;

/// <summary>The social platforms that reactions name, and their detection in a paragraph.</summary>
public static class SocialPlatforms
{
    /// <summary>X, formerly Twitter.</summary>
    public const string X = "X";

    /// <summary>Facebook.</summary>
    public const string Facebook = "Facebook";

    /// <summary>Instagram.</summary>
    public const string Instagram = "Instagram";

    /// <summary>Reddit.</summary>
    public const string Reddit = "Reddit";

    /// <summary>TikTok.</summary>
    public const string TikTok = "TikTok";

    /// <summary>YouTube.</summary>
    public const string YouTube = "YouTube";

    /// <summary>Bluesky.</summary>
    public const string Bluesky = "Bluesky";

    /// <summary>Threads.</summary>
    public const string Threads = "Threads";

    /// <summary>LinkedIn.</summary>
    public const string LinkedIn = "LinkedIn";

    /// <summary>Telegram.</summary>
    public const string Telegram = "Telegram";

    /// <summary>Weibo.</summary>
    public const string Weibo = "Weibo";

    /// <summary>Mastodon.</summary>
    public const string Mastodon = "Mastodon";

    // Names as words appear in text (case-sensitive: "X" must not match the letter x in prose), mapped to the platform.
    private static readonly FrozenDictionary<string, string> s_names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["X"] = X,
        ["Twitter"] = X,
        ["Facebook"] = Facebook,
        ["Instagram"] = Instagram,
        ["Reddit"] = Reddit,
        ["TikTok"] = TikTok,
        ["YouTube"] = YouTube,
        ["Bluesky"] = Bluesky,
        ["Threads"] = Threads,
        ["LinkedIn"] = LinkedIn,
        ["Telegram"] = Telegram,
        ["Weibo"] = Weibo,
        ["Mastodon"] = Mastodon,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup
        = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Finds the platform a reaction paragraph names: the first word that is a platform's name (<c>X</c>, <c>Twitter</c>,
    /// <c>Reddit</c>, …), matched case-sensitively as a whole word.
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>The platform's canonical name (one of this class's constants), or <see langword="null"/> when the paragraph names none.</returns>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            // A capitalized word only: every platform name starts with a capital letter.
            if (char.IsUpper(text[start]) && s_lookup.TryGetValue(text[start..i], out var platform))
            {
                // "X" as in a list marker or a variable ("X-ray", "Malcolm X") is too weak alone: require a word boundary that is not a hyphen.
                if (platform != X || IsStandaloneX(text, start, i))
                {
                    return platform;
                }
            }
        }

        return null;
    }

    private static bool IsStandaloneX(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        return before != '-' && after != '-' && !char.IsDigit(after) && !char.IsDigit(before);
    }
}
