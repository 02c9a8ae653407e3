using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>The pages of the ninjs tests: the reference page as the page-text parser reads it, and a page with every piece of publishing metadata.</summary>
internal static class NinjsTestPages
{
    /// <summary>The reference page of ../shared, parsed (skips the calling test when ../shared is absent).</summary>
    public static NewsPage Reference() => NewsPageText.Parse(Repository.ReadReferencePage());

    /// <summary>The reference page with publishing metadata as a site would add it, English content, a dated, credited hero image.</summary>
    public static NewsPage ReferenceWithMetadata()
    {
        var page = Reference();
        var article = page.Article!;
        return page with
        {
            ContentLanguage = "en",
            CanonicalUrl = "https://news.example/en/world/chile-election",
            Publisher = new NewsPublisher("Example News", "https://news.example/", "https://news.example/logo.png"),
            Article = article with
            {
                Identifier = "urn:uuid:0b7f5e2c-1f55-4c9e-9f2b-3d5d2a1c6e01",
                Published = new DateTimeOffset(2025, 12, 14, 21, 5, 0, TimeSpan.Zero),
                Modified = new DateTimeOffset(2025, 12, 15, 8, 30, 15, TimeSpan.FromHours(-3)),
                Authors = [new NewsAuthor("Ada Okafor", "https://news.example/authors/ada-okafor"), new NewsAuthor("Newsroom")],
                Keywords = ["Chile", "elections"],
                Section = "World",
                DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia,
                Image = article.Image! with { Url = "https://news.example/img/hero.jpg", Width = 1200, Height = 675, AltText = "A ballot box", Credit = "Example News", CopyrightNotice = "© 2025 Example News" },
            },
            RelatedStories = [.. page.RelatedStories.Select((card, i) => card with { Url = $"https://news.example/en/story/{i + 1}" })],
        };
    }
}
