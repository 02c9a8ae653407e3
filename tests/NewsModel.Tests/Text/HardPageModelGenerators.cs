using System.Collections.Immutable;
using System.Text;
using CsCheck;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// Generators of the pages that page text has trouble with, made on purpose: texts that are labels of any catalog language
/// (current and earlier wordings, in equivalent forms), multi-line, empty, white-space-only, NBSP-only and padded texts,
/// long and sentence-like titles, title-like summaries, lone surrogates; headline-only and body-without-lead articles,
/// cards without summary, tag pages without the Follow button or AI-reported badge, tags that read as cards and cards that
/// read as tags, non-AI and captionless images, banners without message and with Other or "OK" buttons, labels of another
/// language, reactions with the wrong platform, interface languages the catalog names otherwise, content languages and
/// unclassified text, publishing metadata. <see cref="Page"/> draws everything freely; <see cref="OneHardChange"/> makes one hard change to a
/// page the writer can write, so that most of its pages have exactly one reason.
/// </summary>
internal static class HardPageModelGenerators
{
    private static readonly LabelCatalog s_catalog = LabelCatalog.Default;

    /// <summary>Every text that reads as a label line, of every catalog language.</summary>
    private static readonly string[] s_labels = [.. LabelReadings.Default.Texts.Select(entry => entry.Text).Distinct(StringComparer.Ordinal)];

    private static readonly string[] s_languages = [.. s_catalog.Languages];

    /// <summary>A catalog label as it is, or in a form the matching rule takes for the same label.</summary>
    public static Gen<string> Label { get; } = Gen.Select(Gen.OneOf(s_labels), Gen.Int[0, 7], (label, variation) => variation switch
    {
        1 => label.Normalize(NormalizationForm.FormD),
        2 => label.Normalize(NormalizationForm.FormC),
        3 => label.Replace('\'', '’'),
        4 => label.Replace('’', '\''),
        5 => ReplaceFirst(label, " ", "\u00A0"),
        6 => ReplaceFirst(label, " ", "  "),
        7 => ReplaceFirst(label.Replace('\'', '\u02BC'), " ", "\u202F"),
        _ => label,
    });

    /// <summary>Texts next to labels that are no label: a letter or word more, another case, an invisible character inside, another space.</summary>
    public static Gen<string> NearLabel { get; } = Gen.Select(Gen.OneOf(s_labels), Gen.Int[0, 5], (label, variation) => variation switch
    {
        0 => label + "s",
        1 => label + " today",
        2 => string.Equals(label.ToUpperInvariant(), label, StringComparison.Ordinal) ? label.ToLowerInvariant() : label.ToUpperInvariant(),
        3 => label.Length > 1 && !char.IsSurrogate(label[0]) ? label[..1] + "\u200B" + label[1..] : label + "\u00AD",
        4 => ReplaceFirst(label, " ", "\u2003"),
        _ => "The " + label,
    });

    public static Gen<string> MultiLine { get; } = Gen.Frequency(
        (4, (IGen<string>)Gen.Select(PageGenerators.AnyText, PageGenerators.AnyText, Gen.OneOf("\n", "\r\n", "\r", "\n\n"), (a, b, end) => a + end + b)),
        (1, Gen.OneOf("\n", "\r\n", "text\n", "\ntext", "\u2028 is no line end\n")));

    /// <summary>Empty and white-space-only texts: spaces, tabs, no-break spaces, zero-width spaces, other Unicode spaces.</summary>
    public static Gen<string> Blank { get; } = Gen.OneOf("", " ", "  ", "\t", "\u00A0", "\u00A0\u00A0\u00A0", "\u200B", "\uFEFF", " \u00A0\t", "\u2003", "\u3000", "\u202F");

    /// <summary>Texts with spaces or tabs at an end (which a reader trims), and with no-break spaces at an end (which it keeps).</summary>
    public static Gen<string> Padded { get; } = Gen.Select(PageGenerators.AnyText, Gen.OneOf(" ", "\t", "  ", " \t", "\u00A0", "\u2003"), Gen.Bool, (text, pad, front) => front ? pad + text : text + pad);

    /// <summary>Titles around the longest a reader takes for one (300 characters).</summary>
    public static Gen<string> LongTitle { get; } = Gen.Select(Gen.Int[296, 306], PageGenerators.Title, (length, title) =>
    {
        var builder = new StringBuilder(title);
        while (builder.Length < length)
        {
            builder.Append(" and more");
        }

        return builder.ToString(0, length).TrimEnd() + "x";
    });

    /// <summary>Texts that UTF-8 cannot encode, that begin with U+FEFF, and words that are labels of one place only.</summary>
    public static Gen<string> Odd { get; } = Gen.OneOf(
        Gen.Select(PageGenerators.AnyText, text => text + "\uD800"),
        Gen.Select(PageGenerators.AnyText, text => "\uDC00" + text),
        Gen.Select(PageGenerators.AnyText, text => "\uFEFF" + text),
        Gen.OneOf("Follow", "Seguir", "Suivre", "OK", "Other", "X", "Cookies", "\u00A0Follow"));

    /// <summary>Any text, hard about one time in sixteen (a page has a dozen texts or more).</summary>
    public static Gen<string> Text(Gen<string> ordinary) => Gen.Frequency(
        (180, (IGen<string>)ordinary),
        (3, Label),
        (2, NearLabel),
        (1, MultiLine),
        (2, Blank),
        (2, Padded),
        (1, Odd));

    /// <summary>A title, or a text that ends like a sentence, or a long one.</summary>
    public static Gen<string> TitleText { get; } = Text(Gen.Frequency((40, (IGen<string>)PageGenerators.Title), (3, PageGenerators.Sentence), (1, LongTitle)));

    /// <summary>A sentence, or a title-like text.</summary>
    public static Gen<string> SentenceText { get; } = Text(Gen.Frequency((3, (IGen<string>)PageGenerators.Sentence), (1, PageGenerators.Title)));

    public static Gen<string> AnyText { get; } = Text(PageGenerators.AnyText);

    public static Gen<NewsImage> HeroImage { get; } = Gen.Frequency(
        (30, (IGen<NewsImage>)Gen.Select(AnyText, caption => new NewsImage(caption, aiGenerated: true))),
        (1, Gen.Const<NewsImage>(new NewsImage(caption: null, aiGenerated: true))),
        (1, Gen.Select(AnyText, caption => new NewsImage(caption, aiGenerated: false))));

    public static Gen<NewsImage> CardImage { get; } = Gen.Frequency(
        (24, (IGen<NewsImage>)Gen.Select(AnyText, caption => new NewsImage(caption, aiGenerated: true))),
        (9, Gen.Const<NewsImage>(new NewsImage(caption: null, aiGenerated: true))),
        (1, Gen.Select(AnyText, caption => new NewsImage(caption, aiGenerated: false))),
        (1, Gen.Const<NewsImage>(new NewsImage(caption: null, aiGenerated: false))));

    public static Gen<StoryCard> Card { get; } = Gen.Select(
        CardImage.Null(0.6),
        TitleText.Null(0.5),
        Gen.Bool,
        SentenceText.Null(0.08),
        (image, title, reported, summary) => new StoryCard { Image = image, Title = title, AiReported = reported, Summary = summary });

    public static Gen<NewsArticle> Article { get; } = Gen.Select(
        HeroImage.Null(0.6),
        TitleText.Null(0.2),
        SentenceText.Null(0.1),
        AnyText.Array[0, 5],
        (image, headline, summary, body) => new NewsArticle { Image = image, Headline = headline, Summary = summary, Body = [.. body] });

    public static Gen<NewsTag?> Tag { get; } = Gen.Frequency(
        (3, (IGen<NewsTag?>)Gen.Const<NewsTag?>((NewsTag?)null)),
        (2, Gen.Select(TitleText, name => (NewsTag?)new NewsTag { Name = name, HasFollowButton = true })),
        (2, Gen.Const<NewsTag?>(new NewsTag { HasFollowButton = true })),
        (3, Gen.Select(TitleText, name => (NewsTag?)new NewsTag { Name = name })),
        (1, Gen.Const<NewsTag?>(new NewsTag())));

    public static Gen<Reaction> Reaction { get; } = Gen.Select(AnyText, Gen.Int[0, 29], (text, wrong) => new Reaction(text)
    {
        // Mostly the platform the text names; now and then one it may not name.
        Platform = wrong switch
        {
            0 => SocialPlatforms.Detect(text) is null ? SocialPlatforms.Reddit : null,
            _ => SocialPlatforms.Detect(text),
        },
    });

    /// <summary>A banner mostly in <paramref name="language"/>: its title, message and buttons, some of another language, "OK", free text, or hard texts.</summary>
    public static Gen<ConsentNotice> Consent(string language)
    {
        var label = (LabelKey key) => s_catalog.GetLabel(language, key)!;
        var otherLabel = (LabelKey key) => Gen.Select(Gen.OneOf(s_languages), other => s_catalog.GetLabel(other, key)!);
        var title = Gen.Frequency(
            (16, (IGen<string>)Gen.Const(label(LabelKey.CookieTitle))),
            (1, otherLabel(LabelKey.CookieTitle)),
            (1, Gen.Select(Label, text => text)),
            (2, AnyText));
        var message = Gen.Frequency(
            (8, (IGen<string?>)Gen.Const<string?>(label(LabelKey.CookieMessage))),
            (4, Gen.Const<string?>((string?)null)),
            (3, Gen.Select(PageGenerators.Sentence, text => (string?)text)),
            (1, Gen.Select(otherLabel(LabelKey.CookieMessage), text => (string?)text)),
            (1, Gen.Select(Label, text => (string?)text)),
            (1, Gen.Select(AnyText, text => (string?)text)));
        var action = Gen.Frequency(
            (8, (IGen<ConsentAction>)Gen.Const<ConsentAction>(new ConsentAction(ConsentActionKind.Decline, label(LabelKey.CookieDecline)))),
            (8, Gen.Const<ConsentAction>(new ConsentAction(ConsentActionKind.Accept, label(LabelKey.CookieAccept)))),
            (1, Gen.Select(otherLabel(LabelKey.CookieDecline), text => new ConsentAction(ConsentActionKind.Decline, text))),
            (1, Gen.Const<ConsentAction>(new ConsentAction(ConsentActionKind.Accept, "OK"))),
            (3, Gen.Select(PageGenerators.AnyText, text => new ConsentAction(ConsentActionKind.Other, text))),
            (1, Gen.Select(Label, text => new ConsentAction(ConsentActionKind.Other, text))),
            (1, Gen.Select(AnyText, Gen.OneOf(ConsentActionKind.Decline, ConsentActionKind.Accept, ConsentActionKind.Other), (text, kind) => new ConsentAction(kind, text))));
        return Gen.Select(title, message, action.Array[0, 3], (t, m, actions) => new ConsentNotice { Title = t, Message = m, Actions = [.. actions] });
    }

    /// <summary>Every kind of page, hard parts drawn freely: about a third can be written.</summary>
    public static Gen<NewsPage> Page { get; } = Gen.OneOf(s_languages).SelectMany(language =>
        Gen.Select(
            Gen.Int[0, 39],
            Article,
            Tag,
            Card.Array[0, 5],
            Reaction.Array[0, 3],
            Card.Array[0, 4],
            Consent(language).Null(0.5),
            Gen.Int[0, 39],
            (kind, article, tag, cards, reactions, related, consent, extra) =>
            {
                // Mostly article pages, then tag pages; an article with a tag or tag cards, and pages of sections only, now and then.
                var page = kind switch
                {
                    < 24 => new NewsPage { Article = article, Tag = kind == 0 ? tag : null, Stories = kind == 1 ? [.. cards] : [] },
                    < 38 => new NewsPage { Tag = tag, Stories = [.. cards] },
                    _ => new NewsPage(),
                };
                page = page with { Reactions = [.. reactions], RelatedStories = kind < 24 || extra % 4 == 0 ? [.. related] : [], Consent = consent };
                return WithFacts(page, language, extra);
            }));

    /// <summary>A page the writer can write (<see cref="PageGenerators.Page"/>) with one hard change.</summary>
    public static Gen<NewsPage> OneHardChange { get; } = PageGenerators.Page.SelectMany(page => Gen.Select(Gen.Int[0, int.MaxValue - 1], AnyText, Gen.Int[0, 99], (pick, text, other) => Change(page, pick, text, other)));

    /// <summary>The facts page text may not carry: the interface language (mostly the right one), the content language, unclassified text.</summary>
    private static NewsPage WithFacts(NewsPage page, string language, int extra)
    {
        var shows = WritabilityOracle.ShowsLabels(page);
        var uiLanguage = (shows, extra) switch
        {
            (true, 0) => null,
            (true, 1) => language + "-ZZ",
            (true, 2) => language.ToUpperInvariant(),
            (true, 3) => "tlh",
            (true, _) => language,
            (false, < 4) => language,
            (false, _) => null,
        };
        return page with
        {
            UiLanguage = uiLanguage,
            ContentLanguage = extra == 5 ? "en" : null,
            UnclassifiedText = extra == 6 ? ["Left over after the banner."] : [],
        };
    }

    // Publishing metadata somewhere on the page (page text shows none): one member, or every one the page has room for.
    private static NewsPage WithMetadata(NewsPage page, int other)
    {
        var date = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(1));
        NewsImage Image(NewsImage i) => (other % 7) switch
        {
            0 => i with { Url = "https://cdn.example/a.jpg" },
            1 => i with { Width = 1200, Height = 675 },
            2 => i with { AltText = "Alt", Credit = "Credit", CopyrightNotice = "©" },
            _ => i with { DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia },
        };
        StoryCard Card(StoryCard card) => other % 3 == 0 && card.Image is { } i ? card with { Image = Image(i) }
            : card with { Url = "https://news.example/story", DigitalSourceType = other % 2 == 0 ? DigitalSourceType.HumanEdits : null };
        return (other % 6) switch
        {
            0 => page with { CanonicalUrl = "https://news.example/page" },
            1 => page with { Publisher = new NewsPublisher("Ìròyìn AI") },
            2 when page.Article is { } article => page with
            {
                Article = article with { Published = date, Modified = date, Authors = [new NewsAuthor("A")], Keywords = ["k"], Section = "World", Identifier = "urn:x:1", DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia },
            },
            3 when page.Article is { Image: { } i } article => page with { Article = article with { Image = Image(i) } },
            4 when !page.RelatedStories.IsEmpty => page with { RelatedStories = page.RelatedStories.SetItem(other % page.RelatedStories.Length, Card(page.RelatedStories[other % page.RelatedStories.Length])) },
            5 when !page.Stories.IsEmpty => page with { Stories = [.. page.Stories.Select(Card)] },
            _ => page with { CanonicalUrl = "https://news.example/page", Publisher = new NewsPublisher("Ìròyìn AI", "https://news.example/") },
        };
    }

    // One change, picked among those that apply to the page.
    private static NewsPage Change(NewsPage page, int pick, string text, int other)
    {
        var changes = new List<Func<NewsPage>>();
        foreach (var setter in TextSetters(page))
        {
            changes.Add(() => setter(text));
        }

        var hard = changes.Count;
        if (page.Article is { } article)
        {
            if (article.Summary is not null && !article.Body.IsEmpty)
            {
                changes.Add(() => page with { Article = article with { Summary = null } });
            }

            if (article.Image is { } image)
            {
                changes.Add(() => page with { Article = article with { Image = image with { AiGenerated = false } } });
                changes.Add(() => page with { Article = article with { Image = image with { Caption = null } } });
            }

            changes.Add(() => page with { Stories = [new StoryCard { Summary = "A card of a tag page.", AiReported = true }] });
            changes.Add(() => page with { Tag = new NewsTag { Name = "Chile", HasFollowButton = true } });
            if (article.Headline is { } headline && article.Image is null)
            {
                changes.Add(() => new NewsPage { Article = new NewsArticle { Headline = headline } });
                changes.Add(() => page with { Article = article with { Summary = null, Body = [] } });
                changes.Add(() => page with { Article = article with { Headline = headline + "." } });
            }

            if (article.Headline is null && article.Image is null && WritabilityOracle.ShowsLabels(page) && article.Summary is { } lead)
            {
                changes.Add(() => page with { Article = article with { Summary = lead.TrimEnd(PageGenerators.Terminals.ToCharArray()) + " and more" } });
            }

            changes.Add(() => page with { Article = null });
        }

        if (!page.Stories.IsEmpty)
        {
            changes.Add(() => page with { Stories = [.. page.Stories.Select(story => story with { AiReported = false })] });
            changes.Add(() => page with { Tag = new NewsTag { Name = "Concert Tribute" } });
            changes.Add(() => page with { Tag = new NewsTag() });
            changes.Add(() => page with { Stories = page.Stories.Insert(0, new StoryCard { Title = "Chile", Summary = "Santiago votes today" }) });
            changes.Add(() => page with { Stories = page.Stories.InsertRange(0, (ImmutableArray<StoryCard>)[new StoryCard { Title = "Chile", Summary = "Santiago votes today" }, new StoryCard { Summary = "Turnout was high.", AiReported = true }]) });
        }

        AddCardChanges(changes, page.Stories, other, stories => page with { Stories = stories });
        AddCardChanges(changes, page.RelatedStories, other, stories => page with { RelatedStories = stories });
        for (var i = 0; i < page.Reactions.Length; i++)
        {
            var index = i;
            changes.Add(() => page with { Reactions = page.Reactions.SetItem(index, page.Reactions[index] with { Platform = page.Reactions[index].Platform is null ? SocialPlatforms.X : null }) });
        }

        if (page.Consent is { } consent)
        {
            var language = page.UiLanguage ?? LabelCatalog.NeutralLanguage;
            var others = s_languages.Where(l => l != language).ToArray();
            var otherLanguage = others[other % others.Length];
            changes.Add(() => page with { Consent = consent with { Message = null, Actions = [new ConsentAction(ConsentActionKind.Other, "Manage settings"), .. consent.Actions] } });
            changes.Add(() => page with { Consent = consent with { Actions = [.. consent.Actions, new ConsentAction(ConsentActionKind.Accept, "OK")] } });
            changes.Add(() => page with { Consent = consent with { Title = "Cookie preferences" } });
            changes.Add(() => page with { Consent = consent with { Title = s_catalog.GetLabel(otherLanguage, LabelKey.CookieTitle)! } });
            changes.Add(() => page with { Consent = consent with { Actions = [.. consent.Actions, new ConsentAction(ConsentActionKind.Decline, s_catalog.GetLabel(otherLanguage, LabelKey.CookieDecline)!)] } });
        }

        changes.Add(() => page with { UiLanguage = null });
        changes.Add(() => page with { UiLanguage = (page.UiLanguage ?? "en") + "-ZZ" });
        changes.Add(() => page with { UiLanguage = "tlh" });
        changes.Add(() => page with { UiLanguage = s_languages[other % s_languages.Length] });
        changes.Add(() => page with { ContentLanguage = "en" });
        changes.Add(() => page with { UnclassifiedText = ["Left over after the banner."] });
        changes.Add(() => WithMetadata(page, other));
        changes.Add(() => new NewsPage());

        // A tag page whose one label line, the Follow button, two languages share (es and pt): a reader prefers the first.
        changes.Add(() => new NewsPage { UiLanguage = "pt", Tag = new NewsTag { HasFollowButton = true }, Stories = [.. page.Stories.Select(story => story with { AiReported = false, Image = null })] });

        // Half the time a hard text in one place, else one of the other changes.
        var chosen = (pick % 2 == 0 && hard > 0) ? pick / 2 % hard : pick / 2 % changes.Count;
        return changes[chosen]();
    }

    private static void AddCardChanges(List<Func<NewsPage>> changes, ImmutableArray<StoryCard> cards, int other, Func<ImmutableArray<StoryCard>, NewsPage> with)
    {
        if (cards.IsEmpty)
        {
            return;
        }

        var index = other % cards.Length;
        var card = cards[index];
        changes.Add(() => with(cards.SetItem(index, card with { Summary = null })));
        changes.Add(() => with(cards.SetItem(index, card with { Summary = null, AiReported = false, Image = null })));
        changes.Add(() => with(cards.SetItem(index, new StoryCard { AiReported = card.AiReported })));
        changes.Add(() => with(cards.SetItem(index, card with { Image = new NewsImage(card.Image?.Caption, aiGenerated: false) })));
        changes.Add(() => with(cards.SetItem(index, new StoryCard { Summary = card.Summary!.TrimEnd(PageGenerators.Terminals.ToCharArray()) + " and more" })));
        changes.Add(() => with(cards.SetItem(index, card with { Title = "Storm season starts early." })));
    }

    // Each text member of the page, as a function that puts another text in its place.
    private static IEnumerable<Func<string, NewsPage>> TextSetters(NewsPage page)
    {
        if (page.Article is { } article)
        {
            if (article.Image is { Caption: not null } image)
            {
                yield return text => page with { Article = article with { Image = image with { Caption = text } } };
            }

            if (article.Headline is not null)
            {
                yield return text => page with { Article = article with { Headline = text } };
            }

            if (article.Summary is not null)
            {
                yield return text => page with { Article = article with { Summary = text } };
            }

            for (var i = 0; i < article.Body.Length; i++)
            {
                var index = i;
                yield return text => page with { Article = article with { Body = article.Body.SetItem(index, text) } };
            }
        }

        foreach (var setter in CardSetters(page.Stories, stories => page with { Stories = stories }))
        {
            yield return setter;
        }

        for (var i = 0; i < page.Reactions.Length; i++)
        {
            var index = i;
            yield return text => page with { Reactions = page.Reactions.SetItem(index, new Reaction(text) { Platform = SocialPlatforms.Detect(text) }) };
        }

        foreach (var setter in CardSetters(page.RelatedStories, stories => page with { RelatedStories = stories }))
        {
            yield return setter;
        }

        if (page.Consent is { } consent)
        {
            yield return text => page with { Consent = consent with { Title = text } };
            if (consent.Message is not null)
            {
                yield return text => page with { Consent = consent with { Message = text } };
            }

            for (var i = 0; i < consent.Actions.Length; i++)
            {
                var index = i;
                yield return text => page with { Consent = consent with { Actions = consent.Actions.SetItem(index, consent.Actions[index] with { Label = text }) } };
            }
        }
    }

    private static IEnumerable<Func<string, NewsPage>> CardSetters(ImmutableArray<StoryCard> cards, Func<ImmutableArray<StoryCard>, NewsPage> with)
    {
        for (var i = 0; i < cards.Length; i++)
        {
            var index = i;
            var card = cards[i];
            if (card.Image is { Caption: not null } image)
            {
                yield return text => with(cards.SetItem(index, card with { Image = image with { Caption = text } }));
            }

            if (card.Title is not null)
            {
                yield return text => with(cards.SetItem(index, card with { Title = text }));
            }

            if (card.Summary is not null)
            {
                yield return text => with(cards.SetItem(index, card with { Summary = text }));
            }
        }
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + find.Length)..];
    }
}
