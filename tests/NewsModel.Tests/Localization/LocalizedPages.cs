using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

/// <summary>Pages whose interface is in a given language, for the tests of the catalog and of the localization package.</summary>
internal static class LocalizedPages
{
    /// <summary>An article page with every section, its labels and cookie banner in <paramref name="language"/>.</summary>
    public static NewsPage Article(string language)
    {
        var catalog = LabelCatalog.Default;
        return new NewsPage
        {
            UiLanguage = language,
            Article = new NewsArticle
            {
                Image = new NewsImage("Delegates gather in the main hall before the vote", aiGenerated: true),
                Headline = "Regional leaders agree on a shared water plan",
                Summary = "The agreement sets out how the three countries will share the river during dry years.",
                Body =
                [
                    "Negotiators met for four days before reaching the text that was signed on Friday afternoon.",
                    "The plan creates a joint commission that will publish river levels every week.",
                ],
            },
            RelatedStories =
            [
                new StoryCard { Title = "Farmers react to the water plan", Summary = "Farmers downstream welcomed the news but asked for details on the timetable.", Image = new NewsImage("Fields along the river", aiGenerated: true), AiReported = true },
                new StoryCard { Summary = "Engineers will survey the dams before the commission's first meeting." },
            ],
            Consent = new ConsentNotice
            {
                Title = catalog.GetLabel(language, LabelKey.CookieTitle)!,
                Message = catalog.GetLabel(language, LabelKey.CookieMessage),
                Actions =
                [
                    new ConsentAction(ConsentActionKind.Decline, catalog.GetLabel(language, LabelKey.CookieDecline)!),
                    new ConsentAction(ConsentActionKind.Accept, catalog.GetLabel(language, LabelKey.CookieAccept)!),
                ],
            },
        };
    }
}
