using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsModel.IO;
using N = NewsModel.Interchange.Ninjs.NinjsNames;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// Writes a page as one ninjs item straight from the model, in the order of <see cref="NewsPageNinjs"/>'s remarks. Every
/// property written is one of the version's schema.
/// </summary>
internal sealed class NinjsWriter
{
    private readonly InterchangeJsonWriter _json;
    private readonly NinjsNames _names;
    private NewsPage? _page;
    private string? _derivedBase;

    private NinjsWriter(InterchangeJsonWriter json, NinjsNames names)
    {
        _json = json;
        _names = names;
    }

    private Utf8JsonWriter W => _json.Writer;

    public static void Write(Utf8JsonWriter writer, NewsPage page, NinjsVersion version, bool useEscaper)
    {
        using var json = new InterchangeJsonWriter(writer, useEscaper);
        new NinjsWriter(json, NinjsNames.Of(version)).WriteItem(page);
        writer.Flush();
    }

    /// <summary>
    /// The item's <c>uri</c>: the article's identifier, else the page's canonical URL, else <c>urn:newsmodel:</c> and the first
    /// 128 bits (hex) of the SHA-256 of what the item carries (<see cref="DerivedUri"/>), the same for the same content.
    /// </summary>
    public static string ItemUri(NewsPage page) => page.Article?.Identifier ?? page.CanonicalUrl ?? DerivedUri(page);

    /// <summary>
    /// The page's derived URI, a function of only what ninjs carries: the hash of the item as compact, escaped ninjs 3.1
    /// writes it with every derived URI left empty, whatever version and layout are written. So a page read back from its
    /// item (which holds none of the rest: the interface language, the reactions, the consent banner…) has the same URI,
    /// and exporting it again writes the same bytes. An association without a URL of its own is this URI, a colon and the
    /// association's name.
    /// </summary>
    public static string DerivedUri(NewsPage page)
    {
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, InterchangeJsonWriter.Options(indented: false)))
        {
            using var json = new InterchangeJsonWriter(writer, useEscaper: true);
            new NinjsWriter(json, NinjsNames.Of(NinjsVersion.V3_1)) { _derivedBase = string.Empty }.WriteItem(page);
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return N.DerivedUriPrefix + Convert.ToHexStringLower(hash[..16]);
    }

    // Computed once, and only when something needs it.
    private string DerivedBase => _derivedBase ??= DerivedUri(_page!);

    private void WriteItem(NewsPage page)
    {
        var article = page.Article;
        _page = page;
        var uri = article?.Identifier ?? page.CanonicalUrl ?? DerivedBase;
        W.WriteStartObject();
        _json.WriteString(N.EncodedUri, uri);
        _json.WriteString(N.EncodedType, article is null ? N.CompositeType : N.TextType);
        WriteStandard();
        if (article?.Published is { } published)
        {
            _json.WriteString(_names.EncodedFirstCreated, InterchangeDates.Format(published));
        }

        if (article?.Modified is { } modified)
        {
            _json.WriteString(_names.EncodedVersionCreated, InterchangeDates.Format(modified));
        }

        _json.WriteString(N.EncodedLanguage, page.ContentLanguage);
        if (article is null)
        {
            _json.WriteString(N.EncodedTitle, page.Tag?.Name);
        }
        else
        {
            WriteTexts(N.EncodedHeadlines, N.MainRole, article.Headline);
            WriteTexts(N.EncodedDescriptions, N.SummaryRole, article.Summary);
            WriteBodies(article.Body);
            WriteAuthors(article.Authors);
            WriteSubjects(article.Keywords, article.Section);
        }

        WritePublisher(page.Publisher);
        WriteSourceType(article?.DigitalSourceType);
        WriteWebRendition(page.CanonicalUrl);

        var cards = article is null ? page.Stories : page.RelatedStories;
        if (article?.Image is not null || !cards.IsEmpty)
        {
            W.WritePropertyName(N.EncodedAssociations);
            W.WriteStartArray();
            if (article?.Image is { } image)
            {
                WriteImage(image, N.ImageAssociation, null);
            }

            var prefix = article is null ? N.StoryAssociationPrefix : N.RelatedAssociationPrefix;
            for (var i = 0; i < cards.Length; i++)
            {
                WriteCard(cards[i], prefix + (i + 1).ToString(CultureInfo.InvariantCulture));
            }

            W.WriteEndArray();
        }

        W.WriteEndObject();
    }

    private void WriteStandard()
    {
        W.WritePropertyName(N.EncodedStandard);
        W.WriteStartObject();
        _json.WriteString(N.EncodedName, "ninjs");
        _json.WriteString(N.EncodedVersion, _names.StandardVersion);
        _json.WriteString(N.EncodedSchema, _names.SchemaUri);
        W.WriteEndObject();
    }

    private void WriteTexts(JsonEncodedText property, string role, string? value, string? secondRole = null, string? secondValue = null)
    {
        if (value is null && secondValue is null)
        {
            return;
        }

        W.WritePropertyName(property);
        W.WriteStartArray();
        WriteText(role, N.PlainText, value);
        WriteText(secondRole, N.PlainText, secondValue);
        W.WriteEndArray();
    }

    private void WriteText(string? role, string contentType, string? value)
    {
        if (value is null)
        {
            return;
        }

        W.WriteStartObject();
        _json.WriteString(N.EncodedRole, role);
        _json.WriteString(_names.EncodedContentType, contentType);
        _json.WriteString(N.EncodedValue, value);
        W.WriteEndObject();
    }

    // The body twice: as plain text (paragraphs separated by a blank line) and as HTML (one <p> a paragraph).
    private void WriteBodies(ImmutableArray<string> body)
    {
        if (body.IsEmpty)
        {
            return;
        }

        var html = new StringBuilder();
        foreach (var paragraph in body)
        {
            InterchangeText.AppendHtmlParagraph(html, paragraph);
        }

        W.WritePropertyName(N.EncodedBodies);
        W.WriteStartArray();
        WriteText(N.MainRole, N.PlainText, PlainTextParagraphs.Join(body));
        WriteText(N.MainRole, N.Html, html.ToString());
        W.WriteEndArray();
    }

    private void WriteAuthors(ImmutableArray<NewsAuthor> authors)
    {
        if (authors.IsEmpty)
        {
            return;
        }

        _json.WriteString(N.EncodedBy, string.Join(", ", authors.Select(static author => author.Name)));
        W.WritePropertyName(N.EncodedPeople);
        W.WriteStartArray();
        foreach (var author in authors)
        {
            W.WriteStartObject();
            _json.WriteString(N.EncodedName, author.Name);
            _json.WriteString(N.EncodedRel, N.AuthorRel);
            _json.WriteString(N.EncodedUri, author.Url);
            W.WriteEndObject();
        }

        W.WriteEndArray();
    }

    private void WriteSubjects(ImmutableArray<string> keywords, string? section)
    {
        if (keywords.IsEmpty && section is null)
        {
            return;
        }

        W.WritePropertyName(N.EncodedSubjects);
        W.WriteStartArray();
        foreach (var keyword in keywords)
        {
            W.WriteStartObject();
            _json.WriteString(N.EncodedName, keyword);
            W.WriteEndObject();
        }

        if (section is not null)
        {
            W.WriteStartObject();
            _json.WriteString(N.EncodedName, section);
            _json.WriteString(N.EncodedRel, N.SectionRel);
            W.WriteEndObject();
        }

        W.WriteEndArray();
    }

    private void WritePublisher(NewsPublisher? publisher)
    {
        if (publisher is null)
        {
            return;
        }

        W.WritePropertyName(_names.EncodedInfoSources);
        W.WriteStartArray();
        W.WriteStartObject();
        _json.WriteString(N.EncodedName, publisher.Name);
        _json.WriteString(N.EncodedRole, N.PublisherRole);
        _json.WriteString(N.EncodedUri, publisher.Url);
        W.WriteEndObject();
        W.WriteEndArray();
    }

    private void WriteSourceType(DigitalSourceType? type)
    {
        if (type is not { } value)
        {
            return;
        }

        W.WritePropertyName(_names.EncodedDigitalSourceType);
        W.WriteStartObject();
        _json.WriteString(N.EncodedUri, value.Uri);
        W.WriteEndObject();
    }

    private void WriteWebRendition(string? url)
    {
        if (url is null)
        {
            return;
        }

        W.WritePropertyName(N.EncodedRenditions);
        W.WriteStartArray();
        W.WriteStartObject();
        _json.WriteString(N.EncodedName, N.WebRendition);
        _json.WriteString(N.EncodedHref, url);
        _json.WriteString(_names.EncodedContentType, N.Html);
        W.WriteEndObject();
        W.WriteEndArray();
    }

    private void WriteAssociationStart(string name, string? rel, string uri, string type)
    {
        W.WriteStartObject();
        _json.WriteString(N.EncodedName, name);
        if (_names.IsV3)
        {
            _json.WriteString(N.EncodedRel, rel);
        }

        _json.WriteString(N.EncodedUri, uri);
        _json.WriteString(N.EncodedType, type);
    }

    // An image's association is named "image"; a card's image is the card's name, a colon and "image" where a URI is derived.
    private void WriteImage(NewsImage image, string name, string? cardName)
    {
        WriteAssociationStart(name, null, image.Url ?? DerivedBase + ":" + (cardName is null ? name : cardName + ":" + name), N.PictureType);
        WriteTexts(N.EncodedDescriptions, N.CaptionRole, image.Caption, N.AltRole, image.AltText);
        _json.WriteString(N.EncodedBy, image.Credit);
        _json.WriteString(_names.EncodedCopyrightNotice, image.CopyrightNotice);
        WriteSourceType(image.SourceType);
        if (image.Url is not null || image.Width is not null || image.Height is not null)
        {
            W.WritePropertyName(N.EncodedRenditions);
            W.WriteStartArray();
            W.WriteStartObject();
            _json.WriteString(N.EncodedName, N.OriginalRendition);
            _json.WriteString(N.EncodedHref, image.Url);
            if (image.Width is { } width)
            {
                W.WriteNumber(N.EncodedWidth, width);
            }

            if (image.Height is { } height)
            {
                W.WriteNumber(N.EncodedHeight, height);
            }

            W.WriteEndObject();
            W.WriteEndArray();
        }

        W.WriteEndObject();
    }

    private void WriteCard(StoryCard card, string name)
    {
        WriteAssociationStart(name, N.RelatedRel, card.Url ?? DerivedBase + ":" + name, N.TextType);
        WriteTexts(N.EncodedHeadlines, N.MainRole, card.Title);
        WriteTexts(N.EncodedDescriptions, N.SummaryRole, card.Summary);
        WriteSourceType(card.SourceType);
        WriteWebRendition(card.Url);
        if (card.Image is { } image)
        {
            W.WritePropertyName(N.EncodedAssociations);
            W.WriteStartArray();
            WriteImage(image, N.ImageAssociation, name);
            W.WriteEndArray();
        }

        W.WriteEndObject();
    }
}
