using System.Diagnostics;
using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>
/// Writes the site's canonical layout: blocks separated by one blank line, an image as its caption with the AI-image
/// badge on the next line, three no-break-space spacer lines before the cookie banner, and no final newline.
/// </summary>
/// <remarks>
/// A write has two steps that never interleave: <see cref="Render"/> gives the page as its text will show it (its labels
/// in the interface language written), and <see cref="PageTextValidator"/> finds every reason the text would not read back
/// as that page. Only a page without reasons reaches the <see cref="TextWriter"/>, so the caller's writer never gets half a page.
/// The layout decisions both steps depend on (which layout an article takes, which lines a card shows) are made here, once.
/// </remarks>
internal sealed class PageTextWriter
{
    private const string Spacer = "\u00A0";
    private const int SpacerCount = 3;

    private readonly TextWriter _writer;
    private readonly LabelCatalog _catalog;
    private readonly string? _language;
    private bool _started;
    private string? _bothBadges;

    private PageTextWriter(TextWriter writer, LabelCatalog catalog, string? language)
    {
        _writer = writer;
        _catalog = catalog;
        _language = language;
    }

    /// <summary>Validates the page as rendered with the options, then writes it.</summary>
    /// <exception cref="ArgumentException">The options' <see cref="NewsPageTextOptions.UiLanguage"/> has no labels in the catalog.</exception>
    /// <exception cref="NewsFormatException">The page text cannot show the page; its diagnostics say why (nothing is written then).</exception>
    public static void Write(NewsPage page, TextWriter writer, NewsPageTextOptions options)
    {
        var rendered = Render(page, options);
        var reasons = PageTextValidator.Validate(rendered, options.Catalog);
        if (!reasons.IsEmpty)
        {
            throw new NewsFormatException(reasons);
        }

        WriteValidated(rendered, writer, options.Catalog);
    }

    /// <summary>Writes a rendered page that <see cref="PageTextValidator"/> accepted (tests also call it with pages it refuses, to see what a write would lose).</summary>
    internal static void WriteValidated(NewsPage rendered, TextWriter writer, LabelCatalog catalog)
        => new PageTextWriter(writer, catalog, rendered.UiLanguage).WritePage(rendered);

    /// <summary>
    /// The page as its text shows it when written with these options. Without <see cref="NewsPageTextOptions.UiLanguage"/>, the
    /// page itself. With one, the page re-rendered in that interface language: <see cref="NewsPage.UiLanguage"/> becomes the
    /// catalog language that serves it (none for a page that shows no label), and when it differs from the page's own, the
    /// banner's texts that are labels (title, message, decline and accept buttons) become that language's labels.
    /// </summary>
    /// <exception cref="ArgumentException">The options' interface language has no labels in the catalog.</exception>
    public static NewsPage Render(NewsPage page, NewsPageTextOptions options)
    {
        if (options.UiLanguage is not { } requested)
        {
            return page;
        }

        var catalog = options.Catalog;
        var language = catalog.Find(requested)?.Language
            ?? throw new ArgumentException(
                $"The interface language '{requested}' of NewsPageTextOptions.UiLanguage has no labels in the catalog. Its languages are: {string.Join(", ", catalog.Languages)}.",
                nameof(options));
        var uiLanguage = ShowsLabels(page) ? language : null;
        var translate = page.Consent is not null && !string.Equals(page.UiLanguage, requested, StringComparison.OrdinalIgnoreCase);
        if (uiLanguage == page.UiLanguage && !translate)
        {
            return page;
        }

        return page with { UiLanguage = uiLanguage, Consent = translate ? Translate(page.Consent!, catalog, language) : page.Consent };
    }

    /// <summary>Whether the page's text shows a label: a hero image, the Follow button, a card's badge line, a section heading or the banner.</summary>
    public static bool ShowsLabels(NewsPage page)
    {
        if (page.Article?.Image is not null || page.Tag is { HasFollowButton: true } || !page.Reactions.IsEmpty
            || !page.RelatedStories.IsEmpty || page.Consent is not null)
        {
            return true;
        }

        foreach (var story in page.Stories)
        {
            if (HasBadgeLine(story))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Layout C: an article with neither image nor headline on a page with nothing else, written as lines of one block.</summary>
    public static bool IsBodyOnly(NewsPage page, NewsArticle article)
        => article.Image is null && article.Headline is null && page.Consent is null
            && page.Reactions.IsEmpty && page.RelatedStories.IsEmpty && page.Stories.IsEmpty;

    /// <summary>Whether a card shows a badge line: the AI-reported badge, or the AI-image badge of its AI-generated picture (captioned or not).</summary>
    public static bool HasBadgeLine(StoryCard story) => story.AiReported || story.Image is { AiGenerated: true };

    /// <summary>The keys a card's badge line shows (a <see cref="LabelMatch"/> mask), 0 when it shows none.</summary>
    public static uint BadgeKeys(StoryCard story)
        => (story.AiReported ? LabelMasks.ReportedBadge : 0) | (story.Image is { AiGenerated: true } ? LabelMasks.ImageBadge : 0);

    /// <summary>The text of a badge line in a language: the AI-reported badge, then the AI-image badge (one space between).</summary>
    public static string? BadgeLineText(LabelCatalog catalog, string language, uint keys)
    {
        var reported = (keys & LabelMasks.ReportedBadge) != 0 ? catalog.GetLabel(language, LabelKey.AiReported) : null;
        var image = (keys & LabelMasks.ImageBadge) != 0 ? catalog.GetLabel(language, LabelKey.AiGeneratedImage) : null;
        return keys switch
        {
            LabelMasks.Badges => reported is null || image is null ? null : reported + " " + image,
            LabelMasks.ReportedBadge => reported,
            _ => image,
        };
    }

    /// <summary>The page's text length plus room for labels and line breaks: one buffer that rarely needs to grow.</summary>
    public static int EstimateLength(NewsPage page)
    {
        const int PerBlock = 2;
        const int LabelRoom = 1024;
        var length = LabelRoom;
        if (page.Article is { } article)
        {
            length += Length(article.Image?.Caption) + Length(article.Headline) + Length(article.Summary);
            foreach (var paragraph in article.Body)
            {
                length += paragraph.Length + PerBlock;
            }
        }

        foreach (var reaction in page.Reactions)
        {
            length += reaction.Text.Length + PerBlock;
        }

        foreach (var story in page.RelatedStories.AsSpan())
        {
            length += Length(story.Image?.Caption) + Length(story.Title) + Length(story.Summary) + 64;
        }

        foreach (var story in page.Stories.AsSpan())
        {
            length += Length(story.Image?.Caption) + Length(story.Title) + Length(story.Summary) + 64;
        }

        if (page.Consent is { } consent)
        {
            length += Length(consent.Title) + Length(consent.Message) + (consent.Actions.Length * 16);
        }

        return length;

        static int Length(string? text) => text is null ? 0 : text.Length + PerBlock;
    }

    private static ConsentNotice Translate(ConsentNotice consent, LabelCatalog catalog, string language)
    {
        var actions = consent.Actions;
        if (actions.Any(action => action.Kind != ConsentActionKind.Other))
        {
            var translated = new ConsentAction[actions.Length];
            for (var i = 0; i < actions.Length; i++)
            {
                var action = actions[i];
                translated[i] = action.Kind switch
                {
                    ConsentActionKind.Decline => action with { Label = TranslateText(action.Label, LabelKey.CookieDecline) },
                    ConsentActionKind.Accept => action with { Label = TranslateText(action.Label, LabelKey.CookieAccept) },
                    _ => action,
                };
            }

            actions = [.. translated];
        }

        return new ConsentNotice
        {
            Title = TranslateText(consent.Title, LabelKey.CookieTitle),
            Message = consent.Message is { } message ? TranslateText(message, LabelKey.CookieMessage) : null,
            Actions = actions,
        };

        // A text that reads as the key's label (in any language) becomes the language's label; any other text stays.
        string TranslateText(string text, LabelKey key)
            => catalog.Matcher.TryMatch(text.AsSpan().Trim(), out var matches) && matches[0].Has(key)
                ? catalog.GetLabel(language, key) ?? text
                : text;
    }

    private void WritePage(NewsPage page)
    {
        if (page.Article is { } article)
        {
            if (IsBodyOnly(page, article))
            {
                // Layout C: the paragraphs on consecutive lines, no labels.
                BeginBlock();
                WriteLines(article.Summary, article.Body);
            }
            else
            {
                WriteArticle(article);
            }
        }

        if (page.Tag is { } tag)
        {
            if (tag.Name is { } name)
            {
                WriteBlock(name);
            }

            if (tag.HasFollowButton)
            {
                WriteBlock(Label(LabelKey.TagFollow));
            }
        }

        foreach (var story in page.Stories)
        {
            WriteCard(story);
        }

        if (!page.Reactions.IsEmpty)
        {
            WriteBlock(Label(LabelKey.WhatPeopleAreSaying));
            foreach (var reaction in page.Reactions)
            {
                WriteBlock(reaction.Text);
            }
        }

        if (!page.RelatedStories.IsEmpty)
        {
            WriteBlock(Label(LabelKey.RelatedNews));
            foreach (var story in page.RelatedStories)
            {
                WriteCard(story);
            }
        }

        if (page.Consent is { } consent)
        {
            WriteConsent(consent);
        }
    }

    private void WriteArticle(NewsArticle article)
    {
        if (article.Image is { } image)
        {
            WriteImage(image);
        }

        if (article.Headline is { } headline)
        {
            WriteBlock(headline);
        }

        if (article.Image is not null)
        {
            WriteBlock(Label(LabelKey.AiGeneratedImage));
        }

        if (article.Summary is { } summary)
        {
            WriteBlock(summary);
        }

        foreach (var paragraph in article.Body)
        {
            WriteBlock(paragraph);
        }
    }

    private void WriteCard(StoryCard story)
    {
        // A card's image without a caption shows only as the AI-image badge of its badge line.
        if (story.Image is { Caption: not null } image)
        {
            WriteImage(image);
        }

        if (story.Title is { } title)
        {
            WriteBlock(title);
        }

        if (BadgeKeys(story) is not 0 and var keys)
        {
            // Both badges on one line are one string, made once per page.
            var line = keys == LabelMasks.Badges ? _bothBadges ??= BadgeLineText(_catalog, Language, keys) : BadgeLineText(_catalog, Language, keys);
            WriteBlock(line ?? throw Unreachable());
        }

        if (story.Summary is { } summary)
        {
            WriteBlock(summary);
        }
    }

    private void WriteImage(NewsImage image)
    {
        BeginBlock();
        WriteLines(image.Caption, [Label(LabelKey.AiGeneratedImage)]);
    }

    private void WriteConsent(ConsentNotice consent)
    {
        for (var i = 0; i < SpacerCount; i++)
        {
            WriteBlock(Spacer);
        }

        WriteBlock(consent.Title);
        BeginBlock();
        var first = true;
        if (consent.Message is { } message)
        {
            _writer.Write(message);
            first = false;
        }

        foreach (var action in consent.Actions)
        {
            if (!first)
            {
                _writer.Write('\n');
            }

            first = false;
            _writer.Write(action.Label);
        }
    }

    // The validator has checked that the page has a language and the catalog every label it shows.
    private string Language => _language ?? throw Unreachable();

    private string Label(LabelKey key) => _catalog.GetLabel(Language, key) ?? throw Unreachable();

    private static UnreachableException Unreachable() => new("The page text validator accepted a page that this writer cannot write.");

    private void WriteBlock(string text)
    {
        BeginBlock();
        _writer.Write(text);
    }

    private void WriteLines(string? first, IEnumerable<string> rest)
    {
        var needsBreak = false;
        if (first is not null)
        {
            _writer.Write(first);
            needsBreak = true;
        }

        foreach (var line in rest)
        {
            if (needsBreak)
            {
                _writer.Write('\n');
            }

            _writer.Write(line);
            needsBreak = true;
        }
    }

    private void BeginBlock()
    {
        if (_started)
        {
            _writer.Write("\n\n");
        }

        _started = true;
    }
}
