using System.Collections.Immutable;
using CsCheck;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>
/// Pages for the JSON-LD tests, publishing metadata included: every member present or absent, empty strings, texts made
/// on purpose of what HTML and JSON treat specially (<c>&lt;/script</c> in any case, <c>&lt;!--</c>, quotes, controls, line
/// separators), letters of many scripts and characters outside the BMP, multi-line and multi-paragraph bodies, dates with
/// any offset, every digital source type (IPTC terms with and without a schema.org member, another vocabulary's URI).
/// Texts hold no lone surrogate (<see cref="LoneSurrogateText"/> has them, for the tests that want them).
/// </summary>
internal static class JsonLdPageGenerators
{
    private const string Hard = "\"\\'<>&+`/\t\b\f\u0000\u0001\u001F\u007F\u0080\u009F\u00A0\u00AD\u061C\u200B\u200D\u200E\u2028\u2029\u2060\u3000\uFEFF\uFFFD\uFFFF";
    private const string Letters = "aZ09 .,ẸẹỌọ́̀̂Жжёשלוםمرحباनमस्ते中文日本語한국어ÀÉñßøáŁ";
    private static readonly string[] s_pairs = ["😀", "𝒳", "👍🏽", "🇳🇬", "𠀀"];
    private static readonly string[] s_hostile = ["</script", "<!--", "-->", "<script>", "]]>", "</", "<", "\u2028", "\u2029", "&lt;", "\\u003C"];
    private static readonly string[] s_lineEnds = ["\n", "\r\n", "\r"];

    private static readonly string[] s_urls =
    [
        "https://news.example/world/kast-invites-bukele",
        "https://news.example/a?b=1&c=%3Cscript%3E",
        "https://news.example/</script><!--",
        "http://例え.example/記事/1",
        "urn:uuid:4f3e2c1a-7b6d-4e5f-9a8b-0c1d2e3f4a5b",
        "tag:news.example,2025:article-1",
        "https://cdn.news.example/img/1200x630.jpg",
    ];

    /// <summary>The case variants of <c>script</c>, generated: a writer that escapes only <c>&lt;/script</c> fails on them.</summary>
    public static Gen<string> ScriptTag { get; } =
        Gen.Bool.Array[6].Select(upper => new string("script".Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c).ToArray()))
            .SelectMany(word => Gen.OneOf(Gen.Const("</" + word), Gen.Const("<" + word), Gen.Const("</" + word + ">"), Gen.Const("< /" + word)));

    /// <summary>A line of text: no line end.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
            Gen.Char[Hard].Select(c => c.ToString()),
            Gen.Char[Letters].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Int[0, s_pairs.Length - 1].Select(i => s_pairs[i]),
            Gen.Int[0, s_hostile.Length - 1].Select(i => s_hostile[i]),
            ScriptTag)
        .Array[0, 10]
        .Select(string.Concat);

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.Const((string?)string.Empty)), (4, Text.Select(t => (string?)t)));

    /// <summary>A body paragraph JSON-LD carries: one or more lines, each holding a character that is not white space.</summary>
    public static Gen<string> Paragraph { get; } =
        from lines in Text.Where(line => !line.AsSpan().IsWhiteSpace()).Array[1, 3]
        from ends in Gen.Int[0, 2].Array[lines.Length]
        select string.Concat(lines.Select((line, i) => i == 0 ? line : s_lineEnds[ends[i]] + line));

    public static Gen<string> Url { get; } = Gen.OneOf(
        Gen.Int[0, s_urls.Length - 1].Select(i => s_urls[i]),
        Gen.Char['a', 'z'].Array[0, 8].Select(chars => "https://news.example/" + new string(chars)));

    public static Gen<string?> OptionalUrl { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (2, Url.Select(u => (string?)u)));

    public static Gen<DigitalSourceType> SourceType { get; } = Gen.OneOf(
        Gen.Int[0, DigitalSourceType.WellKnown.Count - 1].Select(i => DigitalSourceType.WellKnown[i]),
        Gen.Const(DigitalSourceType.FromTerm("computationalCapture")),
        Gen.Const(DigitalSourceType.FromUri("https://vocab.example/source/handDrawn")));

    public static Gen<DigitalSourceType?> OptionalSourceType { get; } = Gen.Frequency((2, Gen.Const((DigitalSourceType?)null)), (3, SourceType.Select(t => (DigitalSourceType?)t)));

    public static Gen<DateTimeOffset?> Date { get; } = Gen.Frequency(
        (1, Gen.Const((DateTimeOffset?)null)),
        (3, Gen.Select(Gen.Long[new DateTime(1990, 1, 1).Ticks, new DateTime(2090, 1, 1).Ticks], Gen.Int[-14 * 60, 14 * 60], Gen.Bool, (ticks, minutes, whole) =>
            (DateTimeOffset?)new DateTimeOffset(whole ? ticks - (ticks % TimeSpan.TicksPerSecond) : ticks, TimeSpan.FromMinutes(minutes)))));

    public static Gen<int?> Pixels { get; } = Gen.Frequency((1, Gen.Const((int?)null)), (2, Gen.Int[1, 20000].Select(i => (int?)i)));

    public static Gen<NewsImage?> Image { get; } = Gen.Frequency(
        (1, Gen.Const((NewsImage?)null)),
        (3, from caption in OptionalText
            from ai in Gen.Bool
            from type in OptionalSourceType
            from url in OptionalUrl
            from width in Pixels
            from height in Pixels
            from alt in OptionalText
            from credit in OptionalText
            from copyright in OptionalText
            select (NewsImage?)new NewsImage
            {
                Caption = caption, AiGenerated = ai, DigitalSourceType = type, Url = url, Width = width, Height = height,
                AltText = alt, Credit = credit, CopyrightNotice = copyright,
            }));

    public static Gen<StoryCard> Story { get; } =
        from summary in OptionalText
        from title in OptionalText
        from image in Image
        from ai in Gen.Bool
        from type in OptionalSourceType
        from url in OptionalUrl
        select new StoryCard { Summary = summary, Title = title, Image = image, AiReported = ai, DigitalSourceType = type, Url = url };

    public static Gen<NewsArticle?> Article { get; } = Gen.Frequency(
        (1, Gen.Const((NewsArticle?)null)),
        (3, from headline in OptionalText
            from summary in OptionalText
            from body in Array(Paragraph, 5)
            from image in Image
            from identifier in OptionalUrl
            from published in Date
            from modified in Date
            from authors in Array(Gen.Select(Text, OptionalUrl, (name, url) => new NewsAuthor(name, url)), 3)
            from keywords in Array(Text, 4)
            from section in OptionalText
            from type in OptionalSourceType
            select (NewsArticle?)new NewsArticle
            {
                Headline = headline, Summary = summary, Body = body, Image = image, Identifier = identifier, Published = published,
                Modified = modified, Authors = authors, Keywords = keywords, Section = section, DigitalSourceType = type,
            }));

    public static Gen<NewsPublisher?> Publisher { get; } = Gen.Frequency(
        (1, Gen.Const((NewsPublisher?)null)),
        (2, Gen.Select(Text, OptionalUrl, OptionalUrl, (name, url, logo) => (NewsPublisher?)new NewsPublisher(name, url, logo))));

    public static Gen<NewsPage> Page { get; } =
        from uiLanguage in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"yo"), Gen.Const((string?)"en"))
        from contentLanguage in Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"en"), Gen.Const((string?)"pt-BR"), OptionalText)
        from article in Article
        from tag in Gen.Frequency((1, Gen.Const((NewsTag?)null)), (2, Gen.Select(OptionalText, Gen.Bool, (name, follow) => (NewsTag?)new NewsTag { Name = name, HasFollowButton = follow })))
        from reactions in Array(Text.Select(text => new Reaction(text)), 2)
        from related in Array(Story, 4)
        from stories in Array(Story, 4)
        from consent in Gen.Frequency((1, Gen.Const((ConsentNotice?)null)), (1, Text.Select(title => (ConsentNotice?)new ConsentNotice { Title = title })))
        from unclassified in Array(Text, 2)
        from canonical in OptionalUrl
        from publisher in Publisher
        select new NewsPage
        {
            UiLanguage = uiLanguage, ContentLanguage = contentLanguage, Article = article, Tag = tag, Reactions = reactions,
            RelatedStories = related, Stories = stories, Consent = consent, UnclassifiedText = unclassified,
            CanonicalUrl = canonical, Publisher = publisher,
        };

    /// <summary>Text with lone surrogates among other characters.</summary>
    public static Gen<string> LoneSurrogateText { get; } = Gen.OneOf(
            Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Int[0, s_pairs.Length - 1].Select(i => s_pairs[i]))
        .Array[1, 8]
        .Select(string.Concat);

    /// <summary>
    /// What JSON-LD carries of a page, so what a round trip gives back: no interface language, consent banner, reactions
    /// or unclassified text; a tag by its name only; a page's related stories when it has an article, its story cards when
    /// not; an image's and a card's AI badge as their source type (it reads back as whether that type is generative AI).
    /// </summary>
    public static NewsPage Carried(NewsPage page) => new()
    {
        ContentLanguage = page.ContentLanguage,
        CanonicalUrl = page.CanonicalUrl,
        Publisher = page.Publisher,
        Article = page.Article is { } article ? article with { Image = Carried(article.Image) } : null,
        RelatedStories = page.Article is null ? [] : [.. page.RelatedStories.Select(Carried)],
        Stories = page.Article is null ? [.. page.Stories.Select(Carried)] : [],
        Tag = page.Article is null && page.Tag?.Name is { } name ? new NewsTag { Name = name } : null,
    };

    private static StoryCard Carried(StoryCard card)
    {
        var type = card.SourceType;
        var ai = type?.IsGenerativeAi ?? false;
        return card with { Image = Carried(card.Image), AiReported = ai, DigitalSourceType = type == DigitalSourceType.FromBadge(ai) ? null : type };
    }

    private static NewsImage? Carried(NewsImage? image)
    {
        if (image is null)
        {
            return null;
        }

        var type = image.SourceType;
        var ai = type?.IsGenerativeAi ?? false;
        return image with { AiGenerated = ai, DigitalSourceType = type == DigitalSourceType.FromBadge(ai) ? null : type };
    }

    private static Gen<ImmutableArray<T>> Array<T>(Gen<T> item, int max) => item.Array[0, max].Select(items => ImmutableArray.Create(items));
}
