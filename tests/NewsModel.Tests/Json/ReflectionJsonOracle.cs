using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Tests.Json;

/// <summary>
/// An independent writer of the canonical JSON: the schema as plain classes, written by System.Text.Json's reflection
/// serializer with the schema's rules (camelCase, declaration order, nulls left out, <c>unclassifiedText</c>, <c>authors</c>
/// and <c>keywords</c> only when not empty, dates as System.Text.Json writes a <see cref="DateTimeOffset"/>, a digital source
/// type as its URI). Slow, obviously correct, and sharing no code with the library's writer.
/// </summary>
internal static class ReflectionJsonOracle
{
    public static string Serialize(NewsPage page, JavaScriptEncoder encoder, bool indented)
    {
#pragma warning disable CA1869 // A test oracle: options per call keep it obviously correct.
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = encoder,
            WriteIndented = indented,
            NewLine = "\n",
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
#pragma warning restore CA1869
        return JsonSerializer.Serialize(ToSchema(page), options);
    }

    private static PageSchema ToSchema(NewsPage page) => new()
    {
        UiLanguage = page.UiLanguage,
        ContentLanguage = page.ContentLanguage,
        Article = page.Article is { } a
            ? new ArticleSchema
            {
                Headline = a.Headline,
                Summary = a.Summary,
                Body = [.. a.Body],
                Image = ToSchema(a.Image),
                Identifier = a.Identifier,
                Published = a.Published,
                Modified = a.Modified,
                Authors = a.Authors.IsEmpty ? null : [.. a.Authors.Select(x => new AuthorSchema { Name = x.Name, Url = x.Url })],
                Keywords = a.Keywords.IsEmpty ? null : [.. a.Keywords],
                Section = a.Section,
                DigitalSourceType = a.DigitalSourceType?.Uri,
            }
            : null,
        Tag = page.Tag is { } t ? new TagSchema { Name = t.Name, FollowButton = t.HasFollowButton } : null,
        Reactions = [.. page.Reactions.Select(r => new ReactionSchema { Text = r.Text, Platform = r.Platform })],
        RelatedStories = [.. page.RelatedStories.Select(ToSchema)],
        Stories = [.. page.Stories.Select(ToSchema)],
        Consent = page.Consent is { } c
            ? new ConsentSchema { Title = c.Title, Message = c.Message, Actions = [.. c.Actions.Select(x => new ActionSchema { Kind = x.Kind, Label = x.Label })] }
            : null,
        UnclassifiedText = page.UnclassifiedText.IsEmpty ? null : [.. page.UnclassifiedText],
        CanonicalUrl = page.CanonicalUrl,
        Publisher = page.Publisher is { } p ? new PublisherSchema { Name = p.Name, Url = p.Url, LogoUrl = p.LogoUrl } : null,
    };

    private static StorySchema ToSchema(StoryCard story) => new()
    {
        Title = story.Title,
        Summary = story.Summary,
        Image = ToSchema(story.Image),
        AiReported = story.AiReported,
        DigitalSourceType = story.DigitalSourceType?.Uri,
        Url = story.Url,
    };

    private static ImageSchema? ToSchema(NewsImage? image) => image is null ? null : new ImageSchema
    {
        Caption = image.Caption,
        AiGenerated = image.AiGenerated,
        DigitalSourceType = image.DigitalSourceType?.Uri,
        Url = image.Url,
        Width = image.Width,
        Height = image.Height,
        AltText = image.AltText,
        Credit = image.Credit,
        CopyrightNotice = image.CopyrightNotice,
    };

    private sealed class PageSchema
    {
        public int SchemaVersion { get; set; } = 2;

        public string? UiLanguage { get; set; }

        public string? ContentLanguage { get; set; }

        public ArticleSchema? Article { get; set; }

        public TagSchema? Tag { get; set; }

        public List<ReactionSchema> Reactions { get; set; } = [];

        public List<StorySchema> RelatedStories { get; set; } = [];

        public List<StorySchema> Stories { get; set; } = [];

        public ConsentSchema? Consent { get; set; }

        public List<string>? UnclassifiedText { get; set; }

        public string? CanonicalUrl { get; set; }

        public PublisherSchema? Publisher { get; set; }
    }

    private sealed class PublisherSchema
    {
        public string Name { get; set; } = "";

        public string? Url { get; set; }

        public string? LogoUrl { get; set; }
    }

    private sealed class AuthorSchema
    {
        public string Name { get; set; } = "";

        public string? Url { get; set; }
    }

    private sealed class ArticleSchema
    {
        public string? Headline { get; set; }

        public string? Summary { get; set; }

        public List<string> Body { get; set; } = [];

        public ImageSchema? Image { get; set; }

        public string? Identifier { get; set; }

        public DateTimeOffset? Published { get; set; }

        public DateTimeOffset? Modified { get; set; }

        public List<AuthorSchema>? Authors { get; set; }

        public List<string>? Keywords { get; set; }

        public string? Section { get; set; }

        public string? DigitalSourceType { get; set; }
    }

    private sealed class TagSchema
    {
        public string? Name { get; set; }

        public bool FollowButton { get; set; }
    }

    private sealed class ImageSchema
    {
        public string? Caption { get; set; }

        public bool AiGenerated { get; set; }

        public string? DigitalSourceType { get; set; }

        public string? Url { get; set; }

        public int? Width { get; set; }

        public int? Height { get; set; }

        public string? AltText { get; set; }

        public string? Credit { get; set; }

        public string? CopyrightNotice { get; set; }
    }

    private sealed class ReactionSchema
    {
        public string Text { get; set; } = "";

        public string? Platform { get; set; }
    }

    private sealed class StorySchema
    {
        public string? Title { get; set; }

        public string? Summary { get; set; }

        public ImageSchema? Image { get; set; }

        public bool AiReported { get; set; }

        public string? DigitalSourceType { get; set; }

        public string? Url { get; set; }
    }

    private sealed class ConsentSchema
    {
        public string Title { get; set; } = "";

        public string? Message { get; set; }

        public List<ActionSchema> Actions { get; set; } = [];
    }

    private sealed class ActionSchema
    {
        public ConsentActionKind Kind { get; set; }

        public string Label { get; set; } = "";
    }
}
