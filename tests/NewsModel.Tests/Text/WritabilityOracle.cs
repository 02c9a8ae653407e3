using System.Collections.Immutable;
using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// The reasons page text cannot show a page, written down from the documented layout rules (the site's layouts in
/// <c>../shared/README.md</c> and the rules on <see cref="NewsPageText.Validate(NewsPage, NewsPageTextOptions?)"/>), with
/// its own tests for titles, line hygiene and labels (<see cref="LabelReadings"/>) and none of the library's internals: the
/// independent side of the validator's property tests.
/// </summary>
/// <remarks>
/// A text has at most one reason, the first of: line break, blank (white space only: invisible characters such as a
/// zero-width space are text), padded (space or tab at an end, or U+FEFF first), lone
/// surrogate, label; a title's "reads as a title" is asked only of a text without one. Each reason says whether the rule
/// is exact (<see cref="Reason.Necessary"/>: the reader really would change the page) or stricter than the reader, as
/// documented (a text that reads only as the Follow button, a free-text button that reads as a label, a U+FEFF that does
/// not begin the page, a title-like summary before a card that begins with its image).
/// </remarks>
internal sealed class WritabilityOracle(LabelReadings labels)
{
    public const string Terminals = PageGenerators.Terminals;
    public const string Closers = PageGenerators.Closers;
    public const int MaxTitleLength = 300;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static WritabilityOracle Default { get; } = new(LabelReadings.Default);

    public LabelReadings Labels => labels;

    /// <summary>A reason: the diagnostic code, the member's path, and whether the reader would really change the page.</summary>
    public sealed record Reason(NewsDiagnosticCode Code, string Path, bool Necessary = true)
    {
        public override string ToString() => $"{NewsDiagnostic.FormatId(Code)} {Code} at {Path}{(Necessary ? "" : " (stricter than the reader)")}";
    }

    /// <summary>Whether a text reads as a title: not empty, at most 300 characters, and its last character before any closing quotes or brackets is no sentence mark.</summary>
    public static bool ReadsAsTitle(string text)
    {
        var end = text.Length;
        while (end > 0 && Closers.Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return text.Length is > 0 and <= MaxTitleLength && end > 0 && !Terminals.Contains(text[end - 1], StringComparison.Ordinal);
    }

    /// <summary>Whether the page's text shows a label line.</summary>
    public static bool ShowsLabels(NewsPage page)
        => page.Article?.Image is not null || page.Tag is { HasFollowButton: true } || !page.Reactions.IsEmpty || !page.RelatedStories.IsEmpty
            || page.Consent is not null || page.Stories.Any(HasBadge);

    /// <summary>A card shows a badge line when it is AI-reported or has an AI-generated picture.</summary>
    public static bool HasBadge(StoryCard card) => card.AiReported || card.Image is { AiGenerated: true };

    public IReadOnlyList<Reason> Reasons(NewsPage page) => new Run(this, page).Reasons();

    /// <summary>
    /// The page as written with <see cref="NewsPageTextOptions.UiLanguage"/> = <paramref name="language"/>, as the
    /// documentation says: the interface language as the catalog names it (none for a page without label), and when it
    /// differs from the page's own, the banner's texts that (trimmed of white space) read as their key's label, in that language.
    /// </summary>
    public NewsPage ReRender(NewsPage page, string language)
    {
        var served = LanguageFallback.GetFallbackChain(language)
            .Select(tag => labels.Catalog.Languages.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase)))
            .First(l => l is not null)!;
        var rendered = page with { UiLanguage = ShowsLabels(page) ? served : null };
        if (page.Consent is not { } consent || string.Equals(page.UiLanguage, language, StringComparison.OrdinalIgnoreCase))
        {
            return rendered;
        }

        string Translate(string text, LabelKey key)
            => labels.Read(text.Trim()) is [var reading, ..] && reading.Has(key) ? labels.Label(served, key) ?? text : text;

        return rendered with
        {
            Consent = new ConsentNotice
            {
                Title = Translate(consent.Title, LabelKey.CookieTitle),
                Message = consent.Message is { } message ? Translate(message, LabelKey.CookieMessage) : null,
                Actions = [.. consent.Actions.Select(action => action.Kind switch
                {
                    ConsentActionKind.Decline => action with { Label = Translate(action.Label, LabelKey.CookieDecline) },
                    ConsentActionKind.Accept => action with { Label = Translate(action.Label, LabelKey.CookieAccept) },
                    _ => action,
                })],
            },
        };
    }

    private sealed class Run(WritabilityOracle oracle, NewsPage page)
    {
        private readonly List<Reason> _reasons = [];
        private readonly List<string> _catalogLines = [];
        private readonly List<string> _pageLabelLines = [];
        private bool _otherLanguage;
        private string? _language;

        private LabelReadings Labels => oracle.Labels;

        public List<Reason> Reasons()
        {
            var showsLabels = ShowsLabels(page);
            UiLanguage(showsLabels);
            if (page.Article is { } article)
            {
                if (page.Tag is not null)
                {
                    Add(NewsDiagnosticCode.ArticleOnTagPage, "Tag");
                }

                if (!page.Stories.IsEmpty)
                {
                    Add(NewsDiagnosticCode.ArticleOnTagPage, "Stories");
                }

                Article(article, showsLabels);
                Cards(page.Stories, "Stories");
            }
            else if (page.Tag is not null || !page.Stories.IsEmpty)
            {
                TagPage();
            }
            else
            {
                Add(showsLabels ? NewsDiagnosticCode.MissingArticle : NewsDiagnosticCode.NothingToWrite, "Article");
            }

            if (!page.Reactions.IsEmpty)
            {
                CatalogLine(LabelKey.WhatPeopleAreSaying);
                for (var i = 0; i < page.Reactions.Length; i++)
                {
                    var reaction = page.Reactions[i];
                    if (Text(reaction.Text, $"Reactions[{i}].Text") && SocialPlatforms.Detect(reaction.Text) != reaction.Platform)
                    {
                        Add(NewsDiagnosticCode.PlatformMismatch, $"Reactions[{i}].Platform");
                    }
                }
            }

            if (!page.RelatedStories.IsEmpty)
            {
                CatalogLine(LabelKey.RelatedNews);
                Cards(page.RelatedStories, "RelatedStories");
            }

            if (page.Consent is { } consent)
            {
                Consent(consent);
            }

            Votes();
            if (page.ContentLanguage is not null)
            {
                Add(NewsDiagnosticCode.ContentLanguageNotWritten, "ContentLanguage");
            }

            if (!page.UnclassifiedText.IsEmpty)
            {
                Add(NewsDiagnosticCode.UnclassifiedTextNotWritten, "UnclassifiedText");
            }

            Metadata(page, "");
            if (page.Article is { } shown)
            {
                Metadata(shown, "Article.");
                Metadata(shown.Image, "Article.Image.");
            }

            foreach (var (cards, name) in new[] { (page.RelatedStories, "RelatedStories"), (page.Stories, "Stories") })
            {
                for (var i = 0; i < cards.Length; i++)
                {
                    Metadata(cards[i], $"{name}[{i}].");
                    Metadata(cards[i].Image, $"{name}[{i}].Image.");
                }
            }

            return _reasons;
        }

        private void UiLanguage(bool showsLabels)
        {
            var tag = page.UiLanguage;
            if (!showsLabels || tag is null)
            {
                if (showsLabels || tag is not null)
                {
                    Add(NewsDiagnosticCode.UiLanguageMismatch, "UiLanguage");
                }

                return;
            }

            var served = LanguageFallback.GetFallbackChain(tag)
                .Select(t => Labels.Catalog.Languages.FirstOrDefault(l => string.Equals(l, t, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(l => l is not null);
            if (served is null)
            {
                Add(NewsDiagnosticCode.UnknownUiLanguage, "UiLanguage");
            }
            else if (served != tag)
            {
                Add(NewsDiagnosticCode.UiLanguageMismatch, "UiLanguage");
            }
            else
            {
                _language = tag;
            }
        }

        private void Article(NewsArticle article, bool showsLabels)
        {
            // Layout C: no image, no headline, nothing else on the page.
            var bodyOnly = article.Image is null && article.Headline is null && page.Consent is null
                && page.Reactions.IsEmpty && page.RelatedStories.IsEmpty && page.Stories.IsEmpty;
            if (article.Image is { } image)
            {
                if (!image.AiGenerated)
                {
                    Add(NewsDiagnosticCode.ImageNotAiGenerated, "Article.Image");
                }

                if (image.Caption is null)
                {
                    Add(NewsDiagnosticCode.ImageWithoutCaption, "Article.Image.Caption");
                }
                else
                {
                    Text(image.Caption, "Article.Image.Caption");
                }

                CatalogLine(LabelKey.AiGeneratedImage);
                CatalogLine(LabelKey.AiGeneratedImage);
            }

            if (article.Headline is { } headline && Text(headline, "Article.Headline") && article.Image is null && !ReadsAsTitle(headline))
            {
                Add(NewsDiagnosticCode.TextNotReadAsTitle, "Article.Headline");
            }

            if (article.Summary is { } summary)
            {
                if (Text(summary, "Article.Summary") && !bodyOnly && article.Image is null && article.Headline is null && ReadsAsTitle(summary))
                {
                    Add(NewsDiagnosticCode.TextReadAsTitle, "Article.Summary");
                }
            }
            else if (!article.Body.IsEmpty)
            {
                Add(NewsDiagnosticCode.MissingLead, "Article.Summary");
            }

            for (var i = 0; i < article.Body.Length; i++)
            {
                Text(article.Body[i], $"Article.Body[{i}]");
            }

            if (!showsLabels && article.Summary is null && article.Body.IsEmpty)
            {
                Add(article.Headline is null ? NewsDiagnosticCode.NothingToWrite : NewsDiagnosticCode.HeadlineOnly, article.Headline is null ? "Article" : "Article.Headline");
            }
        }

        private void TagPage()
        {
            var tag = page.Tag;
            var stories = page.Stories;
            var showsTagLine = tag is not null && (tag.Name is not null || tag.HasFollowButton);
            if (tag is not null && !showsTagLine)
            {
                Add(NewsDiagnosticCode.TagNotShown, "Tag");
            }

            var marked = tag?.HasFollowButton == true || stories.Any(story => story.AiReported);
            if (!marked)
            {
                Add(NewsDiagnosticCode.TagPageNotMarked, stories.IsEmpty ? "Tag" : "Stories");
            }

            if (tag?.Name is { } name && Text(name, "Tag.Name") && !tag.HasFollowButton && marked)
            {
                if (!ReadsAsTitle(name))
                {
                    Add(NewsDiagnosticCode.TextNotReadAsTitle, "Tag.Name");
                }
                else
                {
                    // What may follow a name: a card that begins with its captioned image, or with a title and a badge line.
                    var first = stories.FirstOrDefault();
                    var fits = first is not null
                        && (first.Image?.Caption is not null || (first.Title is not null && ReadsAsTitle(first.Title) && HasBadge(first)));
                    if (!fits)
                    {
                        Add(NewsDiagnosticCode.TagNameNotReadable, "Tag.Name");
                    }
                }
            }

            if (tag?.HasFollowButton == true)
            {
                CatalogLine(LabelKey.TagFollow);
            }

            if (!showsTagLine && marked && stories.Length >= 2)
            {
                // The shape of a name: a title-like line, a title-like line, a badge line.
                var (first, second) = (stories[0], stories[1]);
                var firstShape = first.Image?.Caption is null && first.Title is not null && first.Summary is not null && !HasBadge(first)
                    && ReadsAsTitle(first.Title) && ReadsAsTitle(first.Summary);
                var secondBeginsWithBadge = second.Image?.Caption is null && second.Title is null && HasBadge(second);
                if (firstShape && secondBeginsWithBadge)
                {
                    Add(NewsDiagnosticCode.CardReadsAsTagName, "Stories[0].Title");
                }
            }

            Cards(stories, "Stories");
        }

        private void Cards(ImmutableArray<StoryCard> cards, string member)
        {
            for (var i = 0; i < cards.Length; i++)
            {
                var card = cards[i];
                var path = $"{member}[{i}]";
                var next = i + 1 < cards.Length ? cards[i + 1] : null;
                if (card.Image is { } image)
                {
                    if (!image.AiGenerated)
                    {
                        Add(NewsDiagnosticCode.ImageNotAiGenerated, path + ".Image");
                    }

                    if (image.Caption is not null)
                    {
                        Text(image.Caption, path + ".Image.Caption");
                        CatalogLine(LabelKey.AiGeneratedImage);
                    }
                }

                if (card.Title is { } title && Text(title, path + ".Title") && !ReadsAsTitle(title))
                {
                    Add(NewsDiagnosticCode.TextNotReadAsTitle, path + ".Title");
                }

                var summaryIsText = card.Summary is not null && Text(card.Summary, path + ".Summary");
                if (HasBadge(card))
                {
                    _catalogLines.Add(BadgeLine(card));
                }

                if (card.Image?.Caption is null && card.Title is null && card.Summary is null)
                {
                    Add(NewsDiagnosticCode.CardShowsNothing, path);
                }
                else if (card.Summary is null)
                {
                    // The next line would be read as its summary: a title without badge line, or the next card's title or summary.
                    var nextBeginsWithText = next is not null && next.Image?.Caption is null && (next.Title is not null || (!HasBadge(next) && next.Summary is not null));
                    if ((card.Title is not null && !HasBadge(card)) || nextBeginsWithText)
                    {
                        Add(NewsDiagnosticCode.MissingCardSummary, path + ".Summary");
                    }
                }
                else if (summaryIsText && card.Title is null && !HasBadge(card) && next is not null && ReadsAsTitle(card.Summary))
                {
                    // Exact only when the next card does not begin with its image: then the reader keeps the summary, and
                    // warns of an unknown heading only for a short one (60 characters at most).
                    var nextBeginsWithImage = next.Image?.Caption is not null;
                    Add(NewsDiagnosticCode.TextReadAsTitle, path + ".Summary", Necessary: !nextBeginsWithImage || card.Summary.Length <= 60);
                }
            }
        }

        private string BadgeLine(StoryCard card)
        {
            var language = _language ?? LabelCatalog.NeutralLanguage;
            var reported = Labels.Label(language, LabelKey.AiReported);
            var image = Labels.Label(language, LabelKey.AiGeneratedImage);
            return (card.AiReported, card.Image is { AiGenerated: true }) switch
            {
                (true, true) => reported + " " + image,
                (true, false) => reported!,
                _ => image!,
            };
        }

        private void Consent(ConsentNotice consent)
        {
            if (Line(consent.Title, "Consent.Title"))
            {
                var readings = Labels.Read(consent.Title);
                if (readings.Count > 0 && readings[0].IsOnly(LabelKey.CookieTitle))
                {
                    PageLabel(consent.Title, readings, "Consent.Title");
                }
                else
                {
                    Add(NewsDiagnosticCode.ConsentTitleNotLabel, "Consent.Title");
                }
            }

            if (consent.Message is { } message && Line(message, "Consent.Message") && Labels.Read(message) is { Count: > 0 } messageReadings)
            {
                if (messageReadings[0].IsOnly(LabelKey.CookieMessage))
                {
                    PageLabel(message, messageReadings, "Consent.Message");
                }
                else
                {
                    Add(NewsDiagnosticCode.TextIsLabel, "Consent.Message", Necessary: !IsFollowOnly(messageReadings));
                }
            }

            for (var i = 0; i < consent.Actions.Length; i++)
            {
                var action = consent.Actions[i];
                var path = $"Consent.Actions[{i}].Label";
                if (!Line(action.Label, path))
                {
                    continue;
                }

                var readings = Labels.Read(action.Label);
                if (action.Kind is ConsentActionKind.Decline or ConsentActionKind.Accept)
                {
                    var key = action.Kind == ConsentActionKind.Decline ? LabelKey.CookieDecline : LabelKey.CookieAccept;
                    if (readings.Count > 0 && readings[0].IsOnly(key))
                    {
                        PageLabel(action.Label, readings, path);
                    }
                    else
                    {
                        Add(NewsDiagnosticCode.ConsentButtonNotReadable, path);
                    }
                }
                else if (readings.Count > 0)
                {
                    // A free-text button on the message's lines is read as a button whatever it says; a decline or accept
                    // label would change its kind, another label only adds a vote (and another language's warns).
                    var changesKind = readings[0].Has(LabelKey.CookieDecline) || readings[0].Has(LabelKey.CookieAccept);
                    Add(NewsDiagnosticCode.TextIsLabel, path, Necessary: changesKind || consent.Message is null);
                }
                else if (consent.Message is null)
                {
                    Add(NewsDiagnosticCode.ConsentButtonNotReadable, path);
                }
            }
        }

        private void PageLabel(string text, IReadOnlyList<LabelReadings.Reading> readings, string path)
        {
            if (_language is null)
            {
                return;
            }

            if (readings.Any(reading => reading.Language == _language))
            {
                _pageLabelLines.Add(text);
            }
            else
            {
                _otherLanguage = true;
                Add(NewsDiagnosticCode.LabelOfAnotherLanguage, path);
            }
        }

        private void CatalogLine(LabelKey key) => _catalogLines.Add(Labels.Label(_language ?? LabelCatalog.NeutralLanguage, key)!);

        // The language with the most label lines, then the most of its own texts, then the catalog's order.
        private void Votes()
        {
            if (_language is null || _otherLanguage)
            {
                return;
            }

            var languages = Labels.Catalog.Languages;
            var votes = new int[languages.Length];
            var own = new int[languages.Length];
            foreach (var line in _catalogLines.Concat(_pageLabelLines))
            {
                foreach (var reading in Labels.Read(line))
                {
                    var index = languages.IndexOf(reading.Language);
                    votes[index]++;
                    own[index] += reading.Inherited ? 0 : 1;
                }
            }

            var best = Enumerable.Range(0, languages.Length)
                .Where(i => votes[i] > 0)
                .OrderByDescending(i => votes[i]).ThenByDescending(i => own[i]).ThenBy(i => i)
                .Select(i => languages[i])
                .FirstOrDefault();
            if (best is not null && best != _language)
            {
                Add(NewsDiagnosticCode.AmbiguousUiLanguage, "UiLanguage");
            }
        }

        /// <summary>A text line: one line kept as it is, and no label.</summary>
        private bool Text(string text, string path)
        {
            if (!Line(text, path))
            {
                return false;
            }

            var readings = Labels.Read(text);
            if (readings.Count > 0)
            {
                Add(NewsDiagnosticCode.TextIsLabel, path, Necessary: !IsFollowOnly(readings));
                return false;
            }

            return true;
        }

        private bool Line(string text, string path)
        {
            if (text.Contains('\n') || text.Contains('\r'))
            {
                Add(NewsDiagnosticCode.TextHasLineBreak, path);
            }
            else if (text.All(char.IsWhiteSpace))
            {
                Add(NewsDiagnosticCode.TextIsBlank, path);
            }
            else if (text[0] is ' ' or '\t' || text[^1] is ' ' or '\t')
            {
                Add(NewsDiagnosticCode.TextIsPadded, path);
            }
            else if (text[0] == '\uFEFF')
            {
                Add(NewsDiagnosticCode.TextIsPadded, path, Necessary: false);
            }
            else if (!IsValidUtf16(text))
            {
                Add(NewsDiagnosticCode.TextHasLoneSurrogate, path);
            }
            else
            {
                return true;
            }

            return false;
        }

        private static bool IsFollowOnly(IReadOnlyList<LabelReadings.Reading> readings) => readings.All(reading => reading.IsOnly(LabelKey.TagFollow));

        private static bool IsValidUtf16(string text)
        {
            try
            {
                s_strictUtf8.GetByteCount(text);
                return true;
            }
            catch (EncoderFallbackException)
            {
                return false;
            }
        }

        private void Add(NewsDiagnosticCode code, string path, bool Necessary = true) => _reasons.Add(new Reason(code, path, Necessary));

        // Publishing metadata, read by reflection from the member lists: one reason per member set (not null, not empty).
        private void Metadata(object? part, string prefix)
        {
            if (part is null)
            {
                return;
            }

            foreach (var member in MetadataMembers[part.GetType()])
            {
                var value = part.GetType().GetProperty(member)!.GetValue(part);
                if (value is not null && !(value is System.Collections.IEnumerable items && !items.GetEnumerator().MoveNext()))
                {
                    Add(NewsDiagnosticCode.PublishingMetadataNotWritten, prefix + member);
                }
            }
        }
    }

    /// <summary>The members of each model type that page text does not show (publishing metadata).</summary>
    public static IReadOnlyDictionary<Type, string[]> MetadataMembers { get; } = new Dictionary<Type, string[]>
    {
        [typeof(NewsPage)] = ["CanonicalUrl", "Publisher"],
        [typeof(NewsArticle)] = ["Identifier", "Published", "Modified", "Authors", "Keywords", "Section", "DigitalSourceType"],
        [typeof(NewsImage)] = ["DigitalSourceType", "Url", "Width", "Height", "AltText", "Credit", "CopyrightNotice"],
        [typeof(StoryCard)] = ["DigitalSourceType", "Url"],
    };

    /// <summary>The members of each model type that page text shows or that the validator reports otherwise (and computed members).</summary>
    public static IReadOnlyDictionary<Type, string[]> OtherMembers { get; } = new Dictionary<Type, string[]>
    {
        [typeof(NewsPage)] = ["UiLanguage", "ContentLanguage", "Article", "Tag", "Reactions", "RelatedStories", "Stories", "Consent", "UnclassifiedText", "HasPublishingMetadata", "IsTagPage"],
        [typeof(NewsArticle)] = ["Headline", "Summary", "Body", "Image", "HasPublishingMetadata"],
        [typeof(NewsImage)] = ["Caption", "AiGenerated", "SourceType", "HasPublishingMetadata"],
        [typeof(StoryCard)] = ["Summary", "Title", "Image", "AiReported", "SourceType"],
    };
}
