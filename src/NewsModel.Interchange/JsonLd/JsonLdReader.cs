using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using static NewsModel.Interchange.JsonLd.JsonLdNames;

namespace NewsModel.Interchange.JsonLd;

/// <summary>
/// Maps a JSON-LD document read into <see cref="JsonLdNode"/>s to a page: finds the news article (or the collection page)
/// among its nodes, follows <c>@id</c> references within the document, and reports every value it cannot map as a
/// diagnostic with its JSON path and byte offset. Lenient: a value that is malformed for what it stands for is left out
/// with a warning; only a document that holds no article nor collection page fails.
/// </summary>
internal sealed class JsonLdReader
{
    private static readonly FrozenSet<string> s_articleTypes = FrozenSet.Create(
        StringComparer.Ordinal,
        "Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "ReportageNewsArticle", "ReviewNewsArticle", "SatiricalArticle", "AdvertiserContentArticle", "ScholarlyArticle",
        "TechArticle", "Report", "BlogPosting", "LiveBlogPosting");

    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, JsonLdNode> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<JsonLdNode> _consumed = [];
    private readonly Uri? _baseUri;

    private JsonLdReader(Uri? baseUri)
    {
        _baseUri = baseUri;
    }

    /// <summary>A diagnostic before its position is known; its path is built only for the diagnostics a read keeps.</summary>
    public readonly record struct Finding(long Offset, NewsDiagnosticCode Code, bool IsError, string Message, JsonLdNode Node);

    /// <summary>
    /// Maps <paramref name="root"/>, resolving relative URLs against <paramref name="baseUri"/> when given; the page is
    /// <see langword="null"/> when an error stopped it. The findings come in no particular order.
    /// </summary>
    public static (NewsPage? Page, List<Finding> Findings) Read(JsonLdNode root, Uri? baseUri)
    {
        var reader = new JsonLdReader(baseUri);
        var page = reader.ReadDocument(root);
        return (page, reader._findings);
    }

    private NewsPage? ReadDocument(JsonLdNode root)
    {
        var nodes = new List<JsonLdNode>();
        CollectNodes(root, nodes);
        foreach (var node in nodes)
        {
            if (node[AtId] is { Kind: JsonLdKind.String, Text: { } id })
            {
                _byId.TryAdd(id, node);
            }
        }

        var main = nodes.Find(node => HasType(node, s_articleTypes.Contains))
            ?? nodes.Find(node => HasType(node, static type => type == CollectionPageType));
        if (main is null)
        {
            var types = string.Join(", ", nodes.SelectMany(TypesOf).Distinct(StringComparer.Ordinal).Take(8));
            var at = nodes.Count > 0 ? nodes[0][AtType] ?? nodes[0] : root;
            Add(at, NewsDiagnosticCode.UnsupportedItemType, isError: true, nodes.Count == 0 ? InterchangeMessages.NoNode : InterchangeMessages.NotANewsArticle(types.Length == 0 ? "none" : types));
            return null;
        }

        _consumed.Add(main);
        var page = HasType(main, s_articleTypes.Contains) ? ReadArticlePage(main, nodes) : ReadCollectionPage(main, new PageParts());
        foreach (var node in nodes)
        {
            if (!_consumed.Contains(node))
            {
                Unmapped(node, InterchangeMessages.UnmappedNode(string.Join(", ", TypesOf(node).DefaultIfEmpty("(no @type)"))));
            }
        }

        return page;
    }

    // The nodes of the document: an @graph's, an array's items, or the root itself.
    private void CollectNodes(JsonLdNode root, List<JsonLdNode> nodes)
    {
        if (root.Kind == JsonLdKind.Array)
        {
            foreach (var item in root.Items)
            {
                AddNode(item, nodes);
            }

            return;
        }

        if (!root.IsObject)
        {
            return;
        }

        CheckContext(root[AtContext]);
        if (root[AtGraph] is not { } graph)
        {
            nodes.Add(root);
            return;
        }

        foreach (var member in root.Members)
        {
            if (member.Key is not (AtContext or AtGraph) && !(member.Key is AtType or AtId && root[AtType] is not null))
            {
                Unmapped(member.Value, InterchangeMessages.UnmappedProperty(member.Key));
            }
        }

        if (graph.Kind == JsonLdKind.Array)
        {
            foreach (var item in graph.Items)
            {
                AddNode(item, nodes);
            }
        }
        else
        {
            AddNode(graph, nodes);
        }
    }

    private void AddNode(JsonLdNode item, List<JsonLdNode> nodes)
    {
        if (!item.IsObject)
        {
            Unmapped(item, InterchangeMessages.UnexpectedValue(InterchangeMessages.NodeValue));
            return;
        }

        CheckContext(item[AtContext]);
        nodes.Add(item);
    }

    private void CheckContext(JsonLdNode? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.Kind == JsonLdKind.String && IsSchemaOrg(context.Text!))
        {
            return;
        }

        if (context.Kind == JsonLdKind.Array && context.Items.Any(item => item.Kind == JsonLdKind.String && IsSchemaOrg(item.Text!)))
        {
            return;
        }

        if (context.IsObject && context["@vocab"] is { Kind: JsonLdKind.String, Text: { } vocab } && IsSchemaOrg(vocab))
        {
            return;
        }

        Add(context, NewsDiagnosticCode.UnmappedValue, isError: false, InterchangeMessages.UnknownContext(context.Kind == JsonLdKind.String ? context.Text! : context.Kind.ToString()));
    }

    private static bool IsSchemaOrg(string context)
        => context.TrimEnd('/') is "https://schema.org" or "http://schema.org" or "https://schema.org/docs/jsonldcontext.json" or "http://schema.org/docs/jsonldcontext.json";

    private sealed class PageParts
    {
        public string? CanonicalUrl;
        public string? Language;
        public NewsPublisher? Publisher;
        public ImmutableArray<StoryCard> Related = [];
    }

    private NewsPage ReadArticlePage(JsonLdNode node, List<JsonLdNode> nodes)
    {
        var parts = new PageParts();
        string? headline = null, name = null, summary = null, description = null, body = null, text = null, section = null, identifier = null;
        JsonLdNode? nameNode = null, descriptionNode = null, textNode = null;
        NewsImage? image = null;
        DateTimeOffset? published = null, modified = null;
        ImmutableArray<NewsAuthor> authors = [];
        ImmutableArray<string> keywords = [];
        DigitalSourceType? sourceType = null;
        JsonLdNode? webPage = null;
        foreach (var (key, value) in node.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Headline:
                    headline = ReadText(value);
                    break;
                case Name:
                    (name, nameNode) = (ReadText(value), value);
                    break;
                case Abstract:
                    summary = ReadText(value);
                    break;
                case Description:
                    (description, descriptionNode) = (ReadText(value), value);
                    break;
                case ArticleBody:
                    body = ReadText(value);
                    break;
                case TextName:
                    (text, textNode) = (ReadText(value), value);
                    break;
                case Image:
                    image = ReadFirst(value, ReadImage);
                    break;
                case DatePublished:
                    published = ReadDate(value);
                    break;
                case DateModified:
                    modified = ReadDate(value);
                    break;
                case Author:
                    authors = ReadAll(value, ReadAuthor);
                    break;
                case Publisher:
                    parts.Publisher = ReadFirst(value, ReadPublisher);
                    break;
                case Keywords:
                    keywords = ReadKeywords(value);
                    break;
                case ArticleSection:
                    section = ReadFirst(value, ReadText);
                    break;
                case Identifier:
                    identifier = ReadFirst(value, ReadIdentifier);
                    break;
                case Url:
                    parts.CanonicalUrl = ReadUrl(value);
                    break;
                case MainEntityOfPage:
                    webPage = ReadMainEntityOfPage(value, parts);
                    break;
                case InLanguage:
                    parts.Language = ReadText(value);
                    break;
                case SourceTypeName:
                    sourceType = ReadSourceType(value);
                    break;
                default:
                    Unmapped(value, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        // The page the article is the main entity of, when it is a node of its own that names the article.
        webPage ??= FindWebPageOf(node, nodes);
        if (webPage is not null)
        {
            ReadWebPage(webPage, parts);
        }

        // An ItemList node of its own, not linked, holds the related stories of a page that links none.
        if (parts.Related.IsEmpty && nodes.Find(n => !_consumed.Contains(n) && HasType(n, static t => t == ItemListType)) is { } list)
        {
            _consumed.Add(list);
            parts.Related = ReadItemList(list);
        }

        Prefer(ref headline, name, nameNode, Headline);
        Prefer(ref summary, description, descriptionNode, Abstract);
        Prefer(ref body, text, textNode, ArticleBody);
        var article = new NewsArticle
        {
            Headline = headline,
            Summary = summary,
            Body = body is null ? [] : PlainTextParagraphs.Split(body),
            Image = image,
            Published = published,
            Modified = modified,
            Authors = authors,
            Keywords = keywords,
            Section = section,
            Identifier = identifier,
            DigitalSourceType = sourceType,
        };
        return new NewsPage
        {
            Article = article,
            ContentLanguage = parts.Language,
            CanonicalUrl = parts.CanonicalUrl,
            Publisher = parts.Publisher,
            RelatedStories = parts.Related,
        };
    }

    // A second property that may stand for the first (name for headline): taken when the first is absent; when both are
    // there, the same value is no loss and another one is reported.
    private void Prefer(ref string? kept, string? alternative, JsonLdNode? alternativeNode, string keptName)
    {
        if (kept is null)
        {
            kept = alternative;
        }
        else if (alternative is not null && alternative != kept)
        {
            Unmapped(alternativeNode!, InterchangeMessages.UnmappedDifferentValue(alternativeNode!.Key ?? string.Empty, keptName));
        }
    }

    // What a source type read says of the badge (generative AI or not), and the type the model keeps beside it: none when
    // the badge says it all (TrainedAlgorithmicMedia), as page text reads.
    private static (bool Badge, DigitalSourceType? Explicit) Badge(DigitalSourceType? type)
    {
        var badge = type?.IsGenerativeAi ?? false;
        return (badge, type == NewsModel.DigitalSourceType.FromBadge(badge) ? null : type);
    }

    // The page: a node (a reference to one, or one written inline) is read as the web page; a URL is the canonical URL.
    private JsonLdNode? ReadMainEntityOfPage(JsonLdNode value, PageParts parts)
    {
        var resolved = Resolve(value);
        if (resolved.IsObject && (resolved != value || resolved[AtType] is not null))
        {
            return resolved;
        }

        parts.CanonicalUrl ??= ReadUrl(value);
        return null;
    }

    private JsonLdNode? FindWebPageOf(JsonLdNode article, List<JsonLdNode> nodes)
    {
        if (article[AtId] is not { Kind: JsonLdKind.String, Text: { } id })
        {
            return null;
        }

        return nodes.Find(node => !_consumed.Contains(node)
            && node[MainEntity] is { IsObject: true } entity
            && entity[AtId] is { Kind: JsonLdKind.String, Text: { } target }
            && target == id);
    }

    private void ReadWebPage(JsonLdNode page, PageParts parts)
    {
        _consumed.Add(page);
        foreach (var (key, value) in page.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType or MainEntity:
                    break;
                case Url:
                    if (ReadUrl(value) is { } url)
                    {
                        parts.CanonicalUrl ??= url;
                    }

                    break;
                case InLanguage:
                    parts.Language ??= ReadText(value);
                    break;
                case HasPart:
                    ReadParts(value, parts);
                    break;
                default:
                    Unmapped(value, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }
    }

    // The page's parts: its related-news section (a WebPageElement whose main entity is an ItemList, or an ItemList).
    private void ReadParts(JsonLdNode value, PageParts parts)
    {
        if (value.Kind == JsonLdKind.Array)
        {
            foreach (var item in value.Items)
            {
                ReadParts(item, parts);
            }

            return;
        }

        var part = Resolve(value);
        if (part.IsObject && HasType(part, static t => t == ItemListType) && parts.Related.IsEmpty)
        {
            parts.Related = ReadItemList(part);
            return;
        }

        if (part.IsObject && part[MainEntity] is { } entity && Resolve(entity) is { IsObject: true } list
            && HasType(list, static t => t == ItemListType) && parts.Related.IsEmpty)
        {
            foreach (var (key, member) in part.Members)
            {
                if (key is not (AtContext or AtId or AtType or MainEntity))
                {
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                }
            }

            parts.Related = ReadItemList(list);
            return;
        }

        Unmapped(value, InterchangeMessages.UnmappedProperty(HasPart));
    }

    private NewsPage ReadCollectionPage(JsonLdNode node, PageParts parts)
    {
        string? name = null, about = null;
        JsonLdNode? aboutNode = null;
        ImmutableArray<StoryCard> stories = [];
        foreach (var (key, value) in node.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Name:
                    name = ReadText(value);
                    break;
                case About:
                    (about, aboutNode) = (ReadFirst(value, ReadThingName), value);
                    break;
                case Url:
                    parts.CanonicalUrl = ReadUrl(value);
                    break;
                case InLanguage:
                    parts.Language = ReadText(value);
                    break;
                case Publisher:
                    parts.Publisher = ReadFirst(value, ReadPublisher);
                    break;
                case MainEntity:
                    var list = Resolve(value);
                    if (list.IsObject && HasType(list, static t => t == ItemListType))
                    {
                        stories = ReadItemList(list);
                    }
                    else
                    {
                        Unmapped(value, InterchangeMessages.UnmappedProperty(key));
                    }

                    break;
                default:
                    Unmapped(value, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        Prefer(ref name, about, aboutNode, Name);
        return new NewsPage
        {
            Tag = name is null ? null : new NewsTag { Name = name },
            Stories = stories,
            ContentLanguage = parts.Language,
            CanonicalUrl = parts.CanonicalUrl,
            Publisher = parts.Publisher,
        };
    }

    private string? ReadThingName(JsonLdNode value)
    {
        if (Entity(value) is not { } thing)
        {
            return null;
        }

        if (thing.Kind == JsonLdKind.String)
        {
            return thing.Text;
        }

        string? name = null;
        foreach (var (key, member) in thing.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Name:
                    name = ReadText(member);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        return name;
    }

    private ImmutableArray<StoryCard> ReadItemList(JsonLdNode list)
    {
        _consumed.Add(list);
        var cards = ImmutableArray.CreateBuilder<StoryCard>();
        foreach (var (key, value) in list.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType or "numberOfItems" or "itemListOrder":
                    break;
                case ItemListElement:
                    if (value.Kind == JsonLdKind.Array)
                    {
                        foreach (var item in value.Items)
                        {
                            if (ReadListItem(item) is { } card)
                            {
                                cards.Add(card);
                            }
                        }
                    }
                    else if (ReadListItem(value) is { } card)
                    {
                        cards.Add(card);
                    }

                    break;
                default:
                    Unmapped(value, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        return cards.ToImmutable();
    }

    private StoryCard? ReadListItem(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        var item = Resolve(value);
        if (item.Kind == JsonLdKind.String)
        {
            return ReadUrl(item) is { } link ? new StoryCard { Url = link } : null;
        }

        if (!item.IsObject)
        {
            Unmapped(value, InterchangeMessages.UnexpectedValue(InterchangeMessages.NodeValue));
            return null;
        }

        if (!HasType(item, static t => t == ListItemType))
        {
            return ReadCard(item, null, null);
        }

        JsonLdNode? story = null;
        string? url = null, name = null;
        foreach (var (key, member) in item.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType or Position:
                    break;
                case Item:
                    story = member;
                    break;
                case Url:
                    url = ReadUrl(member);
                    break;
                case Name:
                    name = ReadText(member);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        if (story is null)
        {
            return url is null && name is null ? null : new StoryCard { Url = url, Title = name };
        }

        var resolved = Resolve(story);
        if (resolved.Kind == JsonLdKind.String)
        {
            return new StoryCard { Url = ReadUrl(resolved) ?? url, Title = name };
        }

        if (!resolved.IsObject)
        {
            Unmapped(story, InterchangeMessages.UnexpectedValue(InterchangeMessages.NodeValue));
            return null;
        }

        return ReadCard(resolved, url, name);
    }

    private StoryCard ReadCard(JsonLdNode item, string? url, string? title)
    {
        _consumed.Add(item);
        string? summary = null, description = null;
        JsonLdNode? descriptionNode = null;
        NewsImage? image = null;
        DigitalSourceType? sourceType = null;
        foreach (var (key, member) in item.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Headline or Name when title is null:
                    title = ReadText(member);
                    break;
                case Abstract:
                    summary = ReadText(member);
                    break;
                case Description:
                    (description, descriptionNode) = (ReadText(member), member);
                    break;
                case Url:
                    url = ReadUrl(member) ?? url;
                    break;
                case Image:
                    image = ReadFirst(member, ReadImage);
                    break;
                case SourceTypeName:
                    sourceType = ReadSourceType(member);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        Prefer(ref summary, description, descriptionNode, Abstract);
        var (aiReported, explicitType) = Badge(sourceType);
        return new StoryCard
        {
            Title = title,
            Summary = summary,
            Url = url,
            Image = image,
            AiReported = aiReported,
            DigitalSourceType = explicitType,
        };
    }

    private NewsImage? ReadImage(JsonLdNode value)
    {
        if (Entity(value) is not { } image)
        {
            return null;
        }

        if (image.Kind == JsonLdKind.String)
        {
            return ReadUrl(image) is { } file ? new NewsImage { Caption = null, AiGenerated = false, Url = file } : null;
        }

        string? caption = null, name = null, url = null, contentUrl = null, alt = null, credit = null, copyright = null;
        JsonLdNode? nameNode = null, urlNode = null;
        int? width = null, height = null;
        DigitalSourceType? sourceType = null;
        foreach (var (key, member) in image.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Caption:
                    caption = ReadText(member);
                    break;
                case Name:
                    (name, nameNode) = (ReadText(member), member);
                    break;
                case Url:
                    (url, urlNode) = (ReadUrl(member), member);
                    break;
                case ContentUrl:
                    contentUrl = ReadUrl(member);
                    break;
                case Width:
                    width = ReadPixels(member);
                    break;
                case Height:
                    height = ReadPixels(member);
                    break;
                case Description:
                    alt = ReadText(member);
                    break;
                case CreditText:
                    credit = ReadText(member);
                    break;
                case CopyrightNotice:
                    copyright = ReadText(member);
                    break;
                case SourceTypeName:
                    sourceType = ReadSourceType(member);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        Prefer(ref caption, name, nameNode, Caption);
        Prefer(ref contentUrl, url, urlNode, ContentUrl);
        var (aiGenerated, explicitType) = Badge(sourceType);
        return new NewsImage
        {
            Caption = caption,
            AiGenerated = aiGenerated,
            DigitalSourceType = explicitType,
            Url = contentUrl,
            Width = width,
            Height = height,
            AltText = alt,
            Credit = credit,
            CopyrightNotice = copyright,
        };
    }

    private NewsAuthor? ReadAuthor(JsonLdNode value)
        => ReadParty(value, withLogo: false) is { } author ? new NewsAuthor(author.Name, author.Url) : null;

    private NewsPublisher? ReadPublisher(JsonLdNode value)
        => ReadParty(value, withLogo: true) is { } publisher ? new NewsPublisher(publisher.Name, publisher.Url, publisher.Logo) : null;

    // A person or an organisation (an author, a publisher): a string is its name; an object has a name, a url and, for a
    // publisher, a logo. One without a name has no place in the model.
    private (string Name, string? Url, string? Logo)? ReadParty(JsonLdNode value, bool withLogo)
    {
        if (Entity(value) is not { } party)
        {
            return null;
        }

        if (party.Kind == JsonLdKind.String)
        {
            return (party.Text!, null, null);
        }

        string? name = null, url = null, logo = null;
        foreach (var (key, member) in party.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Name:
                    name = ReadText(member);
                    break;
                case Url:
                    url = ReadUrl(member);
                    break;
                case Logo when withLogo:
                    logo = ReadFirst(member, ReadLogo);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        if (name is null)
        {
            Unmapped(value, InterchangeMessages.UnmappedProperty(value.Key ?? value.Parent?.Key ?? Name));
            return null;
        }

        return (name, url, logo);
    }

    private string? ReadLogo(JsonLdNode value)
    {
        var logo = Resolve(value);
        if (!logo.IsObject)
        {
            return ReadUrl(logo);
        }

        _consumed.Add(logo);
        string? url = null;
        foreach (var (key, member) in logo.Members)
        {
            switch (key)
            {
                case AtContext or AtId or AtType:
                    break;
                case Url or ContentUrl when url is null:
                    url = ReadUrl(member);
                    break;
                default:
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                    break;
            }
        }

        return url;
    }

    private ImmutableArray<string> ReadKeywords(JsonLdNode value)
    {
        var keywords = ImmutableArray.CreateBuilder<string>();
        if (value.Kind == JsonLdKind.String)
        {
            foreach (var keyword in value.Text!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                keywords.Add(keyword);
            }
        }
        else if (value.Kind == JsonLdKind.Array)
        {
            foreach (var item in value.Items)
            {
                if (ReadKeyword(item) is { } keyword)
                {
                    keywords.Add(keyword);
                }
            }
        }
        else if (ReadKeyword(value) is { } keyword)
        {
            keywords.Add(keyword);
        }

        return keywords.ToImmutable();
    }

    // A keyword: a string, or a DefinedTerm (or any Thing) by its name.
    private string? ReadKeyword(JsonLdNode value) => value.Kind == JsonLdKind.String ? value.Text : ReadThingName(value);

    private string? ReadIdentifier(JsonLdNode value)
    {
        var identifier = value;
        if (value.IsObject && value[Value] is { } propertyValue)
        {
            // A PropertyValue: its value is the identifier.
            foreach (var (key, member) in value.Members)
            {
                if (key is not (AtContext or AtId or AtType or Value or "propertyID"))
                {
                    Unmapped(member, InterchangeMessages.UnmappedProperty(key));
                }
            }

            identifier = propertyValue;
        }

        return ReadUrl(identifier);
    }

    private string? ReadUrl(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        var text = IriText(value);
        if (text is null)
        {
            Unmapped(value, InterchangeMessages.UnexpectedValue(InterchangeMessages.TextValue));
            return null;
        }

        if (Guard.IsAbsoluteUri(text))
        {
            return text;
        }

        // A relative reference (RFC 3986, section 5), as pages' own JSON-LD often has: resolved against the URL the document
        // came from, when the caller gave it, as a JSON-LD processor resolves against the document's base. A relative
        // reference keeps the base's scheme; .NET reads some (a DOS drive such as "Z|/a") as file paths, which are left out.
        if (_baseUri is not null && Uri.TryCreate(_baseUri, text, out var resolved) && resolved.Scheme == _baseUri.Scheme
            && Guard.IsAbsoluteUri(resolved.AbsoluteUri))
        {
            return resolved.AbsoluteUri;
        }

        Add(value, NewsDiagnosticCode.InvalidInterchangeValue, isError: false, InterchangeMessages.NotAbsoluteUri(text));
        return null;
    }

    private DateTimeOffset? ReadDate(JsonLdNode value)
    {
        if (ReadText(value) is not { } text)
        {
            return null;
        }

        if (InterchangeDates.TryParse(text, out var date))
        {
            return date;
        }

        Add(value, NewsDiagnosticCode.InvalidInterchangeValue, isError: false, InterchangeMessages.InvalidDate(text));
        return null;
    }

    private int? ReadPixels(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        var number = value;
        if (value.IsObject && value[Value] is { } quantity)
        {
            // A QuantitativeValue (its unitCode E37 is pixels, the only unit the model has).
            number = quantity;
        }

        var text = number.Kind is JsonLdKind.Number or JsonLdKind.String ? number.Text! : null;
        var digits = text?.EndsWith("px", StringComparison.OrdinalIgnoreCase) == true ? text[..^2] : text;
        if (digits is not null && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0)
        {
            return pixels;
        }

        Add(value, NewsDiagnosticCode.InvalidInterchangeValue, isError: false, InterchangeMessages.InvalidPixels(text ?? value.Kind.ToString()));
        return null;
    }

    private DigitalSourceType? ReadSourceType(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        var text = IriText(value);
        if (text is not null && SchemaOrgDigitalSource.TryRead(text, out var type))
        {
            return type;
        }

        Add(value, NewsDiagnosticCode.InvalidInterchangeValue, isError: false, InterchangeMessages.InvalidDigitalSourceType(text ?? value.Kind.ToString()));
        return null;
    }

    // An IRI: a string, or a node object by its @id ({"@id": "https://…"}).
    private static string? IriText(JsonLdNode value)
        => value.Kind == JsonLdKind.String ? value.Text
            : value.IsObject && value[AtId] is { Kind: JsonLdKind.String } id ? id.Text
            : null;

    // A text: a string, or a JSON-LD value object ({"@value": "…", "@language": "…"}).
    private string? ReadText(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        if (value.Kind == JsonLdKind.String)
        {
            return value.Text;
        }

        if (value.IsObject && value["@value"] is { Kind: JsonLdKind.String } literal)
        {
            return literal.Text;
        }

        if (value.Kind == JsonLdKind.Array && value.Items.Count > 0)
        {
            return ReadFirst(value, ReadText);
        }

        Unmapped(value, InterchangeMessages.UnexpectedValue(InterchangeMessages.TextValue));
        return null;
    }

    // One value of a property that may hold several: the first that maps; every further one is reported.
    private T? ReadFirst<T>(JsonLdNode value, Func<JsonLdNode, T?> read)
    {
        if (value.Kind != JsonLdKind.Array)
        {
            return read(value);
        }

        T? first = default;
        var found = false;
        foreach (var item in value.Items)
        {
            if (found)
            {
                Unmapped(item, InterchangeMessages.UnmappedExtraValue);
                continue;
            }

            first = read(item);
            found = first is not null;
        }

        return first;
    }

    private static ImmutableArray<T> ReadAll<T>(JsonLdNode value, Func<JsonLdNode, T?> read)
        where T : class
    {
        var items = ImmutableArray.CreateBuilder<T>();
        foreach (var item in value.Kind == JsonLdKind.Array ? value.Items : [value])
        {
            if (read(item) is { } mapped)
            {
                items.Add(mapped);
            }
        }

        return items.ToImmutable();
    }

    // A value that stands for a node: a reference is the node it names, an object or a string (a name, a URL) is itself;
    // null is no value, and anything else is reported. A node read is consumed.
    private JsonLdNode? Entity(JsonLdNode value)
    {
        if (value.Kind == JsonLdKind.Null)
        {
            return null;
        }

        var entity = Resolve(value);
        if (entity.IsObject)
        {
            _consumed.Add(entity);
            return entity;
        }

        if (entity.Kind == JsonLdKind.String)
        {
            return entity;
        }

        Unmapped(value, InterchangeMessages.UnexpectedValue(InterchangeMessages.NodeValue));
        return null;
    }

    // A reference ({"@id": "…"} alone, or with its @type) to a node of the document is that node.
    private JsonLdNode Resolve(JsonLdNode value)
    {
        if (value.IsObject && value[AtId] is { Kind: JsonLdKind.String, Text: { } id }
            && value.Members.Count <= (value[AtType] is null ? 1 : 2)
            && _byId.TryGetValue(id, out var node) && node != value)
        {
            _consumed.Add(node);
            return node;
        }

        return value;
    }

    private static bool HasType(JsonLdNode node, Func<string, bool> match)
    {
        foreach (var type in TypesOf(node))
        {
            if (match(type))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> TypesOf(JsonLdNode node)
    {
        var type = node[AtType];
        if (type is null)
        {
            yield break;
        }

        foreach (var item in type.Kind == JsonLdKind.Array ? type.Items : [type])
        {
            if (item.Kind == JsonLdKind.String)
            {
                yield return Unprefixed(item.Text!);
            }
        }
    }

    private static string Unprefixed(string type)
        => type.StartsWith("https://schema.org/", StringComparison.Ordinal) ? type["https://schema.org/".Length..]
            : type.StartsWith("http://schema.org/", StringComparison.Ordinal) ? type["http://schema.org/".Length..]
            : type.StartsWith("schema:", StringComparison.Ordinal) ? type["schema:".Length..]
            : type;

    private void Unmapped(JsonLdNode node, string message) => Add(node, NewsDiagnosticCode.UnmappedValue, isError: false, message);

    private void Add(JsonLdNode node, NewsDiagnosticCode code, bool isError, string message)
        => _findings.Add(new Finding(node.Offset, code, isError, message, node));
}
