using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// Writes a page as canonical JSON straight from the model: one call of <see cref="Utf8JsonWriter"/> per token, the
/// property names pre-encoded. The order of members here is the written order of the schema.
/// </summary>
internal static class NewsPageJsonWriter
{
    /// <summary>About the length of a page's compact JSON in bytes, so that its buffer seldom grows: its text plus the names and punctuation.</summary>
    public static int EstimateLength(NewsPage page)
    {
        long length = 256 + Length(page.UiLanguage) + Length(page.ContentLanguage) + Length(page.UnclassifiedText);
        if (page.Article is { } article)
        {
            length += 64 + Length(article.Headline) + Length(article.Summary) + Length(article.Body) + Length(article.Image);
        }

        foreach (var reaction in page.Reactions)
        {
            length += 32 + Length(reaction?.Text) + Length(reaction?.Platform);
        }

        foreach (var story in page.RelatedStories)
        {
            length += 64 + Length(story?.Title) + Length(story?.Summary) + Length(story?.Image);
        }

        foreach (var story in page.Stories)
        {
            length += 64 + Length(story?.Title) + Length(story?.Summary) + Length(story?.Image);
        }

        if (page.Consent is { } consent)
        {
            length += 64 + Length(consent.Title) + Length(consent.Message) + (consent.Actions.Length * 32);
            foreach (var action in consent.Actions)
            {
                length += Length(action?.Label);
            }
        }

        return (int)Math.Min(length, Array.MaxLength);
    }

    public static void Write(Utf8JsonWriter writer, NewsPage page)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonNames.SchemaVersion, NewsPageJson.SchemaVersion);
        WriteOptional(writer, JsonNames.UiLanguage, page.UiLanguage);
        WriteOptional(writer, JsonNames.ContentLanguage, page.ContentLanguage);
        if (page.Article is { } article)
        {
            writer.WritePropertyName(JsonNames.Article);
            WriteArticle(writer, article);
        }

        writer.WriteStartArray(JsonNames.Reactions);
        foreach (var reaction in page.Reactions)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Text, Required(NotNull(reaction, nameof(NewsPage.Reactions)).Text, "Reaction.Text"));
            WriteOptional(writer, JsonNames.Platform, reaction.Platform);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStories(writer, JsonNames.RelatedStories, page.RelatedStories, nameof(NewsPage.RelatedStories));
        WriteStories(writer, JsonNames.Stories, page.Stories, nameof(NewsPage.Stories));
        if (page.Consent is { } consent)
        {
            writer.WritePropertyName(JsonNames.Consent);
            WriteConsent(writer, consent);
        }

        if (!page.UnclassifiedText.IsEmpty)
        {
            WriteStrings(writer, JsonNames.UnclassifiedText, page.UnclassifiedText, nameof(NewsPage.UnclassifiedText));
        }

        writer.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter writer, NewsArticle article)
    {
        writer.WriteStartObject();
        WriteOptional(writer, JsonNames.Headline, article.Headline);
        WriteOptional(writer, JsonNames.Summary, article.Summary);
        WriteStrings(writer, JsonNames.Body, article.Body, nameof(NewsArticle.Body));
        WriteImage(writer, article.Image);
        writer.WriteEndObject();
    }

    private static void WriteStories(Utf8JsonWriter writer, JsonEncodedText name, System.Collections.Immutable.ImmutableArray<RelatedStory> stories, string member)
    {
        writer.WriteStartArray(name);
        foreach (var story in stories)
        {
            writer.WriteStartObject();
            WriteOptional(writer, JsonNames.Title, NotNull(story, member).Title);
            WriteOptional(writer, JsonNames.Summary, story.Summary);
            WriteImage(writer, story.Image);
            writer.WriteBoolean(JsonNames.AiReported, story.AiReported);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteImage(Utf8JsonWriter writer, NewsImage? image)
    {
        if (image is null)
        {
            return;
        }

        writer.WriteStartObject(JsonNames.Image);
        writer.WriteString(JsonNames.Caption, Required(image.Caption, "NewsImage.Caption"));
        writer.WriteBoolean(JsonNames.AiGenerated, image.AiGenerated);
        writer.WriteEndObject();
    }

    private static void WriteConsent(Utf8JsonWriter writer, ConsentNotice consent)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Title, Required(consent.Title, "ConsentNotice.Title"));
        WriteOptional(writer, JsonNames.Message, consent.Message);
        writer.WriteStartArray(JsonNames.Actions);
        foreach (var action in consent.Actions)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Kind, NotNull(action, nameof(ConsentNotice.Actions)).Kind switch
            {
                ConsentActionKind.Decline => JsonNames.KindDecline,
                ConsentActionKind.Accept => JsonNames.KindAccept,
                ConsentActionKind.Other => JsonNames.KindOther,
                _ => throw new ArgumentOutOfRangeException(nameof(consent), action.Kind, DiagnosticMessages.UndefinedConsentActionKind),
            });
            writer.WriteString(JsonNames.Label, Required(action.Label, "ConsentAction.Label"));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, System.Collections.Immutable.ImmutableArray<string> items, string member)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(NotNull(item, member));
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    // The model's types reject null items; an array built around them (ImmutableCollectionsMarshal, [null!]) is still refused here
    // rather than written as JSON that the reader would reject.
    private static T NotNull<T>(T? item, string member)
        where T : class
        => item ?? throw new ArgumentException(DiagnosticMessages.NullItemInPage(member));

    private static string Required(string? value, string member)
        => value ?? throw new ArgumentException(DiagnosticMessages.NullRequiredMemberInPage(member));

    // UTF-8 takes up to 3 bytes per UTF-16 unit; most text here is 1 to 2: count 2, and the buffer grows for the rest.
    private static long Length(string? text) => text is null ? 0 : 2L * text.Length;

    private static long Length(System.Collections.Immutable.ImmutableArray<string> texts)
    {
        long length = 0;
        foreach (var text in texts)
        {
            length += 4 + Length(text);
        }

        return length;
    }

    private static long Length(NewsImage? image) => image is null ? 0 : 48 + Length(image.Caption);
}
