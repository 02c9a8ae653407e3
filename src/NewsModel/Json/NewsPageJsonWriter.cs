using System.Buffers;
using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// Writes a page as canonical JSON straight from the model: one call of <see cref="Utf8JsonWriter"/> per token, the
/// property names pre-encoded. The order of members here is the written order of the schema. With a
/// <see cref="JsonStringEscaper"/> (compact output with an encoder the library knows), strings are escaped by it and
/// written as raw values, byte for byte what the writer's encoder would write. It writes schema version 2: the members that
/// version added (publishing metadata) follow those of version 1 in each object, and are left out when unset, so that a
/// page without metadata differs from its version 1 form only in <c>schemaVersion</c>.
/// </summary>
internal ref struct NewsPageJsonWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly JsonStringEscaper? _escaper;
    private byte[]? _scratch;

    private NewsPageJsonWriter(Utf8JsonWriter writer, JsonStringEscaper? escaper)
    {
        _writer = writer;
        _escaper = escaper;
    }

    /// <summary>Writes <paramref name="page"/>; <paramref name="escaper"/> must escape as the writer's encoder does, and the writer must not indent.</summary>
    public static void Write(Utf8JsonWriter writer, NewsPage page, JsonStringEscaper? escaper = null)
    {
        var pageWriter = new NewsPageJsonWriter(writer, escaper);
        try
        {
            pageWriter.WritePage(page);
        }
        finally
        {
            if (pageWriter._scratch is { } scratch)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
        }
    }

    /// <summary>About the length of a page's compact JSON in bytes, so that its buffer seldom grows: its text plus the names and punctuation.</summary>
    public static int EstimateLength(NewsPage page)
    {
        long length = 256 + Length(page.UiLanguage) + Length(page.ContentLanguage) + Length(page.UnclassifiedText) + Length(page.Tag?.Name);
        if (page.Article is { } article)
        {
            length += 64 + Length(article.Headline) + Length(article.Summary) + Length(article.Body) + Length(article.Image)
                + Length(article.Identifier) + Length(article.Keywords) + Length(article.Section) + Length(article.DigitalSourceType);
            if (article.Published is not null || article.Modified is not null)
            {
                length += 96;
            }

            foreach (var author in article.Authors)
            {
                length += 32 + Length(author.Name) + Length(author.Url);
            }
        }

        length += Length(page.CanonicalUrl);
        if (page.Publisher is { } publisher)
        {
            length += 64 + Length(publisher.Name) + Length(publisher.Url) + Length(publisher.LogoUrl);
        }

        foreach (var reaction in page.Reactions)
        {
            length += 32 + Length(reaction.Text) + Length(reaction.Platform);
        }

        foreach (var story in page.RelatedStories)
        {
            length += 64 + Length(story.Title) + Length(story.Summary) + Length(story.Image) + Length(story.Url) + Length(story.DigitalSourceType);
        }

        foreach (var story in page.Stories)
        {
            length += 64 + Length(story.Title) + Length(story.Summary) + Length(story.Image) + Length(story.Url) + Length(story.DigitalSourceType);
        }

        if (page.Consent is { } consent)
        {
            length += 64 + Length(consent.Title) + Length(consent.Message) + (consent.Actions.Length * 32);
            foreach (var action in consent.Actions)
            {
                length += Length(action.Label);
            }
        }

        return (int)Math.Min(length, Array.MaxLength);
    }

    private void WritePage(NewsPage page)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteNumber(JsonNames.SchemaVersion, NewsPageJson.SchemaVersion);
        WriteOptional(JsonNames.UiLanguage, page.UiLanguage);
        WriteOptional(JsonNames.ContentLanguage, page.ContentLanguage);
        if (page.Article is { } article)
        {
            writer.WritePropertyName(JsonNames.Article);
            WriteArticle(article);
        }

        if (page.Tag is { } tag)
        {
            writer.WriteStartObject(JsonNames.Tag);
            WriteOptional(JsonNames.Name, tag.Name);
            writer.WriteBoolean(JsonNames.FollowButton, tag.HasFollowButton);
            writer.WriteEndObject();
        }

        writer.WriteStartArray(JsonNames.Reactions);
        foreach (var reaction in page.Reactions)
        {
            writer.WriteStartObject();
            WriteString(JsonNames.Text, reaction.Text);
            WriteOptional(JsonNames.Platform, reaction.Platform);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStories(JsonNames.RelatedStories, page.RelatedStories);
        WriteStories(JsonNames.Stories, page.Stories);
        if (page.Consent is { } consent)
        {
            writer.WritePropertyName(JsonNames.Consent);
            WriteConsent(consent);
        }

        if (!page.UnclassifiedText.IsEmpty)
        {
            WriteStrings(JsonNames.UnclassifiedText, page.UnclassifiedText);
        }

        WriteOptional(JsonNames.CanonicalUrl, page.CanonicalUrl);
        if (page.Publisher is { } publisher)
        {
            writer.WriteStartObject(JsonNames.Publisher);
            WriteString(JsonNames.Name, publisher.Name);
            WriteOptional(JsonNames.Url, publisher.Url);
            WriteOptional(JsonNames.LogoUrl, publisher.LogoUrl);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteArticle(NewsArticle article)
    {
        var writer = _writer;
        writer.WriteStartObject();
        WriteOptional(JsonNames.Headline, article.Headline);
        WriteOptional(JsonNames.Summary, article.Summary);
        WriteStrings(JsonNames.Body, article.Body);
        WriteImage(article.Image);
        WriteOptional(JsonNames.Identifier, article.Identifier);
        WriteOptional(JsonNames.Published, article.Published);
        WriteOptional(JsonNames.Modified, article.Modified);
        if (!article.Authors.IsEmpty)
        {
            writer.WriteStartArray(JsonNames.Authors);
            foreach (var author in article.Authors)
            {
                writer.WriteStartObject();
                WriteString(JsonNames.Name, author.Name);
                WriteOptional(JsonNames.Url, author.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!article.Keywords.IsEmpty)
        {
            WriteStrings(JsonNames.Keywords, article.Keywords);
        }

        WriteOptional(JsonNames.Section, article.Section);
        WriteOptional(JsonNames.DigitalSourceType, article.DigitalSourceType);
        writer.WriteEndObject();
    }

    private void WriteStories(JsonEncodedText name, System.Collections.Immutable.ImmutableArray<StoryCard> stories)
    {
        var writer = _writer;
        writer.WriteStartArray(name);
        foreach (var story in stories)
        {
            writer.WriteStartObject();
            WriteOptional(JsonNames.Title, story.Title);
            WriteOptional(JsonNames.Summary, story.Summary);
            WriteImage(story.Image);
            writer.WriteBoolean(JsonNames.AiReported, story.AiReported);
            WriteOptional(JsonNames.DigitalSourceType, story.DigitalSourceType);
            WriteOptional(JsonNames.Url, story.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteImage(NewsImage? image)
    {
        var writer = _writer;
        if (image is null)
        {
            return;
        }

        writer.WriteStartObject(JsonNames.Image);
        WriteOptional(JsonNames.Caption, image.Caption);
        writer.WriteBoolean(JsonNames.AiGenerated, image.AiGenerated);
        WriteOptional(JsonNames.DigitalSourceType, image.DigitalSourceType);
        WriteOptional(JsonNames.Url, image.Url);
        WriteOptional(JsonNames.Width, image.Width);
        WriteOptional(JsonNames.Height, image.Height);
        WriteOptional(JsonNames.AltText, image.AltText);
        WriteOptional(JsonNames.Credit, image.Credit);
        WriteOptional(JsonNames.CopyrightNotice, image.CopyrightNotice);
        writer.WriteEndObject();
    }

    private void WriteConsent(ConsentNotice consent)
    {
        var writer = _writer;
        writer.WriteStartObject();
        WriteString(JsonNames.Title, consent.Title);
        WriteOptional(JsonNames.Message, consent.Message);
        writer.WriteStartArray(JsonNames.Actions);
        foreach (var action in consent.Actions)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Kind, action.Kind switch
            {
                ConsentActionKind.Decline => JsonNames.KindDecline,
                ConsentActionKind.Accept => JsonNames.KindAccept,
                ConsentActionKind.Other => JsonNames.KindOther,
                _ => throw new ArgumentOutOfRangeException(nameof(consent), action.Kind, DiagnosticMessages.UndefinedConsentActionKind),
            });
            WriteString(JsonNames.Label, action.Label);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteStrings(JsonEncodedText name, System.Collections.Immutable.ImmutableArray<string> items)
    {
        var writer = _writer;
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private void WriteOptional(JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            WriteString(name, value);
        }
    }

    // A date as ISO 8601 with its offset (System.Text.Json's round-trip form: the fraction's trailing zeros trimmed), unescaped.
    private readonly void WriteOptional(JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            _writer.WriteString(name, date);
        }
    }

    private readonly void WriteOptional(JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            _writer.WriteNumber(name, number);
        }
    }

    // A digital source type as its URI.
    private void WriteOptional(JsonEncodedText name, DigitalSourceType? value)
    {
        if (value is { } type)
        {
            WriteString(name, type.Uri);
        }
    }

    private void WriteString(JsonEncodedText name, string value)
    {
        if (_escaper is null)
        {
            _writer.WriteString(name, value);
            return;
        }

        _writer.WritePropertyName(name);
        WriteEscaped(value);
    }

    private void WriteStringValue(string value)
    {
        if (_escaper is null)
        {
            _writer.WriteStringValue(value);
            return;
        }

        WriteEscaped(value);
    }

    private void WriteEscaped(string value) => _escaper!.WriteValue(_writer, value, ref _scratch);

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

    private static long Length(DigitalSourceType? type) => type is { } value ? 24 + Length(value.Uri) : 0;

    private static long Length(NewsImage? image)
        => image is null ? 0
            : 48 + Length(image.Caption) + (image.HasPublishingMetadata
                ? 128 + Length(image.DigitalSourceType) + Length(image.Url) + Length(image.AltText) + Length(image.Credit) + Length(image.CopyrightNotice)
                : 0);
}
