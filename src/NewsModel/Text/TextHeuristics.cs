namespace NewsModel.Text;

/// <summary>Tells titles from sentences where the page text marks neither: a headline or card title does not end a sentence.</summary>
internal static class TextHeuristics
{
    /// <summary>Titles longer than this are taken for paragraphs.</summary>
    public const int MaxTitleLength = 300;

    // Closing quotes and brackets after the final punctuation ("… he said.”).
    private static readonly System.Buffers.SearchValues<char> s_closers = System.Buffers.SearchValues.Create("\"'”’»›)]}」』）");

    // Sentence-ending marks across the site's scripts. '?' is left out: questions are common headlines.
    private static readonly System.Buffers.SearchValues<char> s_terminals = System.Buffers.SearchValues.Create(".!…。！।॥۔።");

    /// <summary>Whether a block reads as a title rather than a sentence.</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxTitleLength)
        {
            return false;
        }

        var last = text.LastIndexOfAnyExcept(s_closers);
        return last >= 0 && !s_terminals.Contains(text[last]);
    }
}
