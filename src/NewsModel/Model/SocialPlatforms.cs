using System.Buffers;
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

    // The first letters of the names: the search jumps from one to the next instead of reading every word.
    private static readonly SearchValues<char> s_initials = SearchValues.Create(string.Concat(s_names.Keys.Select(name => name[0]).Distinct()));

    /// <summary>
    /// Finds the platform a reaction paragraph names: the first word that is a platform's name (<c>X</c>, <c>Twitter</c>,
    /// <c>Reddit</c>, …), matched case-sensitively as a whole word.
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <returns>The platform's canonical name (one of this class's constants), or <see langword="null"/> when the paragraph names none.</returns>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(s_initials);
            if (found < 0)
            {
                return null;
            }

            var start = offset + found;
            var end = start + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            // A whole word only; "X" as in "X-ray" or "4X" is too weak alone.
            if ((start == 0 || !char.IsLetter(text[start - 1]))
                && s_lookup.TryGetValue(text[start..end], out var platform)
                && (platform != X || IsStandaloneX(text, start, end)))
            {
                return platform;
            }

            offset = end;
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
