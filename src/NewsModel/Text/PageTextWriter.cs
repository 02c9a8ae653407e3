using System.Globalization;
using NewsModel.Localization;

namespace NewsModel.Text;

/// <summary>
/// Writes the site's canonical layout: blocks separated by one blank line, an image as its caption with the AI-image
/// badge on the next line, three no-break-space spacer lines before the cookie banner, and no final newline.
/// </summary>
internal sealed class PageTextWriter
{
    private const string Spacer = "\u00A0";
    private const int SpacerCount = 3;

    private readonly TextWriter _writer;
    private readonly LabelCatalog _catalog;
    private readonly string _language;
    private bool _started;

    private PageTextWriter(TextWriter writer, LabelCatalog catalog, string language)
    {
        _writer = writer;
        _catalog = catalog;
        _language = language;
    }

    public static void Write(NewsPage page, TextWriter writer, NewsPageTextOptions options)
    {
        var catalog = options.Catalog;
        var uiLanguage = options.UiLanguage ?? page.UiLanguage ?? LabelCatalog.NeutralLanguage;
        if (catalog.Find(uiLanguage) is null)
        {
            // Named after where the language came from: the caller's options, or the page itself.
            var (problem, parameter) = options.UiLanguage is not null
                ? ($"The interface language '{uiLanguage}' of NewsPageTextOptions.UiLanguage has no labels in the catalog.", nameof(options))
                : page.UiLanguage is not null
                    ? ($"The page's interface language '{uiLanguage}' (NewsPage.UiLanguage) has no labels in the catalog.", nameof(page))
                    : ($"The page has no UiLanguage, and the catalog has no labels for '{uiLanguage}', the language that writes such a page.", nameof(options));
            throw new ArgumentException($"{problem} Its languages are: {string.Join(", ", catalog.Languages)}.", parameter);
        }

        // Checked before the first character is written, so a caller's writer never gets half a page.
        foreach (var image in Images(page))
        {
            if (!image.AiGenerated)
            {
                throw new ArgumentException(
                    $"The image \"{image.Caption}\" is not AI-generated: the page text marks every image with the AI-generated image badge, so it cannot show this one.",
                    nameof(page));
            }
        }

        if (page.Article?.Image is { Caption: null })
        {
            throw new ArgumentException("The article's image has no caption: the page text shows a hero image by its caption line, so it cannot show this one.", nameof(page));
        }

        if (page.Tag is not null && page.Article is not null)
        {
            throw new ArgumentException("The page has both an article and a tag: the page text shows a tag only on tag pages.", nameof(page));
        }

        new PageTextWriter(writer, catalog, uiLanguage).WritePage(page);
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

    private static IEnumerable<NewsImage> Images(NewsPage page)
        => new[] { page.Article?.Image }
            .Concat(page.Stories.Select(story => story.Image))
            .Concat(page.RelatedStories.Select(story => story.Image))
            .OfType<NewsImage>();

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
            WriteConsent(consent, page.UiLanguage);
        }
    }

    private static bool IsBodyOnly(NewsPage page, NewsArticle article)
        => article.Image is null && article.Headline is null && page.Consent is null
            && page.Reactions.IsEmpty && page.RelatedStories.IsEmpty && page.Stories.IsEmpty;

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

        // The badge line shows AI-reported, then the AI-image badge when the card's picture is AI-generated.
        var imageBadge = story.Image is { AiGenerated: true };
        if (story.AiReported && imageBadge)
        {
            WriteBlock(Label(LabelKey.AiReported) + " " + Label(LabelKey.AiGeneratedImage));
        }
        else if (story.AiReported)
        {
            WriteBlock(Label(LabelKey.AiReported));
        }
        else if (imageBadge)
        {
            WriteBlock(Label(LabelKey.AiGeneratedImage));
        }

        if (story.Summary is { } summary)
        {
            WriteBlock(summary);
        }
    }

    private void WriteImage(NewsImage image)
    {
        BeginBlock();
        WriteLines(image.Caption!, [Label(LabelKey.AiGeneratedImage)]);
    }

    private void WriteConsent(ConsentNotice consent, string? pageLanguage)
    {
        for (var i = 0; i < SpacerCount; i++)
        {
            WriteBlock(Spacer);
        }

        // The banner is interface text: written in another language than the page's, texts that are labels are translated.
        var translate = !string.Equals(pageLanguage, _language, StringComparison.OrdinalIgnoreCase);
        WriteBlock(translate ? Translate(consent.Title, LabelKey.CookieTitle) : consent.Title);
        BeginBlock();
        var first = true;
        if (consent.Message is { } message)
        {
            _writer.Write(translate ? Translate(message, LabelKey.CookieMessage) : message);
            first = false;
        }

        foreach (var action in consent.Actions)
        {
            if (!first)
            {
                _writer.Write('\n');
            }

            first = false;
            var key = action.Kind switch
            {
                ConsentActionKind.Decline => LabelKey.CookieDecline,
                ConsentActionKind.Accept => LabelKey.CookieAccept,
                _ => (LabelKey?)null,
            };
            _writer.Write(translate && key is { } k ? Translate(action.Label, k) : action.Label);
        }
    }

    private string Translate(string text, LabelKey key)
    {
        var matcher = _catalog.Matcher;
        return matcher.TryMatch(text.AsSpan().Trim(), out var matches) && matches[0].Has(key) ? Label(key) : text;
    }

    private string Label(LabelKey key)
        => _catalog.GetLabel(_language, key)
            ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The catalog has no '{LabelKeys.GetResourceName(key)}' label for '{_language}' nor for '{LabelCatalog.NeutralLanguage}'."));

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
