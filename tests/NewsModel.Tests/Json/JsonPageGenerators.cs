using System.Collections.Immutable;
using CsCheck;

namespace NewsModel.Tests.Json;

/// <summary>
/// Pages for the JSON tests: every member present or absent (null, empty, many items), any boolean and any consent
/// action kind, and texts made on purpose of what JSON escapes (quotes, backslashes, controls, HTML-sensitive
/// characters, invisible format characters, line separators), letters of many scripts, combining marks and
/// characters outside the BMP. Texts hold no lone surrogate: a page cannot carry one through JSON. Publishing metadata
/// (schema version 2) is set on about half the parts, with hard values on purpose: offsets of ±14:00 and every quarter
/// hour, dates at the first and last instants a <see cref="DateTimeOffset"/> holds (year 1 and 9999) and whole seconds
/// (no fraction written), URIs with non-ASCII letters, percent escapes and characters JSON escapes, digital source types of
/// IPTC and of other vocabularies, sizes of 1 and <see cref="int.MaxValue"/>.
/// </summary>
internal static class JsonPageGenerators
{
    private const string Hard = "\"\\'<>&+`/\n\r\t\b\f\u0000\u0001\u001F\u007F\u0080\u009F\u00A0\u00AD\u061C\u200B\u200D\u200E\u2028\u2029\u2060\u3000\uFEFF\uFFFD\uFFFF";
    private const string Letters = "aZ09 .,ẸẹỌọ́̀̂Жжёשלוםمرحباनमस्ते中文日本語한국어ÀÉñßøáŁ";
    private static readonly string[] s_languages = ["yo", "en", "pt-BR", "zh-Hans"];
    private static readonly string[] s_pairs = ["😀", "𝒳", "👍🏽", "🇳🇬", "𠀀"];

    public static Gen<string> Text { get; } = Gen.OneOf(
            Gen.Char[Hard].Select(c => c.ToString()),
            Gen.Char[Letters].Select(c => c.ToString()),
            Gen.Char['a', 'z'].Select(c => c.ToString()),
            Gen.Int[0, s_pairs.Length - 1].Select(i => s_pairs[i]))
        .Array[0, 12]
        .Select(string.Concat);

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (3, Text.Select(t => (string?)t)));

    private static readonly string[] s_uris =
    [
        "https://example.org/news/2026/03/kast-meets-bukele",
        "https://example.org/a?b=c&d=%C3%A9&e=%2F#frag",
        "https://例え.jp/ニュース/記事?q=ẹ̀",
        "https://news.example/Ẹ-kú-àárọ̀/%E1%BA%B8",
        "http://[2001:db8::1]:8080/path",
        "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
        "tag:example.org,2026:news/1",
        "https://example.org/quote\"and<angle>&amp;+`",
        "mailto:desk@example.org",
        "https://example.org/" + new string('x', 300),
    ];

    private static readonly string s_uriCharacters = "abcXYZ019-._~%/?#[]@!$&'()*+,;=ẸẹЖ中 \"<>\\`";

    /// <summary>Absolute URIs: a hard list, and paths of awkward characters after a scheme and host (kept when the model takes them).</summary>
    public static Gen<string> Uri { get; } = Gen.OneOf(
        Gen.Int[0, s_uris.Length - 1].Select(i => s_uris[i]),
        Gen.Char[s_uriCharacters].Array[0, 16]
            .Select(chars => "https://example.org/" + new string(chars))
            // .NET's own judgement, not the library's rule (which adds only that the scheme is written, as it is here).
            .Where(candidate => System.Uri.TryCreate(candidate, UriKind.Absolute, out _)));

    public static Gen<string?> OptionalUri { get; } = Gen.Frequency((1, Gen.Const((string?)null)), (1, Uri.Select(u => (string?)u)));

    /// <summary>Offsets in whole minutes from -14:00 to +14:00, the ends and quarter hours often.</summary>
    public static Gen<TimeSpan> Offset { get; } = Gen.OneOf(
        Gen.OneOf(Gen.Const(14 * 60), Gen.Const(-14 * 60), Gen.Const(0), Gen.Int[-56, 56].Select(q => q * 15)),
        Gen.Int[-14 * 60, 14 * 60]).Select(minutes => TimeSpan.FromMinutes(minutes));

    /// <summary>Any instant a <see cref="DateTimeOffset"/> can hold with its offset, the first and last ones and whole seconds often.</summary>
    public static Gen<DateTimeOffset> Date { get; } =
        from offset in Offset
        from position in Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double[0, 1])
        from whole in Gen.Bool
        select MakeDate(offset, position, whole);

    public static Gen<DateTimeOffset?> OptionalDate { get; } = Gen.Frequency((1, Gen.Const((DateTimeOffset?)null)), (2, Date.Select(d => (DateTimeOffset?)d)));

    /// <summary>Source types: IPTC's terms, and URIs of other vocabularies kept as they are.</summary>
    public static Gen<DigitalSourceType?> SourceType { get; } = Gen.Frequency(
        (2, Gen.Const((DigitalSourceType?)null)),
        (2, Gen.Int[0, DigitalSourceType.WellKnown.Count - 1].Select(i => (DigitalSourceType?)DigitalSourceType.WellKnown[i])),
        (1, Uri.Select(u => (DigitalSourceType?)DigitalSourceType.FromUri(u))),
        (1, Gen.OneOf(
            Gen.Const((DigitalSourceType?)DigitalSourceType.FromTerm("aNewTerm2031")),
            Gen.Const((DigitalSourceType?)DigitalSourceType.FromUri("https://vocab.example/source/synthetic-voice")))));

    public static Gen<int?> Size { get; } = Gen.Frequency(
        (2, Gen.Const((int?)null)),
        (1, Gen.OneOf(Gen.Const(1), Gen.Const(int.MaxValue), Gen.Int[1, 10_000]).Select(n => (int?)n)));

    public static Gen<NewsAuthor> Author { get; } = Gen.Select(Text, OptionalUri, (name, url) => new NewsAuthor(name, url));

    public static Gen<NewsPublisher?> Publisher { get; } = Gen.Frequency(
        (2, Gen.Const((NewsPublisher?)null)),
        (1, Gen.Select(Text, OptionalUri, OptionalUri, (name, url, logo) => (NewsPublisher?)new NewsPublisher(name, url, logo))));

    /// <summary>An image: no metadata half the time (what page text shows), else any of it.</summary>
    public static Gen<NewsImage?> Image { get; } = Gen.Frequency(
        (2, Gen.Const((NewsImage?)null)),
        (2, Gen.Select(OptionalText, Gen.Bool, (caption, ai) => (NewsImage?)new NewsImage(caption, ai))),
        (2,
            from caption in OptionalText
            from ai in Gen.Bool
            from type in SourceType
            from url in OptionalUri
            from width in Size
            from height in Size
            from alt in OptionalText
            from credit in OptionalText
            from copyright in OptionalText
            select (NewsImage?)new NewsImage(caption, ai)
            {
                DigitalSourceType = type,
                Url = url,
                Width = width,
                Height = height,
                AltText = alt,
                Credit = credit,
                CopyrightNotice = copyright,
            }));

    public static Gen<StoryCard> Story { get; } =
        from summary in OptionalText
        from title in OptionalText
        from image in Image
        from ai in Gen.Bool
        from metadata in Gen.Bool
        from type in SourceType
        from url in OptionalUri
        select new StoryCard { Summary = summary, Title = title, Image = image, AiReported = ai, DigitalSourceType = metadata ? type : null, Url = metadata ? url : null };

    public static Gen<NewsArticle> Article { get; } =
        from headline in OptionalText
        from summary in OptionalText
        from body in Array(Text, 6)
        from image in Image
        from metadata in Gen.Bool
        from identifier in OptionalUri
        from published in OptionalDate
        from modified in OptionalDate
        from authors in Array(Author, 3)
        from keywords in Array(Text, 4)
        from section in OptionalText
        from type in SourceType
        select metadata
            ? new NewsArticle
            {
                Headline = headline,
                Summary = summary,
                Body = body,
                Image = image,
                Identifier = identifier,
                Published = published,
                Modified = modified,
                Authors = authors,
                Keywords = keywords,
                Section = section,
                DigitalSourceType = type,
            }
            : new NewsArticle { Headline = headline, Summary = summary, Body = body, Image = image };

    public static Gen<NewsTag?> Tag { get; } = Gen.Frequency(
        (2, Gen.Const((NewsTag?)null)),
        (1, Gen.Select(OptionalText, Gen.Bool, (name, follow) => (NewsTag?)new NewsTag { Name = name, HasFollowButton = follow })));

    public static Gen<ConsentAction> Action { get; } = Gen.Select(Gen.Int[0, 2], Text, (kind, label) => new ConsentAction((ConsentActionKind)kind, label));

    public static Gen<NewsPage> Page { get; } =
        from uiLanguage in Gen.OneOf(Gen.Const((string?)null), Gen.Int[0, 3].Select(i => (string?)s_languages[i]), OptionalText)
        from contentLanguage in OptionalText
        from article in Gen.Frequency(
            (1, Gen.Const((NewsArticle?)null)),
            (3, Article.Select(a => (NewsArticle?)a)))
        from tag in Tag
        from reactions in Array(Gen.Select(Text, OptionalText, (text, platform) => new Reaction(text) { Platform = platform }), 4)
        from related in Array(Story, 5)
        from stories in Array(Story, 5)
        from consent in Gen.Frequency(
            (1, Gen.Const((ConsentNotice?)null)),
            (2, Gen.Select(Text, OptionalText, Array(Action, 3), (title, message, actions) => (ConsentNotice?)new ConsentNotice { Title = title, Message = message, Actions = actions })))
        from unclassified in Array(Text, 3)
        from canonicalUrl in OptionalUri
        from publisher in Publisher
        select new NewsPage
        {
            UiLanguage = uiLanguage,
            ContentLanguage = contentLanguage,
            Article = article,
            Tag = tag,
            Reactions = reactions,
            RelatedStories = related,
            Stories = stories,
            Consent = consent,
            UnclassifiedText = unclassified,
            CanonicalUrl = canonicalUrl,
            Publisher = publisher,
        };

    // The instant at position (0 to 1) of the range the offset allows: local clock time and UTC time both within year 1 to 9999.
    private static DateTimeOffset MakeDate(TimeSpan offset, double position, bool wholeSeconds)
    {
        var low = Math.Max(0, offset.Ticks);
        var high = Math.Min(DateTime.MaxValue.Ticks, DateTime.MaxValue.Ticks + offset.Ticks);
        var ticks = position >= 1 ? high : low + (long)((high - low) * position);
        if (wholeSeconds)
        {
            ticks -= ticks % TimeSpan.TicksPerSecond;
            ticks = Math.Max(ticks, low);
        }

        return new DateTimeOffset(ticks, offset);
    }

    private static Gen<ImmutableArray<T>> Array<T>(Gen<T> item, int max) => item.Array[0, max].Select(items => ImmutableArray.Create(items));
}
