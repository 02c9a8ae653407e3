namespace NewsModel.Text;

/// <summary>
/// How page text names its interface language: every label line votes for each catalog language that reads it; the
/// language with the most votes wins, then the one that reads the most of them with its own texts (not by fallback),
/// then the catalog's order. The reader counts the lines it reads; the writer's validation counts the lines it would write.
/// </summary>
internal static class LanguageVotes
{
    /// <summary>Counts one label line's readings.</summary>
    /// <param name="matches">The line's readings, one per language that reads it.</param>
    /// <param name="votes">Votes per language, indexed as <see cref="LabelMatcher.Languages"/>.</param>
    /// <param name="ownVotes">Per language, the votes it casts with its own texts.</param>
    /// <param name="lines">How many such lines there are.</param>
    public static void Count(ReadOnlySpan<LabelMatch> matches, Span<int> votes, Span<int> ownVotes, int lines = 1)
    {
        foreach (var match in matches)
        {
            votes[match.Language] += lines;
            ownVotes[match.Language] += match.Inherited ? 0 : lines;
        }
    }

    /// <summary>The winning language's index, or -1 when no line voted.</summary>
    public static int Best(ReadOnlySpan<int> votes, ReadOnlySpan<int> ownVotes)
    {
        var best = -1;
        for (var i = 0; i < votes.Length; i++)
        {
            if (votes[i] > 0 && (best < 0 || votes[i] > votes[best] || (votes[i] == votes[best] && ownVotes[i] > ownVotes[best])))
            {
                best = i;
            }
        }

        return best;
    }
}
