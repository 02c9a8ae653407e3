using System.Collections.Immutable;
using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>
/// Finds every reason a page's text would not read back as the page: the reader's rules (see <see cref="PageAssembler"/>
/// and <see cref="LineReader"/>) turned around, member by member. A page without reasons reads back equal, with no
/// diagnostic; each reason is an error diagnostic with the member's path (such as <c>Article.Body[2]</c>).
/// </summary>
/// <remarks>
/// A struct that lives on the caller's stack for one validation: a page that can be written costs no allocation but the
/// banner's label readings. It asks the reader's own tests (trimming and spacer lines, <see cref="LabelMatcher"/>, <see cref="TextHeuristics.LooksLikeTitle"/>,
/// <see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/>, <see cref="LanguageVotes"/>) and the writer's layout decisions
/// (<see cref="PageTextWriter"/>), so that neither side keeps a copy of the other's rules. Where the exact condition would need
/// the reader's whole look-ahead, a rule is stricter than needed and says so (a text that reads as any label is refused,
/// even the Follow button's outside the first lines; a leading U+FEFF is refused in every text, not only the first).
/// </remarks>
internal struct PageTextValidator
{
    private readonly NewsPage _page;
    private readonly LabelCatalog _catalog;
    private readonly LabelMatcher _matcher;
    private DiagnosticBag? _reasons;

    // The interface language written, once the page's UiLanguage names one the catalog has; else no label is checked against it.
    private string? _language;
    private int _languageIndex = -1;

    // The label lines the page text shows, counted as they are met and read once each at the end: the catalog's lines
    // by kind (one label, or a card's badge line of both badges), with the first member that shows each; the page's own
    // labels (the banner's) by their readings.
    private CatalogLineCounts _catalogLines;
    private CatalogLinePaths _catalogLinePaths;
    private List<LabelMatch[]>? _pageLabelLines;
    private bool _otherLanguage;

    private PageTextValidator(NewsPage page, LabelCatalog catalog)
    {
        _page = page;
        _catalog = catalog;
        _matcher = catalog.Matcher;
    }

    /// <summary>The reasons the page's text (as <see cref="PageTextWriter.Render"/> gives it) would not read back as the page.</summary>
    public static ImmutableArray<NewsDiagnostic> Validate(NewsPage rendered, LabelCatalog catalog)
    {
        var validator = new PageTextValidator(rendered, catalog);
        validator.CheckPage();
        return validator._reasons?.ToImmutable() ?? [];
    }

    private void CheckPage()
    {
        var page = _page;
        var showsLabels = PageTextWriter.ShowsLabels(page);
        CheckUiLanguage(showsLabels);
        if (page.Article is { } article)
        {
            if (page.Tag is not null)
            {
                Add(NewsDiagnosticCode.ArticleOnTagPage, "Tag", DiagnosticMessages.ArticleOnTagPage(cards: false));
            }

            if (!page.Stories.IsEmpty)
            {
                Add(NewsDiagnosticCode.ArticleOnTagPage, "Stories", DiagnosticMessages.ArticleOnTagPage(cards: true));
            }

            CheckArticle(article, showsLabels);
            CheckCards(page.Stories, "Stories");
        }
        else if (page.Tag is not null || !page.Stories.IsEmpty)
        {
            CheckTagPage();
        }
        else
        {
            Add(showsLabels ? NewsDiagnosticCode.MissingArticle : NewsDiagnosticCode.NothingToWrite, "Article", showsLabels ? DiagnosticMessages.MissingArticle : DiagnosticMessages.NothingToWrite);
        }

        CheckReactions(page.Reactions);
        if (!page.RelatedStories.IsEmpty)
        {
            VoteLabel(LabelKey.RelatedNews, "RelatedStories");
            CheckCards(page.RelatedStories, "RelatedStories");
        }

        if (page.Consent is { } consent)
        {
            CheckConsent(consent);
        }

        CheckDetectedLanguage();
        if (page.ContentLanguage is { } contentLanguage)
        {
            Add(NewsDiagnosticCode.ContentLanguageNotWritten, "ContentLanguage", DiagnosticMessages.ContentLanguageNotWritten(contentLanguage));
        }

        if (!page.UnclassifiedText.IsEmpty)
        {
            Add(NewsDiagnosticCode.UnclassifiedTextNotWritten, "UnclassifiedText", DiagnosticMessages.UnclassifiedTextNotWritten(page.UnclassifiedText.Length));
        }

        if (page.HasPublishingMetadata)
        {
            CheckPublishingMetadata(page);
        }
    }

    // Page text shows no publishing metadata: one reason per member set, after the page's others, in the order of the model's members.
    private void CheckPublishingMetadata(NewsPage page)
    {
        Metadata(page.CanonicalUrl is not null, "CanonicalUrl", "NewsPage.CanonicalUrl");
        Metadata(page.Publisher is not null, "Publisher", "NewsPage.Publisher");
        if (page.Article is { } article)
        {
            Metadata(article.Identifier is not null, "Article.Identifier", "NewsArticle.Identifier");
            Metadata(article.Published is not null, "Article.Published", "NewsArticle.Published");
            Metadata(article.Modified is not null, "Article.Modified", "NewsArticle.Modified");
            Metadata(!article.Authors.IsEmpty, "Article.Authors", "NewsArticle.Authors");
            Metadata(!article.Keywords.IsEmpty, "Article.Keywords", "NewsArticle.Keywords");
            Metadata(article.Section is not null, "Article.Section", "NewsArticle.Section");
            Metadata(article.DigitalSourceType is not null, "Article.DigitalSourceType", "NewsArticle.DigitalSourceType");
            ImageMetadata(article.Image, "Article.Image");
        }

        CardMetadata(page.RelatedStories, "RelatedStories");
        CardMetadata(page.Stories, "Stories");
    }

    private void CardMetadata(ImmutableArray<StoryCard> cards, string path)
    {
        for (var i = 0; i < cards.Length; i++)
        {
            var card = cards[i];
            if (card.DigitalSourceType is not null || card.Url is not null || card.Image is { HasPublishingMetadata: true })
            {
                var cardPath = $"{path}[{i}]";
                Metadata(card.DigitalSourceType is not null, cardPath + ".DigitalSourceType", "StoryCard.DigitalSourceType");
                Metadata(card.Url is not null, cardPath + ".Url", "StoryCard.Url");
                ImageMetadata(card.Image, cardPath + ".Image");
            }
        }
    }

    private void ImageMetadata(NewsImage? image, string path)
    {
        if (image is not { HasPublishingMetadata: true })
        {
            return;
        }

        Metadata(image.DigitalSourceType is not null, path + ".DigitalSourceType", "NewsImage.DigitalSourceType");
        Metadata(image.Url is not null, path + ".Url", "NewsImage.Url");
        Metadata(image.Width is not null, path + ".Width", "NewsImage.Width");
        Metadata(image.Height is not null, path + ".Height", "NewsImage.Height");
        Metadata(image.AltText is not null, path + ".AltText", "NewsImage.AltText");
        Metadata(image.Credit is not null, path + ".Credit", "NewsImage.Credit");
        Metadata(image.CopyrightNotice is not null, path + ".CopyrightNotice", "NewsImage.CopyrightNotice");
    }

    private void Metadata(bool set, string path, string member)
    {
        if (set)
        {
            Add(NewsDiagnosticCode.PublishingMetadataNotWritten, path, DiagnosticMessages.PublishingMetadataNotWritten(member));
        }
    }

    // The reader names the interface language by the labels it sees, as the catalog calls it; a page that shows none has none.
    private void CheckUiLanguage(bool showsLabels)
    {
        var tag = _page.UiLanguage;
        if (!showsLabels)
        {
            if (tag is not null)
            {
                Add(NewsDiagnosticCode.UiLanguageMismatch, "UiLanguage", DiagnosticMessages.UiLanguageWithoutLabels(tag));
            }

            return;
        }

        if (tag is null)
        {
            Add(NewsDiagnosticCode.UiLanguageMismatch, "UiLanguage", DiagnosticMessages.UiLanguageMissing);
            return;
        }

        var set = _catalog.Find(tag);
        if (set is null)
        {
            Add(NewsDiagnosticCode.UnknownUiLanguage, "UiLanguage", DiagnosticMessages.UnknownUiLanguage(tag, _catalog.Languages));
            return;
        }

        if (set.Language != tag)
        {
            Add(NewsDiagnosticCode.UiLanguageMismatch, "UiLanguage", DiagnosticMessages.UiLanguageServedByParent(tag, set.Language));
            return;
        }

        _language = tag;
        _languageIndex = _matcher.Languages.IndexOf(tag);
    }

    private void CheckArticle(NewsArticle article, bool showsLabels)
    {
        var bodyOnly = PageTextWriter.IsBodyOnly(_page, article);
        if (article.Image is { } image)
        {
            if (!image.AiGenerated)
            {
                Add(NewsDiagnosticCode.ImageNotAiGenerated, "Article.Image", DiagnosticMessages.ImageNotAiGenerated);
            }

            if (image.Caption is { } caption)
            {
                CheckText(caption, new("Article.Image.Caption"));
            }
            else
            {
                Add(NewsDiagnosticCode.ImageWithoutCaption, "Article.Image.Caption", DiagnosticMessages.ImageWithoutCaption);
            }

            // The badge under the caption, and again on its own under the headline.
            VoteLabel(LabelKey.AiGeneratedImage, "Article.Image");
            VoteLabel(LabelKey.AiGeneratedImage, "Article.Image");
        }

        // Layout A reads the line after the image as the headline whatever it is; layout B only a line that reads as a title.
        if (article.Headline is { } headline && CheckText(headline, new("Article.Headline")) && article.Image is null)
        {
            CheckTitle(headline, new("Article.Headline"));
        }

        if (article.Summary is { } summary)
        {
            if (CheckText(summary, new("Article.Summary")) && !bodyOnly && article.Image is null && article.Headline is null
                && TextHeuristics.LooksLikeTitle(summary))
            {
                Add(NewsDiagnosticCode.TextReadAsTitle, "Article.Summary", DiagnosticMessages.LeadReadsAsTitle(summary));
            }
        }
        else if (!article.Body.IsEmpty)
        {
            Add(NewsDiagnosticCode.MissingLead, "Article.Summary", DiagnosticMessages.MissingLead);
        }

        for (var i = 0; i < article.Body.Length; i++)
        {
            CheckText(article.Body[i], new("Article.Body", i));
        }

        if (!showsLabels)
        {
            // One block and no label: the reader takes the page for body-only text (layout C), or for no page at all.
            if (article.Headline is not null && article.Summary is null && article.Body.IsEmpty)
            {
                Add(NewsDiagnosticCode.HeadlineOnly, "Article.Headline", DiagnosticMessages.HeadlineOnly);
            }
            else if (article.Headline is null && article.Summary is null && article.Body.IsEmpty)
            {
                Add(NewsDiagnosticCode.NothingToWrite, "Article", DiagnosticMessages.NothingToWrite);
            }
        }
    }

    // A tag page: the tag's lines (name, Follow button), then story cards. The reader knows it by the Follow button or by an
    // AI-reported card before any section heading, and reads the tag's name by the shape of the lines after it.
    private void CheckTagPage()
    {
        var tag = _page.Tag;
        var stories = _page.Stories;
        var showsTagLine = tag is { Name: not null } or { HasFollowButton: true };
        if (tag is not null && !showsTagLine)
        {
            Add(NewsDiagnosticCode.TagNotShown, "Tag", DiagnosticMessages.TagNotShown);
        }

        var marked = tag is { HasFollowButton: true } || AnyAiReported(stories);
        if (!marked)
        {
            Add(NewsDiagnosticCode.TagPageNotMarked, stories.IsEmpty ? "Tag" : "Stories", DiagnosticMessages.TagPageNotMarked);
        }

        if (tag?.Name is { } name && CheckText(name, new("Tag.Name")) && !tag.HasFollowButton && marked)
        {
            // Without the button, a name is a title-like line before a card that begins with its image, or with a title and its badge line.
            if (CheckTitle(name, new("Tag.Name")) && !(stories.Length > 0 && BeginsLikeCardAfterName(stories[0])))
            {
                Add(NewsDiagnosticCode.TagNameNotReadable, "Tag.Name", DiagnosticMessages.TagNameNotReadable(name));
            }
        }

        if (tag is { HasFollowButton: true })
        {
            VoteLabel(LabelKey.TagFollow, "Tag.HasFollowButton");
        }

        // With no tag line, a first card of a title and a title-like summary, before a card that begins with its badge line,
        // has the shape of a tag's name followed by a card.
        if (!showsTagLine && marked && stories.Length > 1
            && stories[0] is { Image: not { Caption: not null }, Title: { } title, Summary: { } summary } first && !PageTextWriter.HasBadgeLine(first)
            && TextHeuristics.LooksLikeTitle(title) && TextHeuristics.LooksLikeTitle(summary) && BeginsWithBadgeLine(stories[1]))
        {
            Add(NewsDiagnosticCode.CardReadsAsTagName, "Stories[0].Title", DiagnosticMessages.CardReadsAsTagName(title));
        }

        CheckCards(stories, "Stories");

        static bool AnyAiReported(ImmutableArray<StoryCard> cards)
        {
            foreach (var card in cards)
            {
                if (card.AiReported)
                {
                    return true;
                }
            }

            return false;
        }

        static bool BeginsLikeCardAfterName(StoryCard story)
            => story.Image is { Caption: not null } || (story.Title is { } title && TextHeuristics.LooksLikeTitle(title) && PageTextWriter.HasBadgeLine(story));

        static bool BeginsWithBadgeLine(StoryCard story)
            => story.Image is not { Caption: not null } && story.Title is null && PageTextWriter.HasBadgeLine(story);
    }

    // A card is [caption + AI-image badge] [title] [badge line] [summary]; the reader takes a title only before a badge line
    // or a text, and a summary from the next line that is text.
    private void CheckCards(ImmutableArray<StoryCard> cards, string member)
    {
        for (var i = 0; i < cards.Length; i++)
        {
            var card = cards[i];
            var next = i + 1 < cards.Length ? cards[i + 1] : null;
            if (card.Image is { } image)
            {
                if (!image.AiGenerated)
                {
                    Add(NewsDiagnosticCode.ImageNotAiGenerated, new MemberPath(member, i, "Image").ToString(), DiagnosticMessages.ImageNotAiGenerated);
                }

                if (image.Caption is { } caption)
                {
                    CheckText(caption, new(member, i, "Image.Caption"));
                    VoteLabel(LabelKey.AiGeneratedImage, member);
                }
            }

            if (card.Title is { } title && CheckText(title, new(member, i, "Title")))
            {
                CheckTitle(title, new(member, i, "Title"));
            }

            var summaryIsText = card.Summary is { } summary && CheckText(summary, new(member, i, "Summary"));
            var hasBadgeLine = PageTextWriter.HasBadgeLine(card);
            if (hasBadgeLine)
            {
                VoteCatalogLine(PageTextWriter.BadgeKeys(card), new MemberPath(member, i, "AiReported"));
            }

            if (card.Image is not { Caption: not null } && card.Title is null && card.Summary is null)
            {
                Add(NewsDiagnosticCode.CardShowsNothing, new MemberPath(member, i, null).ToString(), DiagnosticMessages.CardShowsNothing);
            }
            else if (card.Summary is null)
            {
                if (card.Title is not null && !hasBadgeLine)
                {
                    Add(NewsDiagnosticCode.MissingCardSummary, new MemberPath(member, i, "Summary").ToString(), DiagnosticMessages.CardTitleReadsAsSummary);
                }
                else if (next is not null && BeginsWithText(next))
                {
                    Add(NewsDiagnosticCode.MissingCardSummary, new MemberPath(member, i, "Summary").ToString(), DiagnosticMessages.NextCardReadsAsSummary);
                }
            }
            else if (summaryIsText && card.Title is null && !hasBadgeLine && next is not null && TextHeuristics.LooksLikeTitle(card.Summary))
            {
                // Stricter than the reader: after a card that begins with its image, such a summary stays one, but may warn as a heading.
                Add(NewsDiagnosticCode.TextReadAsTitle, new MemberPath(member, i, "Summary").ToString(), DiagnosticMessages.CardSummaryReadsAsTitle(card.Summary));
            }
        }

        static bool BeginsWithText(StoryCard story)
            => story.Image is not { Caption: not null } && (story.Title is not null || (!PageTextWriter.HasBadgeLine(story) && story.Summary is not null));
    }

    private void CheckReactions(ImmutableArray<Reaction> reactions)
    {
        if (reactions.IsEmpty)
        {
            return;
        }

        VoteLabel(LabelKey.WhatPeopleAreSaying, "Reactions");
        for (var i = 0; i < reactions.Length; i++)
        {
            var reaction = reactions[i];
            if (CheckText(reaction.Text, new("Reactions", i, "Text")) && SocialPlatforms.Detect(reaction.Text) is var detected && detected != reaction.Platform)
            {
                Add(NewsDiagnosticCode.PlatformMismatch, new MemberPath("Reactions", i, "Platform").ToString(), DiagnosticMessages.PlatformMismatch(reaction.Platform, detected));
            }
        }
    }

    // The banner: its title is the cookie-title label; its message any text or the cookie-message label; its buttons, on the
    // message's lines, read by their labels (decline and accept) or as free text (other buttons, which need the message).
    private void CheckConsent(ConsentNotice consent)
    {
        if (CheckLine(consent.Title, new("Consent.Title")))
        {
            if (_matcher.TryMatch(consent.Title, out var matches) && matches[0].Keys == LabelMasks.CookieTitle)
            {
                VotePageLabel(consent.Title, matches, new("Consent.Title"));
            }
            else
            {
                Add(NewsDiagnosticCode.ConsentTitleNotLabel, "Consent.Title", DiagnosticMessages.ConsentTitleNotLabel(consent.Title));
            }
        }

        if (consent.Message is { } message && CheckLine(message, new("Consent.Message")) && _matcher.TryMatch(message, out var messageMatches))
        {
            if (messageMatches[0].Keys == LabelMasks.CookieMessage)
            {
                VotePageLabel(message, messageMatches, new("Consent.Message"));
            }
            else
            {
                AddLabelReason(message, messageMatches, new("Consent.Message"));
            }
        }

        for (var i = 0; i < consent.Actions.Length; i++)
        {
            var action = consent.Actions[i];
            var path = new MemberPath("Consent.Actions", i, "Label");
            if (!CheckLine(action.Label, path))
            {
                continue;
            }

            var isLabel = _matcher.TryMatch(action.Label, out var matches);
            var key = action.Kind switch
            {
                ConsentActionKind.Decline => LabelMasks.Decline,
                ConsentActionKind.Accept => LabelMasks.Accept,
                _ => 0u,
            };
            if (key != 0)
            {
                if (isLabel && matches![0].Keys == key)
                {
                    VotePageLabel(action.Label, matches, path);
                }
                else
                {
                    Add(NewsDiagnosticCode.ConsentButtonNotReadable, path.ToString(), DiagnosticMessages.ButtonLabelNotItsKind(action.Kind, action.Label, _language));
                }
            }
            else if (isLabel)
            {
                AddLabelReason(action.Label, matches!, path);
            }
            else if (consent.Message is null)
            {
                Add(NewsDiagnosticCode.ConsentButtonNotReadable, path.ToString(), DiagnosticMessages.OtherButtonWithoutMessage);
            }
        }
    }

    // Every catalog label the page shows must be in the catalog, and the reader's choice among the languages that read
    // every label line must be the page's.
    private void CheckDetectedLanguage()
    {
        if (_language is null)
        {
            return;
        }

        const int StackLimit = 64;
        var count = _matcher.Languages.Length;
        Span<int> votes = count <= StackLimit ? stackalloc int[StackLimit] : new int[count];
        Span<int> ownVotes = count <= StackLimit ? stackalloc int[StackLimit] : new int[count];
        votes = votes[..count];
        ownVotes = ownVotes[..count];
        votes.Clear();
        ownVotes.Clear();
        var complete = !_otherLanguage;
        for (var kind = 0; kind < CatalogLineKinds; kind++)
        {
            if (_catalogLines[kind] == 0)
            {
                continue;
            }

            var keys = kind == CombinedBadges ? LabelMasks.Badges : 1u << kind;
            var text = kind is CombinedBadges or (int)LabelKey.AiReported or (int)LabelKey.AiGeneratedImage
                ? PageTextWriter.BadgeLineText(_catalog, _language, keys)
                : _catalog.GetLabel(_language, (LabelKey)kind);
            if (text is null)
            {
                complete = false;
                Add(NewsDiagnosticCode.LabelNotInCatalog, _catalogLinePaths[kind].ToString(), DiagnosticMessages.LabelNotInCatalog(KeyNames(keys), _language, LabelCatalog.NeutralLanguage));
            }
            else if (_matcher.TryMatch(text, out var matches))
            {
                // A catalog's labels read as their own language: each line counts as the reader counts it.
                LanguageVotes.Count(matches, votes, ownVotes, _catalogLines[kind]);
            }
        }

        foreach (var matches in _pageLabelLines ?? [])
        {
            LanguageVotes.Count(matches, votes, ownVotes);
        }

        var best = LanguageVotes.Best(votes, ownVotes);
        if (complete && best >= 0 && best != _languageIndex)
        {
            Add(NewsDiagnosticCode.AmbiguousUiLanguage, "UiLanguage", DiagnosticMessages.AmbiguousUiLanguage(_language, _matcher.Languages[best]));
        }
    }

    /// <summary>Checks a text line: one line that the reader keeps as it is, and not a label.</summary>
    /// <returns>Whether the text reads back as text.</returns>
    private bool CheckText(string text, MemberPath path)
    {
        if (!CheckLine(text, path))
        {
            return false;
        }

        if (_matcher.TryMatch(text, out var matches))
        {
            AddLabelReason(text, matches, path);
            return false;
        }

        return true;
    }

    /// <summary>Checks that a text is one line that the reader keeps exactly: no line break, not blank, not trimmed, valid UTF-16.</summary>
    private bool CheckLine(string text, MemberPath path)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny('\r', '\n') >= 0)
        {
            Add(NewsDiagnosticCode.TextHasLineBreak, path.ToString(), DiagnosticMessages.TextHasLineBreak(text));
            return false;
        }

        var (start, end) = LineReader.TrimmedRange(span);
        if (start == end || LineReader.IsBlankOrSpacer(span[start..end]))
        {
            Add(NewsDiagnosticCode.TextIsBlank, path.ToString(), DiagnosticMessages.TextIsBlank(text));
            return false;
        }

        if (start != 0 || end != span.Length)
        {
            Add(NewsDiagnosticCode.TextIsPadded, path.ToString(), DiagnosticMessages.TextIsPadded(text));
            return false;
        }

        if (span[0] == '\uFEFF')
        {
            Add(NewsDiagnosticCode.TextIsPadded, path.ToString(), DiagnosticMessages.TextStartsWithByteOrderMark);
            return false;
        }

        if (IndexOfLoneSurrogate(span) is >= 0 and var index)
        {
            Add(NewsDiagnosticCode.TextHasLoneSurrogate, path.ToString(), DiagnosticMessages.TextHasLoneSurrogate(span[index]));
            return false;
        }

        return true;
    }

    /// <summary>Checks that a headline, a card's title or a tag's name reads as a title.</summary>
    private bool CheckTitle(string text, MemberPath path)
    {
        if (TextHeuristics.LooksLikeTitle(text))
        {
            return true;
        }

        Add(NewsDiagnosticCode.TextNotReadAsTitle, path.ToString(), DiagnosticMessages.TextNotReadAsTitle(text, text.Length > TextHeuristics.MaxTitleLength ? TextHeuristics.MaxTitleLength : null));
        return false;
    }

    private void AddLabelReason(string text, LabelMatch[] matches, MemberPath path)
        => Add(NewsDiagnosticCode.TextIsLabel, path.ToString(), DiagnosticMessages.TextIsLabel(text, KeyNames(matches[0].Keys), _matcher.Languages[matches[0].Language]));

    // A catalog label the writer shows, in the language written.
    private void VoteLabel(LabelKey key, string member) => VoteCatalogLine(1u << (int)key, new MemberPath(member));

    // A line of catalog labels (one label, or a card's badge line) in the language written: counted by kind, read at the end.
    private void VoteCatalogLine(uint keys, MemberPath path)
    {
        var kind = keys == LabelMasks.Badges ? CombinedBadges : System.Numerics.BitOperations.TrailingZeroCount(keys);
        if (_catalogLines[kind]++ == 0)
        {
            _catalogLinePaths[kind] = path;
        }
    }

    // A label the page holds (the banner's texts): it must be one of the written language's labels.
    private void VotePageLabel(string text, LabelMatch[] matches, MemberPath path)
    {
        if (_language is null)
        {
            return;
        }

        foreach (var match in matches)
        {
            if (match.Language == _languageIndex)
            {
                (_pageLabelLines ??= new List<LabelMatch[]>(4)).Add(matches);
                return;
            }
        }

        _otherLanguage = true;
        Add(NewsDiagnosticCode.LabelOfAnotherLanguage, path.ToString(), DiagnosticMessages.LabelOfAnotherLanguage(text, KeyNames(matches[0].Keys), _matcher.Languages[matches[0].Language], _language));
    }

    private static string KeyNames(uint keys)
        => string.Join(" + ", LabelKeys.All.Where(key => (keys & (1u << (int)key)) != 0).Select(LabelKeys.GetResourceName));

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        // Nearly every text has no surrogate at all: one vectorized search says so.
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Every reason is an error at a member, not at a place in text: line and column 0, in the order found.
    private void Add(NewsDiagnosticCode code, string path, string message)
        => (_reasons ??= DiagnosticBag.ForErrors()).Error(code, message, 0, 0, path);

    // The kinds of catalog line: one per label key (its index), and a badge line of both card badges.
    private const int CombinedBadges = 11;
    private const int CatalogLineKinds = CombinedBadges + 1;

    [System.Runtime.CompilerServices.InlineArray(CatalogLineKinds)]
    private struct CatalogLineCounts
    {
        private int _count;
    }

    [System.Runtime.CompilerServices.InlineArray(CatalogLineKinds)]
    private struct CatalogLinePaths
    {
        private MemberPath _path;
    }

    /// <summary>A member's path, such as <c>Article.Body[2]</c> or <c>Stories[0].Image.Caption</c>, built only for a reason.</summary>
    private readonly record struct MemberPath(string Member, int Index = -1, string? Child = null)
    {
        public override string ToString()
            => Index < 0 ? Member
                : Child is null ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Member}[{Index}]")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Member}[{Index}].{Child}");
    }
}
