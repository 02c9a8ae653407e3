using System.Collections.Immutable;
using CsCheck;
using NewsModel.Localization;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

/// <summary>
/// Generators of pages in the domain the page-text writer can produce, for <c>Parse(Write(page)) == page</c>.
/// </summary>
/// <remarks>
/// The domain is the writer's contract: the page text marks structure only by labels, blank lines and (for titles)
/// the lack of final punctuation, so a page round-trips when
/// <list type="bullet">
/// <item>every text is non-empty, has no line break, no leading or trailing space or tab, is not white space only,
///   and is not a label of any catalog language (a line that reads as a label is layout, not text);</item>
/// <item>headlines and card titles do not end a sentence (no final <c>. ! … 。 ！ । ॥ ۔ ።</c>, even before closing
///   quotes or brackets) and are at most 300 characters; card summaries end with one (else a card without title or
///   badge would lend its summary to the next card as a title), and so does the lead of a page that shows neither
///   image nor headline (else it would read as the headline). Other texts (leads under a headline or image, body
///   paragraphs, reactions, captions, buttons) may be either: the generator draws both;</item>
/// <item>layout A (hero image): caption, optional headline, lead, body; layout B (no image): a headline, lead, body
///   (without a headline only when the page also has a section or a banner, else it would read as layout C);
///   layout C: lead and body only, no image, headline, sections, stories or banner, no interface language;</item>
/// <item>a tag page has no article, at least one story card and at least one AI-reported card (that badge is what
///   marks a page of cards as a tag page);</item>
/// <item>every story card has a summary; images are AI-generated (the page text marks every image with the badge);</item>
/// <item>a reaction's platform is <see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/> of its text;</item>
/// <item>the banner's title is the catalog's cookie-title label of the page's language, its message that language's
///   cookie-message label, some other sentence, or absent; decline and accept buttons show that language's labels;
///   buttons of another kind (free text) only follow a message (they are told apart from the message by their block);</item>
/// <item><see cref="NewsPage.UiLanguage"/> is a catalog language whose labels no other language shares when the page
///   shows a label, else <see langword="null"/>; <see cref="NewsPage.ContentLanguage"/> is <see langword="null"/> (the
///   text does not carry it) and <see cref="NewsPage.UnclassifiedText"/> empty (the writer does not render it).</item>
/// </list>
/// </remarks>
internal static class PageGenerators
{
    /// <summary>The sentence-ending marks of the contract.</summary>
    public const string Terminals = ".!…。！।॥۔።";

    /// <summary>Closing quotes and brackets that may follow the final mark.</summary>
    public const string Closers = "\"'”’»›)]}」』）";

    private static readonly string[] s_latin =
    [
        "sécurité", "président", "élu", "Kọ́lá", "ìròyìn", "añadió", "Straße", "über", "citoyens", "naïve", "façade",
        "Ümit", "José", "migración", "ọjà", "acuerdo", "frontière", "Quito", "Lima", "Santiago", "governo", "città",
        "habari", "serikali", "wananchi", "mkutano", "the", "visit", "border", "talks", "Łódź", "Ørsted", "ẹgbẹ́",
    ];

    private static readonly string[] s_cyrillic = ["президент", "встреча", "безопасность", "граница", "выборы", "Москва", "новости", "соглашение", "ёлка", "объявил"];
    private static readonly string[] s_ethiopic = ["ፕሬዚዳንት", "ስብሰባ", "ደህንነት", "ምርጫ", "አዲስ", "አበባ", "ዜና", "መንግሥት"];
    private static readonly string[] s_cjk = ["总统", "会谈", "安全", "移民", "選挙", "大統領", "新闻", "협력", "대통령", "国境"];

    // Canonically decomposed (NFD) words: text is kept as written, never normalized.
    private static readonly string[] s_decomposed = ["Jose\u0301", "e\u0301lu", "Ko\u0323\u0301la\u0301", "и\u0306од"];

    // Platform names, so that reactions name one now and then (and "X" also stands in prose).
    private static readonly string[] s_platforms = ["X", "Twitter", "Reddit", "Facebook", "TikTok", "Bluesky", "Telegram", "X-ray"];

    // Tokens inside a text: punctuation, numbers and a question mark (a title may be a question).
    private static readonly string[] s_inner = [",", ";", ":", "—", "«", "»", "\"", "(", ")", "42", "2025", "58%", "?", "’s"];

    // Words of the catalog's labels, so that texts come near labels ("Related news about…") without being one.
    private static readonly string[] s_labelWords = [.. LabelCatalog.Default.LabelSets
        .SelectMany(set => LabelKeys.All.Select(key => set[key]))
        .OfType<string>()
        .SelectMany(label => label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Distinct(StringComparer.Ordinal)];

    // Joined words with other white space inside a text: a no-break space, a tab, a zero-width space.
    private static readonly string[] s_joined = ["Kast\u00A0Rodríguez", "58\u00A0%", "Noboa\tQuito", "São\u200BPaulo"];

    private static readonly Gen<string> s_word = Gen.Frequency(
        (8, (IGen<string>)Gen.OneOf(s_latin)),
        (2, Gen.OneOf(s_labelWords)),
        (1, Gen.OneOf(s_joined)),
        (2, Gen.OneOf(s_cyrillic)),
        (1, Gen.OneOf(s_ethiopic)),
        (1, Gen.OneOf(s_cjk)),
        (1, Gen.OneOf(s_decomposed)),
        (1, Gen.OneOf(s_platforms)),
        (2, Gen.OneOf(s_inner)));

    private static readonly Gen<string> s_words = Gen.Select(s_word.Array[0, 14], words => string.Join(' ', words));

    /// <summary>The languages whose labels are all there and read as that language only, so detection names it.</summary>
    public static ImmutableArray<string> DistinctLanguages { get; } = FindDistinctLanguages();

    /// <summary>Text that reads as a title: starts with a word, never ends a sentence.</summary>
    public static Gen<string> Title { get; } =
        Gen.Select(Gen.OneOf(s_latin), s_words, Gen.OneOf("", "", "", "?", " »", "”"), (first, rest, end) => Join(first, rest) + end)
            .Where(text => text.Length <= 300 && !EndsSentence(text) && !IsLabel(text));

    /// <summary>Text that reads as a sentence: starts with a word, ends with a sentence mark, optionally before a closing quote.</summary>
    public static Gen<string> Sentence { get; } =
        Gen.Select(s_word, s_words, Gen.Char[Terminals], Gen.OneOf("", "", "", "”", "»", ")", "\""), (first, rest, mark, closer) => Join(first, rest) + mark + closer)
            .Where(text => EndsSentence(text) && !IsLabel(text) && !IsWhiteSpaceOnly(text));

    /// <summary>Any text (an image caption, a button): a title or a sentence.</summary>
    public static Gen<string> AnyText { get; } = Gen.OneOf(Title, Sentence);

    public static Gen<NewsImage> Image { get; } = Gen.Select(AnyText, caption => new NewsImage(caption, aiGenerated: true));

    public static Gen<StoryCard> Card { get; } =
        Gen.Select(Image.Null(0.6), Title.Null(0.4), Gen.Bool, Sentence, (image, title, reported, summary) => new StoryCard { Title = title, Summary = summary, Image = image, AiReported = reported });

    public static Gen<Reaction> Reaction { get; } = Gen.Select(AnyText, text => new Reaction(text) { Platform = SocialPlatforms.Detect(text) });

    /// <summary>Every page of the domain: layouts A, B and C and tag pages.</summary>
    public static Gen<NewsPage> Page { get; } = Gen.Frequency(
        (3, (IGen<NewsPage>)LayoutA()),
        (3, LayoutB()),
        (1, LayoutC()),
        (2, TagPage()));

    public static Gen<NewsPage> LayoutA()
        => Gen.Select(Image, Title.Null(0.2), AnyText, AnyText.Array[0, 6], Sections(), (image, headline, lead, body, sections) =>
            sections(new NewsArticle { Image = image, Headline = headline, Summary = lead, Body = [.. body] }, []));

    public static Gen<NewsPage> LayoutB()
        => Gen.Select(Title.Null(0.15), AnyText, Sentence, AnyText.Array[0, 6], Sections(), (headline, anyLead, sentenceLead, body, sections) =>
            sections(new NewsArticle { Headline = headline, Summary = headline is null ? sentenceLead : anyLead, Body = [.. body] }, []))
            .Where(page => page.Article!.Headline is not null || ShowsLabels(page));

    public static Gen<NewsPage> LayoutC()
        => Gen.Select(AnyText, AnyText.Array[0, 8], (lead, body) => new NewsPage { Article = new NewsArticle { Summary = lead, Body = [.. body] } });

    public static Gen<NewsPage> TagPage()
        => Gen.Select(Card.Array[1, 8], Sections(), (cards, sections) => sections(null, [.. cards]))
            .Where(page => page.Stories.Any(story => story.AiReported));

    /// <summary>The optional sections and banner, in one language, applied to an article or a list of cards.</summary>
    private static Gen<Func<NewsArticle?, ImmutableArray<StoryCard>, NewsPage>> Sections()
        => Gen.OneOf(DistinctLanguages.ToArray()).SelectMany(language =>
            Gen.Select(Reaction.Array[0, 4], Card.Array[0, 8], Consent(language).Null(0.4), (reactions, related, consent) =>
                new Func<NewsArticle?, ImmutableArray<StoryCard>, NewsPage>((article, stories) =>
                {
                    var page = new NewsPage { Article = article, Stories = stories, Reactions = [.. reactions], RelatedStories = [.. related], Consent = consent };
                    return page with { UiLanguage = ShowsLabels(page) ? language : null };
                })));

    private static Gen<ConsentNotice> Consent(string language)
    {
        var catalog = LabelCatalog.Default;
        var title = catalog.GetLabel(language, LabelKey.CookieTitle)!;
        var decline = new ConsentAction(ConsentActionKind.Decline, catalog.GetLabel(language, LabelKey.CookieDecline)!);
        var accept = new ConsentAction(ConsentActionKind.Accept, catalog.GetLabel(language, LabelKey.CookieAccept)!);
        var message = Gen.Frequency(
            (3, (IGen<string?>)Gen.Const<string?>(catalog.GetLabel(language, LabelKey.CookieMessage))),
            (1, Gen.Select(Sentence, text => (string?)text)),
            (1, Gen.Const((string?)null)));
        var labelled = Gen.OneOf(decline, accept);
        var any = Gen.Frequency((3, (IGen<ConsentAction>)labelled), (1, Gen.Select(AnyText, text => new ConsentAction(ConsentActionKind.Other, text))));
        return message.SelectMany(m => Gen.Select((m is null ? labelled : any).Array[0, 3], actions => new ConsentNotice { Title = title, Message = m, Actions = [.. actions] }));
    }

    /// <summary>Whether the written page shows a label: an image badge, a section heading, a card badge or the banner.</summary>
    public static bool ShowsLabels(NewsPage page)
        => page.Article?.Image is not null || !page.Reactions.IsEmpty || !page.RelatedStories.IsEmpty || page.Consent is not null
            || page.Stories.Any(story => story.AiReported || story.Image is not null);

    /// <summary>Whether a text ends a sentence: its last character, before any closing quotes or brackets, is a sentence mark.</summary>
    public static bool EndsSentence(string text)
    {
        var last = text.AsSpan().TrimEnd(Closers);
        return !last.IsEmpty && Terminals.Contains(last[^1], StringComparison.Ordinal);
    }

    /// <summary>Whether a line reads as a label of some catalog language.</summary>
    public static bool IsLabel(string text) => LabelCatalog.Default.Matcher.TryMatch(text.AsSpan().Trim(" \t"), out _);

    private static bool IsWhiteSpaceOnly(string text) => text.All(char.IsWhiteSpace);

    private static string Join(string first, string rest) => rest.Length == 0 ? first : first + " " + rest;

    private static ImmutableArray<string> FindDistinctLanguages()
    {
        var catalog = LabelCatalog.Default;
        var matcher = catalog.Matcher;
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var set in catalog.LabelSets)
        {
            var index = matcher.Languages.IndexOf(set.Language);
            var keys = new[]
            {
                LabelKey.AiGeneratedImage, LabelKey.AiReported, LabelKey.WhatPeopleAreSaying, LabelKey.RelatedNews,
                LabelKey.CookieTitle, LabelKey.CookieMessage, LabelKey.CookieDecline, LabelKey.CookieAccept,
            };
            var distinct = keys.All(key => set.TryGetLabel(key, out var label)
                && matcher.TryMatch(label, out var matches) && matches.Length == 1 && matches[0].Language == index);
            if (distinct)
            {
                result.Add(set.Language);
            }
        }

        return result.ToImmutable();
    }
}
