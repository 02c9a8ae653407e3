namespace NewsModel.Tests.Json;

/// <summary>Hand-built pages that together use every member of the model.</summary>
internal static class JsonTestPages
{
    /// <summary>The page of the golden file <c>article-page.json</c>.</summary>
    public static NewsPage GoldenArticlePage { get; } = new()
    {
        UiLanguage = "yo",
        ContentLanguage = "en",
        Article = new NewsArticle
        {
            Headline = "Kast meets Bukele",
            Summary = "A short lead <with> & marks.",
            Body = ["First paragraph.", "Второй абзац по-русски."],
            Image = new NewsImage("Two presidents shake hands", aiGenerated: true),
        },
        Reactions = [new Reaction("People on X praised the visit.") { Platform = SocialPlatforms.X }, new Reaction("Others were unsure.")],
        RelatedStories =
        [
            new StoryCard { Title = "Kast arrives in Peru", Summary = "The trip continues.", Image = new NewsImage("A plane lands", aiGenerated: false), AiReported = true },
            new StoryCard { Summary = "A card with a summary only." },
        ],
        Consent = new ConsentNotice
        {
            Title = "Ojú-ìwé yìí nlo kuki",
            Message = "A ń lo kuki.",
            Actions = [new ConsentAction(ConsentActionKind.Decline, "Kọ"), new ConsentAction(ConsentActionKind.Accept, "Gbà")],
        },
        UnclassifiedText = ["A stray block."],
    };

    /// <summary>The page of the golden file <c>tag-page.json</c>.</summary>
    public static NewsPage GoldenTagPage { get; } = new()
    {
        UiLanguage = "ru",
        Tag = new NewsTag { Name = "Чили", HasFollowButton = true },
        Stories =
        [
            new StoryCard { Title = "Новости дня", Summary = "Краткое содержание.", AiReported = true },
            new StoryCard { Summary = "Second card.", Image = new NewsImage("A city at night", aiGenerated: true) },
            new StoryCard { Summary = "Third card.", Image = new NewsImage(caption: null, aiGenerated: true), AiReported = true },
        ],
    };

    public static IReadOnlyDictionary<string, NewsPage> ByName { get; } = new Dictionary<string, NewsPage>
    {
        ["empty"] = new NewsPage(),
        ["golden article page"] = GoldenArticlePage,
        ["golden tag page"] = GoldenTagPage,
        ["article with every member null"] = new NewsPage { Article = new NewsArticle() },
        ["body-only article"] = new NewsPage { Article = new NewsArticle { Summary = "Lead.", Body = ["One.", "Two."] } },
        ["tag page with consent"] = new NewsPage
        {
            UiLanguage = "en",
            ContentLanguage = "en-GB",
            Stories = [new StoryCard { Title = "Cut off before the summary" }, new StoryCard { Summary = "Only a summary.", AiReported = true }],
            Consent = new ConsentNotice { Title = "This page uses cookies", Actions = [new ConsentAction(ConsentActionKind.Other, "Settings")] },
        },
        ["consent without message or buttons"] = new NewsPage { Consent = new ConsentNotice { Title = "Cookies" } },
        ["unclassified text only"] = new NewsPage { UnclassifiedText = ["one", "two", ""] },
        ["awkward characters"] = new NewsPage
        {
            Article = new NewsArticle
            {
                Headline = "Quotes \" and \\ backslash, <script>alert('x')</script> & + `",
                Summary = "Tab\tnew line\ncontrol \u0001 NBSP\u00A0 line separator \u2028 emoji 😀 RTL שלום",
                Body = ["Ẹ kú àárọ̀ (NFC)", "E\u0323 ku\u0301 a\u0300a\u0301ro\u0323\u0300 (NFD)", "Ёлка"],
            },
            Reactions = [new Reaction("On Reddit, 50% said \"yes\".") { Platform = SocialPlatforms.Reddit }],
        },
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in ByName.Keys)
        {
            data.Add(name);
        }

        return data;
    }
}
