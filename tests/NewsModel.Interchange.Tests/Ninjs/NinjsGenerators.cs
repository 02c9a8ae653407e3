using System.Collections.Immutable;
using System.Text;
using CsCheck;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// Pages for the ninjs properties, every member ninjs carries present or absent, with texts made on purpose of what HTML
/// and JSON treat specially (<c>&lt;</c>, <c>&amp;</c>, <c>&lt;/p&gt;</c>, <c>&lt;script&gt;</c>, quotes), white space of every
/// kind, U+2028/U+2029, lone surrogates, letters of many scripts and characters outside the BMP; empty paragraphs; and
/// members ninjs does not carry (the interface language, reactions, the banner), which <see cref="Carried"/> takes away.
/// </summary>
internal static class NinjsGenerators
{
    private const string Hard = "\"\\'<>&+`/ \t\n\r\f\u0001\u001F\u007F\u00A0\u00AD\u200B\u2028\u2029\uFEFF\uFFFD\uD800\uDBFF\uDC00\uDFFF";
    private const string Letters = "aZ09 .,ẸẹỌọ́̀Жжשלוםمرحباनमस्ते中文日本語한국어ÀÉñßø";
    private static readonly string[] s_fragments = ["</p>", "<p>", "<br>", "<script>alert(1)</script>", "&amp;", "&lt;", "&#x41;", "]]>", "<!--", "😀", "👍🏽", "𠀀"];
    private static readonly string[] s_uris = ["https://news.example/a", "https://news.example/a?b=1&c=%3C", "urn:uuid:0b7f5e2c-1f55-4c9e-9f2b-3d5d2a1c6e01", "tag:news.example,2025:1", "http://xn--bcher-kva.example/ü"];

    public static Gen<string> Text { get; } = Gen.OneOf(
            Gen.Char[Hard].Select(c => c.ToString()),
            Gen.Char[Letters].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Int[0, s_fragments.Length - 1].Select(i => s_fragments[i]))
        .Array[0, 10]
        .Select(string.Concat);

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (3, Text.Select(t => (string?)t)));

    public static Gen<string?> Uri { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.Int[0, s_uris.Length - 1].Select(i => (string?)s_uris[i])));

    public static Gen<DigitalSourceType?> SourceType { get; } = Gen.Frequency(
        (2, Gen.Const((DigitalSourceType?)null)),
        (2, Gen.Int[0, DigitalSourceType.WellKnown.Count - 1].Select(i => (DigitalSourceType?)DigitalSourceType.WellKnown[i])),
        (1, Gen.Const((DigitalSourceType?)DigitalSourceType.FromUri("https://vocab.example/made-by-hand"))));

    public static Gen<DateTimeOffset?> Date { get; } = Gen.Frequency(
        (1, Gen.Const((DateTimeOffset?)null)),
        (2, Gen.Select(Gen.Long[DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay], Gen.Int[-14 * 60, 14 * 60], Gen.Bool)
            .Select((ticks, minutes, whole) => (DateTimeOffset?)new DateTimeOffset(whole ? ticks - (ticks % TimeSpan.TicksPerSecond) : ticks, TimeSpan.FromMinutes(minutes)))));

    public static Gen<int?> Pixels { get; } = Gen.Frequency((1, Gen.Const((int?)null)), (1, Gen.Int[1, 100_000].Select(i => (int?)i)));

    public static Gen<NewsImage?> Image { get; } = Gen.Frequency(
        (1, Gen.Const((NewsImage?)null)),
        (2,
            from caption in OptionalText
            from ai in Gen.Bool
            from type in SourceType
            from url in Uri
            from width in Pixels
            from height in Pixels
            from alt in OptionalText
            from credit in OptionalText
            from copyright in OptionalText
            select (NewsImage?)new NewsImage(caption, ai) { DigitalSourceType = type, Url = url, Width = width, Height = height, AltText = alt, Credit = credit, CopyrightNotice = copyright }));

    public static Gen<StoryCard> Story { get; } =
        from summary in OptionalText
        from title in OptionalText
        from image in Image
        from ai in Gen.Bool
        from type in SourceType
        from url in Uri
        select new StoryCard { Summary = summary, Title = title, Image = image, AiReported = ai, DigitalSourceType = type, Url = url };

    public static Gen<NewsArticle?> Article { get; } = Gen.Frequency(
        (1, Gen.Const((NewsArticle?)null)),
        (4,
            from headline in OptionalText
            from summary in OptionalText
            from body in Array(Text, 6)
            from image in Image
            from identifier in Uri
            from published in Date
            from modified in Date
            from authors in Array(Gen.Select(Text, Uri, (name, url) => new NewsAuthor(name, url)), 3)
            from keywords in Array(Text, 4)
            from section in OptionalText
            from type in SourceType
            select (NewsArticle?)new NewsArticle
            {
                Headline = headline, Summary = summary, Body = body, Image = image, Identifier = identifier, Published = published, Modified = modified,
                Authors = authors, Keywords = keywords, Section = section, DigitalSourceType = type,
            }));

    public static Gen<NewsPage> Page { get; } =
        from uiLanguage in OptionalText
        from contentLanguage in Gen.OneOf(OptionalText, Gen.Const((string?)"en"), Gen.Const((string?)"yo"))
        from article in Article
        from tag in Gen.Frequency((1, Gen.Const((NewsTag?)null)), (1, Gen.Select(OptionalText, Gen.Bool, (name, follow) => (NewsTag?)new NewsTag { Name = name, HasFollowButton = follow })))
        from reactions in Array(Text.Select(text => new Reaction(text)), 2)
        from related in Array(Story, 4)
        from stories in Array(Story, 4)
        from canonical in Uri
        from publisher in Gen.Frequency((1, Gen.Const((NewsPublisher?)null)), (1, Gen.Select(Text, Uri, Uri, (name, url, logo) => (NewsPublisher?)new NewsPublisher(name, url, logo))))
        from unclassified in Array(Text, 2)
        select new NewsPage
        {
            UiLanguage = uiLanguage, ContentLanguage = contentLanguage, Article = article, Tag = tag, Reactions = reactions, RelatedStories = related,
            Stories = stories, CanonicalUrl = canonical, Publisher = publisher, UnclassifiedText = unclassified,
            Consent = uiLanguage is null ? null : new ConsentNotice { Title = uiLanguage },
        };

    /// <summary>
    /// What of <paramref name="page"/> ninjs carries, as NewsPageNinjs documents it: strings with lone surrogates replaced
    /// by U+FFFD (the JSON encoder's rule); no interface language, reactions, banner, unclassified text or publisher logo;
    /// an article page keeps its related stories and no tag, a tag page its stories and its tag's name; an identifier equal
    /// to the canonical URL is none; body paragraphs as HTML reads them (ASCII white space collapsed and trimmed, empty
    /// ones gone); an image's or card's AI badge and source type as the one source type written says them.
    /// </summary>
    public static NewsPage Carried(NewsPage page)
    {
        var article = page.Article is { } a
            ? new NewsArticle
            {
                Headline = S(a.Headline),
                Summary = S(a.Summary),
                Body = [.. a.Body.Select(p => Collapse(S(p)!)).Where(p => p.Length > 0)],
                Image = CarriedImage(a.Image),
                Identifier = a.Identifier == page.CanonicalUrl ? null : a.Identifier,
                Published = a.Published,
                Modified = a.Modified,
                Authors = [.. a.Authors.Select(x => new NewsAuthor(S(x.Name)!, x.Url))],
                Keywords = [.. a.Keywords.Select(k => S(k)!)],
                Section = S(a.Section),
                DigitalSourceType = a.DigitalSourceType,
            }
            : null;
        return new NewsPage
        {
            ContentLanguage = S(page.ContentLanguage),
            Article = article,
            Tag = article is null && page.Tag?.Name is { } name ? new NewsTag { Name = S(name) } : null,
            RelatedStories = article is null ? [] : [.. page.RelatedStories.Select(CarriedCard)],
            Stories = article is null ? [.. page.Stories.Select(CarriedCard)] : [],
            CanonicalUrl = page.CanonicalUrl,
            Publisher = page.Publisher is { } p ? new NewsPublisher(S(p.Name)!, p.Url) : null,
        };
    }

    private static StoryCard CarriedCard(StoryCard card)
    {
        var (badge, type) = Written(card.SourceType);
        return new StoryCard { Title = S(card.Title), Summary = S(card.Summary), Image = CarriedImage(card.Image), AiReported = badge, DigitalSourceType = type, Url = card.Url };
    }

    private static NewsImage? CarriedImage(NewsImage? image)
    {
        if (image is null)
        {
            return null;
        }

        var (badge, type) = Written(image.SourceType);
        return new NewsImage(S(image.Caption), badge)
        {
            DigitalSourceType = type, Url = image.Url, Width = image.Width, Height = image.Height,
            AltText = S(image.AltText), Credit = S(image.Credit), CopyrightNotice = S(image.CopyrightNotice),
        };
    }

    // One source type is written: IPTC's generative-AI term reads as the badge alone; another term as itself, with the
    // badge where it also means generative AI (a composite with AI).
    private static (bool Badge, DigitalSourceType? Type) Written(DigitalSourceType? type)
    {
        if (type is null)
        {
            return (false, null);
        }

        if (type == DigitalSourceType.TrainedAlgorithmicMedia)
        {
            return (true, null);
        }

        return (type == DigitalSourceType.CompositeWithTrainedAlgorithmicMedia, type);
    }

    private static string? S(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string text)
        => string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static Gen<ImmutableArray<T>> Array<T>(Gen<T> item, int max) => item.Array[0, max].Select(items => ImmutableArray.Create(items));
}
