using System.Collections.Immutable;
using CsCheck;

namespace NewsModel.Tests.Json;

/// <summary>
/// Pages for the JSON tests: every member present or absent (null, empty, many items), any boolean and any consent
/// action kind, and texts made on purpose of what JSON escapes (quotes, backslashes, controls, HTML-sensitive
/// characters, invisible format characters, line separators), letters of many scripts, combining marks and
/// characters outside the BMP. Texts hold no lone surrogate: a page cannot carry one through JSON.
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

    public static Gen<NewsImage?> Image { get; } = Gen.Frequency(
        (1, Gen.Const((NewsImage?)null)),
        (2, Gen.Select(OptionalText, Gen.Bool, (caption, ai) => (NewsImage?)new NewsImage(caption, ai))));

    public static Gen<StoryCard> Story { get; } = Gen.Select(
        OptionalText, OptionalText, Image, Gen.Bool, (summary, title, image, ai) => new StoryCard { Summary = summary, Title = title, Image = image, AiReported = ai });

    public static Gen<NewsTag?> Tag { get; } = Gen.Frequency(
        (2, Gen.Const((NewsTag?)null)),
        (1, Gen.Select(OptionalText, Gen.Bool, (name, follow) => (NewsTag?)new NewsTag { Name = name, HasFollowButton = follow })));

    public static Gen<ConsentAction> Action { get; } = Gen.Select(Gen.Int[0, 2], Text, (kind, label) => new ConsentAction((ConsentActionKind)kind, label));

    public static Gen<NewsPage> Page { get; } =
        from uiLanguage in Gen.OneOf(Gen.Const((string?)null), Gen.Int[0, 3].Select(i => (string?)s_languages[i]), OptionalText)
        from contentLanguage in OptionalText
        from article in Gen.Frequency(
            (1, Gen.Const((NewsArticle?)null)),
            (3, Gen.Select(OptionalText, OptionalText, Array(Text, 6), Image, (headline, summary, body, image) => (NewsArticle?)new NewsArticle { Headline = headline, Summary = summary, Body = body, Image = image })))
        from tag in Tag
        from reactions in Array(Gen.Select(Text, OptionalText, (text, platform) => new Reaction(text) { Platform = platform }), 4)
        from related in Array(Story, 5)
        from stories in Array(Story, 5)
        from consent in Gen.Frequency(
            (1, Gen.Const((ConsentNotice?)null)),
            (2, Gen.Select(Text, OptionalText, Array(Action, 3), (title, message, actions) => (ConsentNotice?)new ConsentNotice { Title = title, Message = message, Actions = actions })))
        from unclassified in Array(Text, 3)
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
        };

    private static Gen<ImmutableArray<T>> Array<T>(Gen<T> item, int max) => item.Array[0, max].Select(items => ImmutableArray.Create(items));
}
