using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsModel.Text;

/// <summary>
/// Builds the page from its line items in one forward pass (with at most two items of look-ahead), following the
/// site's layouts: A (hero image), B (no image), C (body only), and tag pages of story cards.
/// </summary>
internal ref struct PageAssembler
{
    private readonly ReadOnlySpan<LineItem> _items;
    private readonly DiagnosticBag _diagnostics;
    private int _position;

    // The page's parts, gathered as they are read; the page is built once at the end.
    private NewsArticle? _article;
    private NewsTag? _tag;

    // A section may repeat: each repetition appends to one builder, so the work stays linear in the input.
    private ImmutableArray<StoryCard>.Builder? _stories;
    private ImmutableArray<Reaction>.Builder? _reactions;
    private ImmutableArray<StoryCard>.Builder? _relatedStories;
    private ConsentNotice? _consent;
    private ImmutableArray<string> _unclassifiedText;

    private PageAssembler(ReadOnlySpan<LineItem> items, DiagnosticBag diagnostics)
    {
        _items = items;
        _diagnostics = diagnostics;
    }

    public static ParseResult<NewsPage> Assemble(LineReader reader, NewsPageTextOptions options, DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors && options.Strict)
        {
            return diagnostics.ToResult<NewsPage>(null);
        }

        var items = reader.Items;
        var uiLanguage = DetectLanguage(items, reader.Votes, reader.OwnVotes, options.Catalog.Matcher.Languages, diagnostics);
        var assembler = new PageAssembler(items, diagnostics);
        assembler.Read(reader);
        var page = new NewsPage
        {
            UiLanguage = uiLanguage,
            Article = assembler._article,
            Tag = assembler._tag,
            Stories = Drain(assembler._stories),
            Reactions = Drain(assembler._reactions),
            RelatedStories = Drain(assembler._relatedStories),
            Consent = assembler._consent,
            UnclassifiedText = assembler._unclassifiedText,
        };
        return diagnostics.ToResult(page);
    }

    // A builder filled to its capacity hands over its array without a copy (the usual single section).
    private static ImmutableArray<T> Drain<T>(ImmutableArray<T>.Builder? builder) => builder is null ? [] : builder.DrainToImmutable();

    // The language that reads the most label lines; of those, the one that reads the most with its own texts (an added
    // language that has one label of its own and the neutral language's for the rest beats the neutral language on its
    // own pages, and loses to it on the neutral language's); then the catalog's order.
    private static string? DetectLanguage(ReadOnlySpan<LineItem> items, int[] votes, int[] ownVotes, ImmutableArray<string> languages, DiagnosticBag diagnostics)
    {
        var best = LanguageVotes.Best(votes, ownVotes);
        if (best < 0)
        {
            return null;
        }

        // A label line that the chosen language cannot read shows another language's label.
        foreach (var item in items)
        {
            if (item.Matches is { } matches && !Reads(matches, best))
            {
                diagnostics.Warning(
                    NewsDiagnosticCode.MixedInterfaceLanguages,
                    DiagnosticMessages.MixedInterfaceLanguages(languages[best], languages[matches[0].Language]),
                    item.Line,
                    item.Column);
                break;
            }
        }

        return languages[best];

        static bool Reads(ReadOnlySpan<LabelMatch> matches, int language)
        {
            foreach (var match in matches)
            {
                if (match.Language == language)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void Read(LineReader reader)
    {
        if (_items.IsEmpty)
        {
            _diagnostics.Warning(NewsDiagnosticCode.EmptyInput, DiagnosticMessages.EmptyInput, 1, 1);
        }
        else if (reader.IsBodyOnly)
        {
            _article = ReadBodyOnly();
        }
        else
        {
            if (reader.IsTagPage)
            {
                _tag = ReadTag();
                ReadCards(ref _stories);
            }
            else
            {
                _article = ReadArticle();
            }

            ReadSections();
        }
    }

    // A tag page's first lines: the tag's name (as shown, translated or not) and the Follow button, each optional.
    private NewsTag? ReadTag()
    {
        if (IsLabelAt(0, LabelMasks.Follow))
        {
            _position = 1;
            return new NewsTag { HasFollowButton = true };
        }

        if (IsTextAt(0) && IsLabelAt(1, LabelMasks.Follow))
        {
            _position = 2;
            return new NewsTag { Name = Keep(_items[0]), HasFollowButton = true };
        }

        // Without the button, a name is a title-like line that no card can begin with: a card starts with its image, and a
        // title comes right before the card's badge line or summary, never before another title and a badge line.
        if (IsTextAt(0) && !IsImageAt(0) && TextHeuristics.LooksLikeTitle(_items[0].Text.Span)
            && (IsImageAt(1) || (IsTextAt(1) && TextHeuristics.LooksLikeTitle(_items[1].Text.Span) && IsBadgeLineAt(2))))
        {
            _position = 1;
            return new NewsTag { Name = Keep(_items[0]) };
        }

        return null;
    }

    private NewsArticle ReadBodyOnly()
    {
        var summary = Keep(_items[0]);
        var body = ImmutableArray.CreateBuilder<string>(_items.Length - 1);
        for (var i = 1; i < _items.Length; i++)
        {
            body.Add(Keep(_items[i]));
        }

        return new NewsArticle { Summary = summary, Body = body.MoveToImmutable() };
    }

    private NewsArticle ReadArticle()
    {
        NewsImage? image = null;
        string? headline = null;
        if (IsImageAt(_position))
        {
            // Layout A: caption and badge, headline, the badge again on its own, lead.
            image = new NewsImage(Keep(_items[_position]), aiGenerated: true);
            _position += 2;
            if (IsTextAt(_position) && !IsImageAt(_position))
            {
                headline = Keep(_items[_position++]);
            }

            if (IsLabelAt(_position, LabelMasks.ImageBadge))
            {
                _position++;
            }
        }
        else if (IsTextAt(_position) && TextHeuristics.LooksLikeTitle(_items[_position].Text.Span))
        {
            // Layout B: a headline reads as a title, a lead as a sentence.
            headline = Keep(_items[_position++]);
        }

        var summary = IsTextAt(_position) ? Keep(_items[_position++]) : null;
        var body = ReadParagraphs();
        return new NewsArticle { Image = image, Headline = headline, Summary = summary, Body = body };
    }

    private void ReadSections()
    {
        var seenReactions = false;
        var seenRelated = false;
        while (_position < _items.Length)
        {
            var item = _items[_position];
            if (IsLabelAt(_position, LabelMasks.ReactionsHeading))
            {
                if (seenReactions || seenRelated)
                {
                    UnexpectedHeading(item);
                }

                seenReactions = true;
                _position++;
                var paragraphs = ReadParagraphs();
                _reactions ??= ImmutableArray.CreateBuilder<Reaction>(paragraphs.Length);
                foreach (var paragraph in paragraphs)
                {
                    _reactions.Add(new Reaction(paragraph) { Platform = SocialPlatforms.Detect(paragraph) });
                }
            }
            else if (IsLabelAt(_position, LabelMasks.RelatedHeading))
            {
                if (seenRelated)
                {
                    UnexpectedHeading(item);
                }

                seenRelated = true;
                _position++;
                ReadCards(ref _relatedStories);
            }
            else if (IsLabelAt(_position, LabelMasks.CookieTitle))
            {
                _consent = ReadConsent();
                _unclassifiedText = ReadUnclassified("after the cookie banner");
                return;
            }
            else
            {
                // Only a label can stop the paragraph and card readers; here it has no section to belong to.
                OrphanLabel(item);
                _position++;
            }
        }
    }

    /// <summary>Reads text paragraphs up to the next section heading or banner; stray badges are reported and skipped.</summary>
    private ImmutableArray<string> ReadParagraphs()
    {
        // Counted first so that the result is one array of the right size.
        var end = _position;
        var count = 0;
        while (end < _items.Length && !IsBoundaryAt(end))
        {
            count += _items[end++].IsText ? 1 : 0;
        }

        if (count == 0 && end == _position)
        {
            return [];
        }

        var paragraphs = new string[count];
        var next = 0;
        var driftReported = false;
        for (; _position < end; _position++)
        {
            var item = _items[_position];
            if (item.IsText)
            {
                paragraphs[next++] = Keep(item);
                ReportUnknownHeadingAt(_position, ref driftReported);
            }
            else
            {
                OrphanLabel(item);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(paragraphs);
    }

    /// <summary>Reads story cards up to the next section heading or banner, adding them to <paramref name="cards"/>.</summary>
    private void ReadCards(ref ImmutableArray<StoryCard>.Builder? cards)
    {
        var driftReported = false;
        while (_position < _items.Length && !IsBoundaryAt(_position))
        {
            var start = _position;
            if (ReadCard() is { } card)
            {
                (cards ??= ImmutableArray.CreateBuilder<StoryCard>(8)).Add(card);

                // A card that is only a title-like line, right before another card's image or badges: an article page whose
                // section heading the catalog does not know reads as cards, and that heading is such a card.
                if (card is { Title: null, Image: null, AiReported: false } && _position == start + 1)
                {
                    ReportUnknownHeadingAt(start, ref driftReported);
                }
            }

            if (_position == start)
            {
                OrphanLabel(_items[_position++]);
            }
        }
    }

    // A card: [caption + AI-image badge] [title] [badge line] summary. A badge line belongs to the card whose summary follows it.
    private StoryCard? ReadCard()
    {
        NewsImage? image = null;
        if (IsImageAt(_position))
        {
            image = new NewsImage(Keep(_items[_position]), aiGenerated: true);
            _position += 2;
        }

        string? title = null;
        if (IsTextAt(_position)
            && TextHeuristics.LooksLikeTitle(_items[_position].Text.Span)
            && (IsBadgeLineAt(_position + 1) || (IsTextAt(_position + 1) && !IsImageAt(_position + 1))))
        {
            title = Keep(_items[_position++]);
        }

        var badges = 0u;
        LineItem badgeLine = default;
        if (IsBadgeLineAt(_position))
        {
            badgeLine = _items[_position++];
            badges = badgeLine.Keys;
        }

        string? summary = null;
        if (IsTextAt(_position) && !IsImageAt(_position))
        {
            summary = Keep(_items[_position++]);
        }

        if (image is null && title is null && summary is null)
        {
            // A badge line with no card to belong to: a page cut off after it is merely truncated.
            if (badges != 0 && _position < _items.Length)
            {
                OrphanLabel(badgeLine);
            }

            return null;
        }

        // The AI-image badge with no caption before it: the card has an AI-generated image whose caption the page does not show.
        if ((badges & LabelMasks.ImageBadge) != 0 && image is null)
        {
            image = new NewsImage(caption: null, aiGenerated: true);
        }

        return new StoryCard { Summary = summary, Title = title, Image = image, AiReported = (badges & LabelMasks.ReportedBadge) != 0 };
    }

    // The banner: title; message; then one line per button (the lines of the message's block, and any later button label).
    private ConsentNotice ReadConsent()
    {
        var title = Keep(_items[_position++]);
        string? message = null;
        if (_position < _items.Length && (_items[_position].IsText || IsLabelAt(_position, LabelMasks.CookieMessage)))
        {
            message = Keep(_items[_position++]);
        }

        List<ConsentAction>? actions = null;
        while (_position < _items.Length
            && ((!_items[_position].StartsBlock && message is not null) || (_items[_position].Keys & (LabelMasks.Decline | LabelMasks.Accept)) != 0))
        {
            var item = _items[_position++];
            var kind = (item.Keys & LabelMasks.Decline) != 0 ? ConsentActionKind.Decline
                : (item.Keys & LabelMasks.Accept) != 0 ? ConsentActionKind.Accept
                : ConsentActionKind.Other;
            (actions ??= new List<ConsentAction>(2)).Add(new ConsentAction(kind, Keep(item)));
        }

        return new ConsentNotice { Title = title, Message = message, Actions = actions is null ? [] : [.. actions] };
    }

    private ImmutableArray<string> ReadUnclassified(string context)
    {
        if (_position >= _items.Length)
        {
            return [];
        }

        var text = ImmutableArray.CreateBuilder<string>(_items.Length - _position);
        while (_position < _items.Length)
        {
            var item = _items[_position++];
            if (item.StartsBlock || text.Count == 0)
            {
                _diagnostics.Warning(NewsDiagnosticCode.UnclassifiedText, context, static context => DiagnosticMessages.UnclassifiedText(context), item.Line, item.Column);
            }

            text.Add(Keep(item));
        }

        return text.MoveToImmutable();
    }

    private readonly void OrphanLabel(LineItem item)
    {
        if (LabelMasks.IsBadgeLine(item.Keys))
        {
            _diagnostics.Warning(NewsDiagnosticCode.OrphanBadge, item.Text, static text => DiagnosticMessages.OrphanBadge(text.Span), item.Line, item.Column);
        }
        else
        {
            UnexpectedHeading(item);
        }
    }

    private readonly void UnexpectedHeading(LineItem item)
        => _diagnostics.Warning(NewsDiagnosticCode.UnexpectedHeading, item.Text, static text => DiagnosticMessages.UnexpectedHeading(text.Span), item.Line, item.Column);

    private readonly bool IsTextAt(int index) => index < _items.Length && _items[index].IsText;

    private readonly bool IsLabelAt(int index, uint keys) => index < _items.Length && (_items[index].Keys & keys) != 0 && (_items[index].Keys & ~keys) == 0;

    private readonly bool IsBoundaryAt(int index) => (_items[index].Keys & LabelMasks.Boundaries) != 0;

    // A badge line shows the AI-reported badge, the AI-image badge, or both; a caption's own badge line is part of its image.
    private readonly bool IsBadgeLineAt(int index)
        => index < _items.Length && LabelMasks.IsBadgeLine(_items[index].Keys);

    // An image: a caption line with the AI-image badge on the very next line of the same block.
    private readonly bool IsImageAt(int index)
        => IsTextAt(index) && index + 1 < _items.Length && !_items[index + 1].StartsBlock && IsLabelAt(index + 1, LabelMasks.ImageBadge);

    // Label drift: a short line with no sentence end, followed by what only follows a section heading (a story card's image,
    // a badge line, or a title and its badge line) — the site's new wording of a heading the catalog does not know.
    // Once per run of paragraphs or cards: the cards after an unknown heading have title-like lines of their own.
    private readonly void ReportUnknownHeadingAt(int index, ref bool reported)
    {
        if (!reported && LooksLikeUnknownHeadingAt(index))
        {
            reported = true;
            var item = _items[index];
            _diagnostics.Warning(NewsDiagnosticCode.PossibleUnknownLabel, item.Text, static text => DiagnosticMessages.PossibleUnknownLabel(text.Span), item.Line, item.Column);
        }
    }

    private readonly bool LooksLikeUnknownHeadingAt(int index)
    {
        const int MaxHeadingLength = 60;
        var text = _items[index].Text.Span;
        return text.Length <= MaxHeadingLength
            && TextHeuristics.LooksLikeTitle(text)
            && (IsImageAt(index + 1) || IsBadgeLineAt(index + 1) || (IsTextAt(index + 1) && !IsImageAt(index + 1) && IsBadgeLineAt(index + 2)));
    }

    private static string Keep(LineItem item) => item.Text.ToString();
}
