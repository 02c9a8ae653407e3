using System.Buffers;

namespace NewsModel.Text;

/// <summary>
/// Turns lines into <see cref="LineItem"/>s: trims spaces and tabs, drops blank and spacer lines (white space only, remembering the
/// block break), recognises label lines and counts each language's votes for the interface language.
/// </summary>
/// <remarks>Holds a pooled array: call <see cref="Dispose"/>. One instance serves one read.</remarks>
internal sealed class LineReader : IDisposable
{
    private readonly LabelMatcher _matcher;
    private LineItem[] _items = ArrayPool<LineItem>.Shared.Rent(64);
    private bool _blockBreak = true;

    public LineReader(LabelMatcher matcher)
    {
        _matcher = matcher;
        Votes = new int[matcher.Languages.Length];
        OwnVotes = new int[matcher.Languages.Length];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<LineItem> Items => _items.AsSpan(0, Count);

    /// <summary>How many label lines each catalog language can read, indexed as <see cref="LabelMatcher.Languages"/>.</summary>
    public int[] Votes { get; }

    /// <summary>How many of those lines each language reads with its own texts rather than by fallback: the tie-breaker.</summary>
    public int[] OwnVotes { get; }

    /// <summary>Layout C: crawled text with no label and no blank line between its paragraphs (one block).</summary>
    public bool IsBodyOnly => !_seenLabel && !_seenSecondBlock;

    /// <summary>
    /// A tag page: only story cards carry the AI-reported badge, so one before any section heading marks a tag page, as does
    /// the Follow button under the tag's name.
    /// </summary>
    public bool IsTagPage => _cardBadgeBeforeSections || _seenFollow;

    private bool _seenLabel;
    private bool _seenSecondBlock;
    private bool _seenSection;
    private bool _cardBadgeBeforeSections;
    private bool _seenFollow;

    /// <summary>Adds a line.</summary>
    /// <param name="line">The line without its line end.</param>
    /// <param name="lineNumber">Its 1-based number.</param>
    /// <param name="source">The string the line is a slice of, so text lines can stay slices; empty when the line sits in a reused buffer.</param>
    /// <param name="offset">Where <paramref name="line"/> starts in <paramref name="source"/>.</param>
    public void Add(ReadOnlySpan<char> line, int lineNumber, ReadOnlyMemory<char> source, int offset)
    {
        if (line.IsEmpty)
        {
            _blockBreak = true;
            return;
        }

        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            start++;
        }

        var end = line.Length;
        while (end > start && line[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var trimmed = line[start..end];
        if (IsBlankOrSpacer(trimmed))
        {
            _blockBreak = true;
            return;
        }

        uint keys = 0;
        if (_matcher.TryMatch(trimmed, out var matches) && IsFollowButtonOutOfPlace(matches))
        {
            matches = null;
        }

        if (matches is not null)
        {
            foreach (var match in matches)
            {
                keys |= match.Keys;
                Votes[match.Language]++;
                OwnVotes[match.Language] += match.Inherited ? 0 : 1;
            }
        }

        var text = source.IsEmpty ? trimmed.ToString().AsMemory() : source.Slice(offset + start, end - start);
        if (Count == _items.Length)
        {
            var larger = ArrayPool<LineItem>.Shared.Rent(_items.Length * 2);
            Items.CopyTo(larger);
            ArrayPool<LineItem>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _seenLabel |= keys != 0;
        _seenSecondBlock |= _blockBreak && Count > 0;
        _cardBadgeBeforeSections |= !_seenSection && (keys & LabelMasks.ReportedBadge) != 0 && LabelMasks.IsBadgeLine(keys);
        _seenSection |= (keys & LabelMasks.Boundaries) != 0;
        _seenFollow |= keys == LabelMasks.Follow;
        _items[Count++] = new LineItem(text, keys, matches, lineNumber, start + 1, _blockBreak);
        _blockBreak = false;
    }

    // The Follow button stands only under a tag's name, or first: anywhere else "Follow" is the page's text.
    private bool IsFollowButtonOutOfPlace(LabelMatch[] matches)
        => matches[0].Keys == LabelMasks.Follow && !(Count == 0 || (Count == 1 && _items[0].IsText));

    public void Dispose()
    {
        // Only the used part holds references to release.
        Array.Clear(_items, 0, Count);
        ArrayPool<LineItem>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }

    // Spacer lines hold only white space (Unicode's White_Space, such as no-break spaces): layout, never text. Invisible
    // characters that are no white space (zero-width space, byte order mark, soft hyphen) are text, and kept.
    private static bool IsBlankOrSpacer(ReadOnlySpan<char> trimmed)
    {
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
