using System.Globalization;
using NewsModel.Localization;

namespace NewsModel.Tools.MakeCorpus;

/// <summary>The pages: page i depends only on the seed and i, so any page can be made alone, in any order.</summary>
internal sealed class Corpus(int seed)
{
    private static readonly string[] s_words =
    [
        "the", "city", "council", "approved", "a", "new", "plan", "for", "river", "transport", "after", "months", "of", "debate",
        "residents", "said", "prices", "rose", "sharply", "this", "year", "while", "officials", "promised", "relief", "schools",
        "energy", "farmers", "election", "minister", "report", "coast", "storm", "festival", "museum", "league", "final", "market",
        "ìròyìn", "ọjà", "ẹgbẹ́", "président", "élu", "sécurité", "migración", "acuerdo", "Straße", "über", "città", "governo",
        "президент", "встреча", "новости", "выборы", "总统", "会谈", "安全", "新闻", "대통령", "협력", "ፕሬዚዳንት", "ዜና", "habari", "serikali",
    ];

    private static readonly string[] s_platforms = ["X", "Reddit", "Facebook", "TikTok", "Bluesky", "Telegram", "YouTube"];

    private static readonly string[] s_languages = [.. LabelCatalog.Default.Languages];

    public static string FileName(int index, string language)
        => string.Create(CultureInfo.InvariantCulture, $"{index / 1000:D5}/{index:D5}-{language}.txt");

    public (NewsPage Page, string Language) Page(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
        var language = s_languages[index % s_languages.Length];
        var labels = LabelCatalog.Default.Find(language)!;
        var consent = random.Next(3) == 0 ? null : new ConsentNotice
        {
            Title = labels[LabelKey.CookieTitle]!,
            Message = labels[LabelKey.CookieMessage],
            Actions = [new ConsentAction(ConsentActionKind.Decline, labels[LabelKey.CookieDecline]!), new ConsentAction(ConsentActionKind.Accept, labels[LabelKey.CookieAccept]!)],
        };
        if (random.Next(5) == 0)
        {
            // A tag page: story cards only, at least one AI-reported.
            return (new NewsPage
            {
                UiLanguage = language,
                Stories = [.. Enumerable.Range(0, random.Next(2, 9)).Select(i => Card(random, aiReported: i == 0 || random.Next(2) == 0))],
                Consent = consent,
            }, language);
        }

        var reactions = random.Next(3) == 0 ? [] : Enumerable.Range(0, random.Next(1, 4)).Select(_ => Reaction(random)).ToList();
        return (new NewsPage
        {
            UiLanguage = language,
            Article = new NewsArticle
            {
                Image = random.Next(2) == 0 ? new NewsImage(Sentence(random, 6), aiGenerated: true) : null,
                Headline = Title(random),
                Summary = Sentence(random, 25),
                Body = [.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => Sentence(random, 60))],
            },
            Reactions = [.. reactions],
            RelatedStories = [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => Card(random, aiReported: random.Next(2) == 0))],
            Consent = consent,
        }, language);
    }

    private static Reaction Reaction(Random random)
    {
        var text = "On " + s_platforms[random.Next(s_platforms.Length)] + ", " + Sentence(random, 20);
        return new Reaction(text) { Platform = SocialPlatforms.Detect(text) };
    }

    private static StoryCard Card(Random random, bool aiReported) => new()
    {
        Title = random.Next(3) == 0 ? null : Title(random),
        Summary = Sentence(random, 20),
        Image = random.Next(3) == 0 ? new NewsImage(Sentence(random, 5), aiGenerated: true) : null,
        AiReported = aiReported,
    };

    // A title ends without a sentence mark (the layout reads a block as a title only then).
    private static string Title(Random random)
    {
        var sentence = Sentence(random, 8);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..^1];
    }

    private static string Sentence(Random random, int averageWords)
    {
        var words = Enumerable.Range(0, Math.Max(3, averageWords / 2 + random.Next(averageWords))).Select(_ => s_words[random.Next(s_words.Length)]);
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
