using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using NewsModel.Json;
using static NewsModel.Interchange.JsonLd.JsonLdNames;

namespace NewsModel.Interchange.JsonLd;

/// <summary>
/// Writes a page as one schema.org <c>@graph</c> straight from the model (see <see cref="NewsPageJsonLd"/> for the shape).
/// With a <see cref="JsonStringEscaper"/> (compact output), strings are escaped by the core's escaper, exactly as its
/// HTML-safe encoder would, and written raw.
/// </summary>
internal sealed class JsonLdWriter : IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly JsonStringEscaper? _escaper;
    private byte[]? _scratch;

    private JsonLdWriter(Utf8JsonWriter writer, JsonStringEscaper? escaper)
    {
        _writer = writer;
        _escaper = escaper;
    }

    public static void Write(Utf8JsonWriter writer, NewsPage page, JsonStringEscaper? escaper)
    {
        using var pageWriter = new JsonLdWriter(writer, escaper);
        pageWriter.WritePage(page);
    }

    public void Dispose()
    {
        if (_scratch is { } scratch)
        {
            _scratch = null;
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>About the length of the JSON-LD in bytes, so that its buffer seldom grows.</summary>
    public static int EstimateLength(NewsPage page)
    {
        long length = 512 + (2L * (page.CanonicalUrl?.Length ?? 0));
        if (page.Article is { } article)
        {
            length += 256 + (2L * ((article.Headline?.Length ?? 0) + (article.Summary?.Length ?? 0)));
            foreach (var paragraph in article.Body)
            {
                length += 4 + (2L * paragraph.Length);
            }
        }

        foreach (var story in page.Article is null ? page.Stories : page.RelatedStories)
        {
            length += 160 + (2L * ((story.Title?.Length ?? 0) + (story.Summary?.Length ?? 0) + (story.Image?.Caption?.Length ?? 0)));
        }

        return (int)Math.Min(length, Array.MaxLength);
    }

    private void WritePage(NewsPage page)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(ContextName, SchemaOrgContext);
        writer.WriteStartArray(GraphName);
        if (page.Article is { } article)
        {
            WriteArticle(page, article);
            WriteWebPage(page);
        }
        else
        {
            WriteCollectionPage(page);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteArticle(NewsPage page, NewsArticle article)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(TypeName, NewsArticleType);
        writer.WriteString(IdName, ArticleId);
        WriteOptional(Headline, article.Headline);
        WriteOptional(Abstract, article.Summary);
        if (!article.Body.IsEmpty)
        {
            WriteString(ArticleBody, PlainTextParagraphs.Join(article.Body));
        }

        if (article.Image is { } image)
        {
            writer.WritePropertyName(Image);
            WriteImage(image);
        }

        if (article.Published is { } published)
        {
            writer.WriteString(DatePublished, InterchangeDates.Format(published));
        }

        if (article.Modified is { } modified)
        {
            writer.WriteString(DateModified, InterchangeDates.Format(modified));
        }

        if (!article.Authors.IsEmpty)
        {
            writer.WriteStartArray(Author);
            foreach (var author in article.Authors)
            {
                writer.WriteStartObject();
                writer.WriteString(TypeName, PersonType);
                WriteString(Name, author.Name);
                WriteOptional(Url, author.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WritePublisher(page.Publisher);
        if (!article.Keywords.IsEmpty)
        {
            writer.WriteStartArray(Keywords);
            foreach (var keyword in article.Keywords)
            {
                WriteStringValue(keyword);
            }

            writer.WriteEndArray();
        }

        WriteOptional(ArticleSection, article.Section);
        WriteOptional(Identifier, article.Identifier);
        WriteOptional(Url, page.CanonicalUrl);
        WriteOptional(InLanguage, page.ContentLanguage);
        WriteSourceType(article.DigitalSourceType);
        writer.WriteStartObject(MainEntityOfPage);
        writer.WriteString(IdName, WebPageId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // The page the article is the main entity of; its related-news section is a part of it (an ItemList is no
    // CreativeWork, so neither the article's hasPart nor the page's takes one directly).
    private void WriteWebPage(NewsPage page)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(TypeName, WebPageType);
        writer.WriteString(IdName, WebPageId);
        writer.WriteStartObject(MainEntity);
        writer.WriteString(IdName, ArticleId);
        writer.WriteEndObject();
        if (!page.RelatedStories.IsEmpty)
        {
            writer.WriteStartObject(HasPart);
            writer.WriteString(TypeName, WebPageElementType);
            writer.WriteString(IdName, RelatedId);
            writer.WritePropertyName(MainEntity);
            WriteItemList(page.RelatedStories);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteCollectionPage(NewsPage page)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(TypeName, CollectionPageType);
        writer.WriteString(IdName, WebPageId);
        if (page.Tag?.Name is { } tag)
        {
            WriteString(Name, tag);
            writer.WriteStartObject(About);
            writer.WriteString(TypeName, ThingType);
            WriteString(Name, tag);
            writer.WriteEndObject();
        }

        WriteOptional(Url, page.CanonicalUrl);
        WriteOptional(InLanguage, page.ContentLanguage);
        WritePublisher(page.Publisher);
        writer.WritePropertyName(MainEntity);
        WriteItemList(page.Stories);
        writer.WriteEndObject();
    }

    private void WriteItemList(ImmutableArray<StoryCard> stories)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(TypeName, ItemListType);
        writer.WriteStartArray(ItemListElement);
        for (var i = 0; i < stories.Length; i++)
        {
            var story = stories[i];
            writer.WriteStartObject();
            writer.WriteString(TypeName, ListItemType);
            writer.WriteNumber(Position, i + 1);
            writer.WriteStartObject(Item);
            writer.WriteString(TypeName, NewsArticleType);
            WriteOptional(Headline, story.Title);
            WriteOptional(Abstract, story.Summary);
            WriteOptional(Url, story.Url);
            if (story.Image is { } image)
            {
                writer.WritePropertyName(Image);
                WriteImage(image);
            }

            WriteSourceType(story.SourceType);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteImage(NewsImage image)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString(TypeName, ImageObjectType);
        WriteOptional(Caption, image.Caption);
        if (image.Url is { } url)
        {
            WriteString(Url, url);
            WriteString(ContentUrl, url);
        }

        if (image.Width is { } width)
        {
            writer.WriteNumber(Width, width);
        }

        if (image.Height is { } height)
        {
            writer.WriteNumber(Height, height);
        }

        WriteOptional(Description, image.AltText);
        WriteOptional(CreditText, image.Credit);
        WriteOptional(CopyrightNotice, image.CopyrightNotice);
        WriteSourceType(image.SourceType);
        writer.WriteEndObject();
    }

    private void WritePublisher(NewsPublisher? publisher)
    {
        if (publisher is null)
        {
            return;
        }

        var writer = _writer;
        writer.WriteStartObject(Publisher);
        writer.WriteString(TypeName, OrganizationType);
        WriteString(Name, publisher.Name);
        WriteOptional(Url, publisher.Url);
        if (publisher.LogoUrl is { } logo)
        {
            writer.WriteStartObject(Logo);
            writer.WriteString(TypeName, ImageObjectType);
            WriteString(Url, logo);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteSourceType(DigitalSourceType? type)
    {
        if (type is { } value)
        {
            WriteString(SourceTypeName, SchemaOrgDigitalSource.ToSchemaOrg(value));
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            WriteString(name, value);
        }
    }

    private void WriteString(string name, string value)
    {
        _writer.WritePropertyName(name);
        WriteStringValue(value);
    }

    private void WriteStringValue(string value)
    {
        if (_escaper is null)
        {
            _writer.WriteStringValue(value);
        }
        else
        {
            _escaper.WriteValue(_writer, value, ref _scratch);
        }
    }
}
