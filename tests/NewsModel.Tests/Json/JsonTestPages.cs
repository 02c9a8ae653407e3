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

    /// <summary>The page of the golden file <c>metadata-page.json</c>: every member of publishing metadata set (schema version 2).</summary>
    public static NewsPage GoldenMetadataPage { get; } = GoldenArticlePage with
    {
        CanonicalUrl = "https://news.example/yo/2026/03/kast-bukele?ref=%C3%A9",
        Publisher = new NewsPublisher("Ìròyìn AI", "https://news.example/", "https://news.example/logo.png"),
        Article = GoldenArticlePage.Article! with
        {
            Image = new NewsImage("Two presidents shake hands", aiGenerated: true)
            {
                DigitalSourceType = DigitalSourceType.CompositeWithTrainedAlgorithmicMedia,
                Url = "https://cdn.news.example/img/ẹ̀-kast.jpg",
                Width = 1200,
                Height = 675,
                AltText = "Two men shake hands before flags",
                Credit = "Ìròyìn AI / image model",
                CopyrightNotice = "© 2026 Ìròyìn AI",
            },
            Identifier = "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
            Published = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(14)),
            Modified = new DateTimeOffset(2026, 3, 1, 9, 15, 30, 123, TimeSpan.FromMinutes(-570)).AddTicks(4567),
            Authors = [new NewsAuthor("Adé Bánkọ́lé", "https://news.example/authors/ade"), new NewsAuthor("Newsroom")],
            Keywords = ["Chile", "El Salvador", "diplomacy"],
            Section = "World",
            DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia,
        },
        RelatedStories =
        [
            GoldenArticlePage.RelatedStories[0] with { Url = "https://news.example/yo/kast-peru", DigitalSourceType = DigitalSourceType.HumanEdits },
            GoldenArticlePage.RelatedStories[1] with { DigitalSourceType = DigitalSourceType.FromUri("https://vocab.example/source/synthetic-voice") },
        ],
    };

    public static IReadOnlyDictionary<string, NewsPage> ByName { get; } = new Dictionary<string, NewsPage>
    {
        ["empty"] = new NewsPage(),
        ["golden article page"] = GoldenArticlePage,
        ["golden tag page"] = GoldenTagPage,
        ["golden metadata page"] = GoldenMetadataPage,
        ["metadata at the limits"] = new NewsPage
        {
            Article = new NewsArticle
            {
                Published = new DateTimeOffset(1, 1, 1, 14, 0, 0, TimeSpan.FromHours(14)),
                Modified = new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.FromHours(14)),
                Image = new NewsImage(caption: null, aiGenerated: false) { Width = 1, Height = int.MaxValue },
            },
        },
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
