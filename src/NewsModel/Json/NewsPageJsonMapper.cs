using System.Collections.Immutable;

namespace NewsModel.Json;

/// <summary>Converts between the model and the JSON schema types: the one mapping between the two.</summary>
internal static class NewsPageJsonMapper
{
    public static JsonPage ToJson(NewsPage page) => new()
    {
        SchemaVersion = NewsPageJson.SchemaVersion,
        UiLanguage = page.UiLanguage,
        ContentLanguage = page.ContentLanguage,
        Article = page.Article is { } article ? ToJson(article) : null,
        Tag = page.Tag is { } tag ? new JsonTag { Name = tag.Name, FollowButton = tag.HasFollowButton } : null,
        Reactions = ImmutableArray.CreateRange(page.Reactions, static r => new JsonReaction { Text = r.Text, Platform = r.Platform }),
        RelatedStories = ImmutableArray.CreateRange(page.RelatedStories, ToJson),
        Stories = ImmutableArray.CreateRange(page.Stories, ToJson),
        Consent = page.Consent is { } consent ? ToJson(consent) : null,
        UnclassifiedText = page.UnclassifiedText.IsEmpty ? default : page.UnclassifiedText,
    };

    public static NewsPage ToModel(JsonPage json) => new()
    {
        UiLanguage = json.UiLanguage,
        ContentLanguage = json.ContentLanguage,
        Article = json.Article is { } article ? ToModel(article) : null,
        Tag = json.Tag is { } tag ? new NewsTag { Name = tag.Name, HasFollowButton = tag.FollowButton } : null,
        Reactions = ImmutableArray.CreateRange(json.Reactions, static r => new Reaction(r.Text) { Platform = r.Platform }),
        RelatedStories = ImmutableArray.CreateRange(json.RelatedStories, ToModel),
        Stories = ImmutableArray.CreateRange(json.Stories, ToModel),
        Consent = json.Consent is { } consent ? ToModel(consent) : null,
        UnclassifiedText = json.UnclassifiedText,
    };

    private static JsonArticle ToJson(NewsArticle article) => new()
    {
        Headline = article.Headline,
        Summary = article.Summary,
        Body = article.Body,
        Image = ToJson(article.Image),
    };

    private static NewsArticle ToModel(JsonArticle article) => new()
    {
        Headline = article.Headline,
        Summary = article.Summary,
        Body = article.Body,
        Image = ToModel(article.Image),
    };

    private static JsonImage? ToJson(NewsImage? image)
        => image is null ? null : new JsonImage { Caption = image.Caption, AiGenerated = image.AiGenerated };

    private static NewsImage? ToModel(JsonImage? image)
        => image is null ? null : new NewsImage(image.Caption, image.AiGenerated);

    private static JsonStory ToJson(StoryCard story) => new()
    {
        Title = story.Title,
        Summary = story.Summary,
        Image = ToJson(story.Image),
        AiReported = story.AiReported,
    };

    private static StoryCard ToModel(JsonStory story) => new()
    {
        Summary = story.Summary,
        Title = story.Title,
        Image = ToModel(story.Image),
        AiReported = story.AiReported,
    };

    private static JsonConsent ToJson(ConsentNotice consent) => new()
    {
        Title = consent.Title,
        Message = consent.Message,
        Actions = ImmutableArray.CreateRange(consent.Actions, static a => new JsonConsentAction { Kind = a.Kind, Label = a.Label }),
    };

    private static ConsentNotice ToModel(JsonConsent consent)
        => new()
        {
            Title = consent.Title,
            Message = consent.Message,
            Actions = ImmutableArray.CreateRange(consent.Actions, static a => new ConsentAction(a.Kind, a.Label)),
        };
}
