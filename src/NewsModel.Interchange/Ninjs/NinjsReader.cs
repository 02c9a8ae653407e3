using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NewsModel.Json;
using N = NewsModel.Interchange.Ninjs.NinjsNames;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// Reads one ninjs item (3.x or 2.x) into a page, leniently: what has no place in the model is an
/// <see cref="NewsDiagnosticCode.UnmappedValue"/> warning with its JSON path, a value of the wrong shape an
/// <see cref="NewsDiagnosticCode.InvalidInterchangeValue"/> warning. Only input that is not a JSON object, an item that is
/// not text, and (with validation) a broken schema rule stop the read.
/// </summary>
internal sealed class NinjsReader
{
    private readonly JsonFindings _diagnostics;
    private readonly NinjsNames _names;

    private NinjsReader(JsonFindings diagnostics, NinjsNames names)
    {
        _diagnostics = diagnostics;
        _names = names;
    }

    public static ParseResult<NewsPage> Read(ReadOnlySpan<byte> utf8, NewsPageNinjsOptions options)
    {
        var diagnostics = DiagnosticBag.ForErrors();
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            var at = InvalidUtf8Offset(utf8);
            diagnostics.ErrorAt(utf8, at, NewsDiagnosticCode.InvalidUtf8, InterchangeMessages.InvalidUtf8, JsonPath.Root);
            return diagnostics.ToResult<NewsPage>(default);
        }

        JsonDocument document;
        try
        {
            // JsonDocument copies the bytes it keeps; a span has to become memory first.
            document = JsonDocument.Parse(
                utf8.ToArray(),
                new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException exception)
        {
            // Malformed JSON, a duplicate property, too deep: the core's structure pass says what and where, as for JSON-LD.
            var failure = JsonStructureValidator.Validate(utf8, options.MaxDepth)
                ?? new JsonReadError(
                    NewsDiagnosticCode.InvalidJson,
                    DiagnosticMessages.InvalidJson(JsonDiagnostics.ReasonOf(exception)),
                    exception.Path ?? JsonPath.Root,
                    JsonDiagnostics.OffsetOf(utf8, exception.LineNumber, exception.BytePositionInLine));
            return JsonDiagnostics.Fail<NewsPage>(diagnostics, utf8, failure);
        }

        using (document)
        {
            var findings = new JsonFindings();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                findings.Error(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.RootNotObject, JsonPath.Root);
                return findings.ToResult<NewsPage>(default, utf8, options.MaxDepth);
            }

            try
            {
                var version = options.Version ?? NinjsVersionDetector.Detect(root);
                if (options.Validate && !NinjsValidator.Validate(root, version, findings))
                {
                    return findings.ToResult<NewsPage>(default, utf8, options.MaxDepth);
                }

                var page = new NinjsReader(findings, NinjsNames.Of(version)).ReadItem(root, options);
                return findings.ToResult(page, utf8, options.MaxDepth);
            }
            catch (InvalidOperationException)
            {
                // A property name (or a value read without ReadString) holding an escaped lone surrogate: System.Text.Json
                // cannot give it as a string. Values read through ReadString are warnings; anything else stops here.
                var failed = new JsonFindings();
                failed.Error(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidNameString, JsonPath.Root);
                return failed.ToResult<NewsPage>(default, utf8, options.MaxDepth);
            }
        }
    }

    private static long InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        var valid = 0;
        while (valid < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        return valid;
    }

    private NewsPage? ReadItem(JsonElement root, NewsPageNinjsOptions options)
    {
        const string Path = JsonPath.Root;
        var item = Collect(root, Path, isAssociation: false);
        var type = item.Type;
        if (type is not (null or N.TextType or N.CompositeType))
        {
            if (!NinjsVersionDetector.IsItemType(type))
            {
                Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnknownItemType(type), Child(Path, N.Type));
            }
            else if (!options.AcceptNonTextItems)
            {
                _diagnostics.Error(NewsDiagnosticCode.UnsupportedItemType, InterchangeMessages.UnsupportedItemType(type), Child(Path, N.Type));
                return null;
            }
            else
            {
                Warn(NewsDiagnosticCode.UnsupportedItemType, InterchangeMessages.NonTextItemRead(type), Child(Path, N.Type));
            }
        }

        var canonicalUrl = ReadWebRendition(item.Renditions, Child(Path, N.Renditions), keepOthers: type is not (null or N.TextType or N.CompositeType));
        var identifier = ReadIdentifier(item, Path, canonicalUrl);
        var isTagPage = type == N.CompositeType && item.Headlines is null && item.Descriptions is null && item.Bodies is null;
        var (image, cards) = ReadAssociations(item.Associations, Child(Path, N.Associations), allowImage: !isTagPage, allowCards: true);
        if (type == N.PictureType && image is null && item.Renditions is not null)
        {
            // A picture item's own renditions are its picture.
            var (url, width, height) = ReadRenditions(item.Renditions, Child(Path, N.Renditions));
            image = new NewsImage { AiGenerated = false, Url = url, Width = width, Height = height };
        }

        var page = new NewsPage
        {
            ContentLanguage = ReadString(item.Language, Child(Path, N.Language)),
            CanonicalUrl = canonicalUrl,
            Publisher = ReadPublisher(item.InfoSources, Child(Path, _names.InfoSources)),
        };

        if (isTagPage)
        {
            var title = ReadString(item.Title, Child(Path, N.Title));
            ReportUnmapped(item, Path, forArticle: false);
            return page with { Tag = title is null ? null : new NewsTag { Name = title }, Stories = cards };
        }

        var headline = ReadText(item.Headlines, Child(Path, N.Headlines), N.MainRole, null, out _);
        if (headline is null && item.Title is { } titleElement)
        {
            headline = ReadString(titleElement, Child(Path, N.Title));
        }
        else if (item.Title is not null)
        {
            Unmapped(InterchangeMessages.UnmappedProperty(N.Title), Child(Path, N.Title));
        }

        var summary = ReadText(item.Descriptions, Child(Path, N.Descriptions), N.SummaryRole, null, out _);
        var (authors, byConsumed) = ReadAuthors(item.People, Child(Path, N.People));
        if (!byConsumed && ReadString(item.By, Child(Path, N.By)) is { } byline)
        {
            authors = [new NewsAuthor(byline)];
        }

        var (keywords, section) = ReadSubjects(item.Subjects, Child(Path, N.Subjects));
        ReportUnmapped(item, Path, forArticle: true);
        return page with
        {
            Article = new NewsArticle
            {
                Headline = headline,
                Summary = summary,
                Body = ReadBodies(item.Bodies, Child(Path, N.Bodies)),
                Image = image,
                Identifier = identifier,
                Published = ReadDate(item.FirstCreated, Child(Path, _names.FirstCreated)),
                Modified = ReadDate(item.VersionCreated, Child(Path, _names.VersionCreated)),
                Authors = authors,
                Keywords = keywords,
                Section = section,
                DigitalSourceType = ReadSourceType(item.DigitalSourceType, Child(Path, _names.DigitalSourceType)),
            },
            RelatedStories = cards,
        };
    }

    // The root properties that only an article reads, reported on a tag page; the copyright notice is an image's only.
    private void ReportUnmapped(in Item item, string path, bool forArticle)
    {
        ReportRest(item, path, _names.CopyrightNotice);
        if (!forArticle)
        {
            ReportRest(item, path, N.People, N.Subjects, N.By, _names.FirstCreated, _names.VersionCreated, _names.DigitalSourceType);
        }
    }

    // The properties of an item, each kept for its reader; any other is reported as it is met.
    private Item Collect(JsonElement element, string path, bool isAssociation)
    {
        var item = default(Item);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            switch (name)
            {
                case N.Uri: item.Uri = value; break;
                case N.Type: item.Type = ReadString(value, Child(path, name)); break;
                case N.Standard when !isAssociation: break;
                case N.Name when isAssociation: break;
                case N.Rel when isAssociation && _names.IsV3: break;
                case N.Language: item.Language = value; break;
                case N.Headlines: item.Headlines = value; break;
                case N.Descriptions: item.Descriptions = value; break;
                case N.Bodies: item.Bodies = value; break;
                case N.By: item.By = value; break;
                case N.People: item.People = value; break;
                case N.Subjects: item.Subjects = value; break;
                case N.Renditions: item.Renditions = value; break;
                case N.Associations: item.Associations = value; break;
                case N.Title: item.Title = value; break;
                default:
                    if (name == _names.FirstCreated)
                    {
                        item.FirstCreated = value;
                    }
                    else if (name == _names.VersionCreated)
                    {
                        item.VersionCreated = value;
                    }
                    else if (name == _names.InfoSources)
                    {
                        item.InfoSources = value;
                    }
                    else if (name == _names.DigitalSourceType)
                    {
                        item.DigitalSourceType = value;
                    }
                    else if (name == _names.CopyrightNotice)
                    {
                        item.CopyrightNotice = value;
                    }
                    else
                    {
                        Unmapped(InterchangeMessages.UnmappedProperty(name), Child(path, name));
                    }

                    break;
            }
        }

        return item;
    }

    private string? ReadIdentifier(in Item item, string path, string? canonicalUrl)
    {
        if (item.Uri is not { } uriElement)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.MissingUri, path);
            return null;
        }

        var uri = ReadUri(uriElement, Child(path, N.Uri));
        return uri is null || uri.StartsWith(N.DerivedUriPrefix, StringComparison.Ordinal) || uri == canonicalUrl ? null : uri;
    }

    private (NewsImage? Image, ImmutableArray<StoryCard> Cards) ReadAssociations(JsonElement? associations, string path, bool allowImage, bool allowCards)
    {
        NewsImage? image = null;
        var cards = ImmutableArray.CreateBuilder<StoryCard>();
        var index = 0;
        foreach (var (association, itemPath) in Items(associations, path))
        {
            index++;
            if (association.ValueKind != JsonValueKind.Object)
            {
                Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), itemPath);
                continue;
            }

            // Reported, where it is not a string, when the association is read.
            var type = association.TryGetProperty(N.Type, out var typeElement) ? QuietString(typeElement) : null;
            if (type is N.PictureType or "graphic" && allowImage && image is null)
            {
                image = ReadPicture(Collect(association, itemPath, isAssociation: true), itemPath);
            }
            else if (type is N.PictureType or "graphic" && allowImage)
            {
                Unmapped(InterchangeMessages.SecondImage, itemPath);
            }
            else if (allowCards && type is null or N.TextType or N.CompositeType)
            {
                cards.Add(ReadCard(Collect(association, itemPath, isAssociation: true), itemPath));
            }
            else
            {
                Unmapped(InterchangeMessages.UnmappedAssociation(type), itemPath);
            }
        }

        return (image, cards.ToImmutable());
    }

    private StoryCard ReadCard(in Item item, string path)
    {
        var url = ReadWebRendition(item.Renditions, Child(path, N.Renditions), keepOthers: false) ?? HttpUri(item, path);
        var (image, _) = ReadAssociations(item.Associations, Child(path, N.Associations), allowImage: true, allowCards: false);
        var (aiReported, sourceType) = BadgeAndType(ReadSourceType(item.DigitalSourceType, Child(path, _names.DigitalSourceType)));
        ReportRest(item, path, N.Bodies, N.By, N.People, N.Subjects, N.Language, N.Title, _names.FirstCreated, _names.VersionCreated, _names.InfoSources, _names.CopyrightNotice);
        return new StoryCard
        {
            Title = ReadText(item.Headlines, Child(path, N.Headlines), N.MainRole, null, out _),
            Summary = ReadText(item.Descriptions, Child(path, N.Descriptions), N.SummaryRole, null, out _),
            Image = image,
            AiReported = aiReported,
            DigitalSourceType = sourceType,
            Url = url,
        };
    }

    private NewsImage ReadPicture(in Item item, string path)
    {
        var caption = ReadText(item.Descriptions, Child(path, N.Descriptions), N.CaptionRole, N.AltRole, out var altText);
        var (aiGenerated, sourceType) = BadgeAndType(ReadSourceType(item.DigitalSourceType, Child(path, _names.DigitalSourceType)));
        var (url, width, height) = ReadRenditions(item.Renditions, Child(path, N.Renditions));
        ReportRest(item, path, N.Headlines, N.Bodies, N.People, N.Subjects, N.Language, N.Title, N.Associations, _names.FirstCreated, _names.VersionCreated, _names.InfoSources);
        return new NewsImage
        {
            Caption = caption,
            AltText = altText,
            AiGenerated = aiGenerated,
            DigitalSourceType = sourceType,
            Url = url ?? HttpUri(item, path),
            Width = width,
            Height = height,
            Credit = ReadString(item.By, Child(path, N.By)),
            CopyrightNotice = ReadString(item.CopyrightNotice, Child(path, _names.CopyrightNotice)),
        };
    }

    // The first rendition is the image: its link and size; any further one is reported.
    private (string? Url, int? Width, int? Height) ReadRenditions(JsonElement? renditions, string path)
    {
        string? url = null;
        int? width = null, height = null;
        var first = true;
        foreach (var (rendition, renditionPath) in Items(renditions, path))
        {
            if (rendition.ValueKind != JsonValueKind.Object)
            {
                Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), renditionPath);
                continue;
            }

            if (!first)
            {
                Unmapped(InterchangeMessages.FurtherRendition, renditionPath);
                continue;
            }

            first = false;
            foreach (var property in rendition.EnumerateObject())
            {
                var propertyPath = Child(renditionPath, property.Name);
                switch (property.Name)
                {
                    case N.Name: break;
                    case N.Href: url = ReadUri(property.Value, propertyPath); break;
                    case N.Width: width = ReadDimension(property.Value, propertyPath); break;
                    case N.Height: height = ReadDimension(property.Value, propertyPath); break;
                    default:
                        if (property.Name != _names.ContentType)
                        {
                            Unmapped(InterchangeMessages.UnmappedProperty(property.Name), propertyPath);
                        }

                        break;
                }
            }
        }

        return (url, width, height);
    }

    // An association's http(s) URI is the link of what it names, where no rendition gives one.
    private string? HttpUri(in Item item, string path)
    {
        var uri = item.Uri is { } element ? ReadUri(element, Child(path, N.Uri)) : null;
        return uri is not null && (uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ? uri : null;
    }

    private void ReportRest(in Item item, string path, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (item.Get(name, _names) is not null)
            {
                Unmapped(InterchangeMessages.UnmappedProperty(name), Child(path, name));
            }
        }
    }

    // The site's badges are generative AI; a source type says more only when it is another term.
    private static (bool Badge, DigitalSourceType? Type) BadgeAndType(DigitalSourceType? type)
        => type == DigitalSourceType.TrainedAlgorithmicMedia ? (true, null) : (type?.IsGenerativeAi ?? false, type);

    private string? ReadWebRendition(JsonElement? renditions, string path, bool keepOthers)
    {
        string? url = null;
        foreach (var (rendition, renditionPath) in Items(renditions, path))
        {
            var isWeb = rendition.ValueKind == JsonValueKind.Object
                && ((rendition.TryGetProperty(N.Name, out var name) && name.ValueKind == JsonValueKind.String && name.ValueEquals(N.WebRendition))
                    || (rendition.TryGetProperty(_names.ContentType, out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals(N.Html)));
            if (isWeb && url is null && rendition.TryGetProperty(N.Href, out var href))
            {
                url = ReadUri(href, Child(renditionPath, N.Href));
            }
            else if (!keepOthers)
            {
                Unmapped(InterchangeMessages.FurtherRendition, renditionPath);
            }
        }

        return url;
    }

    private NewsPublisher? ReadPublisher(JsonElement? sources, string path)
    {
        NewsPublisher? publisher = null;
        foreach (var (source, sourcePath) in Items(sources, path))
        {
            var entity = ReadEntity(source, sourcePath, N.Role, literal: false);
            if (publisher is null && entity.Name is { } name && entity.Relation == N.PublisherRole)
            {
                publisher = new NewsPublisher(name, entity.Uri);
            }
            else
            {
                Unmapped(InterchangeMessages.UnmappedEntry, sourcePath);
            }
        }

        return publisher;
    }

    private (ImmutableArray<NewsAuthor> Authors, bool ByConsumed) ReadAuthors(JsonElement? people, string path)
    {
        var authors = ImmutableArray.CreateBuilder<NewsAuthor>();
        foreach (var (person, personPath) in Items(people, path))
        {
            var entity = ReadEntity(person, personPath, N.Rel, literal: false);
            if (entity.Name is { } name && entity.Relation is N.AuthorRel or "creator" or "byline")
            {
                authors.Add(new NewsAuthor(name, entity.Uri));
            }
            else
            {
                Unmapped(InterchangeMessages.UnmappedEntry, personPath);
            }
        }

        return (authors.ToImmutable(), authors.Count > 0);
    }

    private (ImmutableArray<string> Keywords, string? Section) ReadSubjects(JsonElement? subjects, string path)
    {
        var keywords = ImmutableArray.CreateBuilder<string>();
        string? section = null;
        foreach (var (subject, subjectPath) in Items(subjects, path))
        {
            var entity = ReadEntity(subject, subjectPath, N.Rel, literal: true);
            if ((entity.Name ?? entity.Literal) is not { } keyword)
            {
                Unmapped(InterchangeMessages.UnmappedEntry, subjectPath);
            }
            else if (entity.Relation == N.SectionRel && section is null)
            {
                section = keyword;
            }
            else
            {
                keywords.Add(keyword);
                if (entity.Uri is not null)
                {
                    // A keyword is a name: the subject's code is not kept.
                    Unmapped(InterchangeMessages.UnmappedProperty(N.Uri), Child(subjectPath, N.Uri));
                }
            }
        }

        return (keywords.ToImmutable(), section);
    }

    // A person, source or subject: its name, URI, relation (rel or role) and, for subjects, literal; anything else is reported.
    private (string? Name, string? Uri, string? Relation, string? Literal) ReadEntity(JsonElement entity, string path, string relation, bool literal)
    {
        string? name = null, uri = null, rel = null, literalValue = null;
        if (entity.ValueKind != JsonValueKind.Object)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), path);
            return default;
        }

        foreach (var property in entity.EnumerateObject())
        {
            var propertyPath = Child(path, property.Name);
            if (property.Name == N.Name)
            {
                name = ReadString(property.Value, propertyPath);
            }
            else if (property.Name == N.Uri)
            {
                uri = ReadUri(property.Value, propertyPath);
            }
            else if (property.Name == relation)
            {
                rel = ReadString(property.Value, propertyPath);
            }
            else if (literal && property.Name == N.Literal)
            {
                literalValue = ReadString(property.Value, propertyPath);
            }
            else
            {
                Unmapped(InterchangeMessages.UnmappedProperty(property.Name), propertyPath);
            }
        }

        return (name, uri, rel, literalValue);
    }

    /// <summary>
    /// The value of the headline or description of <paramref name="role"/> (else the first one in plain text, else the
    /// first); with <paramref name="secondRole"/>, the one of that role too. Any other is reported.
    /// </summary>
    private string? ReadText(JsonElement? texts, string path, string role, string? secondRole, out string? second)
    {
        second = null;
        var entries = new List<(string? Role, bool Markup, string? Value, string Path)>();
        foreach (var (entry, entryPath) in Items(texts, path))
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), entryPath);
                continue;
            }

            entries.Add(ReadEntry(entry, entryPath));
        }

        var chosen = entries.FindIndex(e => e.Role == role);
        chosen = chosen >= 0 ? chosen : entries.FindIndex(e => (secondRole is null || e.Role != secondRole) && !e.Markup);
        chosen = chosen >= 0 ? chosen : entries.FindIndex(e => secondRole is null || e.Role != secondRole);
        var secondIndex = secondRole is null ? -1 : entries.FindIndex(e => e.Role == secondRole);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i != chosen && i != secondIndex)
            {
                Unmapped(InterchangeMessages.FurtherText, entries[i].Path);
            }
        }

        second = secondIndex >= 0 ? Plain(entries[secondIndex]) : null;
        return chosen >= 0 ? Plain(entries[chosen]) : null;

        string? Plain((string? Role, bool Markup, string? Value, string Path) entry)
            => entry.Markup && entry.Value is not null ? string.Join(" ", NinjsHtml.Paragraphs(entry.Value, Child(entry.Path, N.Value), _diagnostics)) : entry.Value;
    }

    private (string? Role, bool Markup, string? Value, string Path) ReadEntry(JsonElement entry, string path)
    {
        string? role = null, contentType = null, value = null;
        foreach (var property in entry.EnumerateObject())
        {
            var propertyPath = Child(path, property.Name);
            if (property.Name == N.Role)
            {
                role = ReadString(property.Value, propertyPath);
            }
            else if (property.Name == _names.ContentType)
            {
                contentType = ReadString(property.Value, propertyPath);
            }
            else if (property.Name == N.Value)
            {
                value = ReadString(property.Value, propertyPath);
            }
            else if (!property.Name.Equals(_names.IsV3 ? "charCount" : "charcount", StringComparison.Ordinal)
                && !property.Name.Equals(_names.IsV3 ? "wordCount" : "wordcount", StringComparison.Ordinal))
            {
                Unmapped(InterchangeMessages.UnmappedProperty(property.Name), propertyPath);
            }
        }

        return (role, IsMarkup(contentType), value, path);
    }

    private static bool IsMarkup(string? contentType)
        => contentType is not null && (contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase));

    // One HTML body and one plain-text body are two forms of the same text: the HTML one is read (its paragraphs are marked).
    private ImmutableArray<string> ReadBodies(JsonElement? bodies, string path)
    {
        var entries = new List<(string? Role, bool Markup, string? Value, string Path)>();
        foreach (var (entry, entryPath) in Items(bodies, path))
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), entryPath);
                continue;
            }

            entries.Add(ReadEntry(entry, entryPath));
        }

        var html = entries.FindIndex(e => e.Markup && e.Value is not null);
        var plain = entries.FindIndex(e => !e.Markup && e.Value is not null);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i != html && i != plain)
            {
                Unmapped(InterchangeMessages.FurtherBody, entries[i].Path);
            }
        }

        if (html < 0)
        {
            return plain >= 0 ? NinjsHtml.PlainParagraphs(entries[plain].Value!) : [];
        }

        // The HTML body as this library writes it (exactly the plain body's paragraphs, each in a <p>) says no more than the
        // plain body: read that, and spare the HTML parser, which costs most of a read.
        if (plain >= 0 && NinjsHtml.PlainParagraphs(entries[plain].Value!) is var paragraphs && IsHtmlOf(paragraphs, entries[html].Value!))
        {
            return paragraphs;
        }

        return NinjsHtml.Paragraphs(entries[html].Value!, Child(entries[html].Path, N.Value), _diagnostics);
    }

    private static bool IsHtmlOf(ImmutableArray<string> paragraphs, string html)
    {
        var written = new StringBuilder(html.Length);
        foreach (var paragraph in paragraphs)
        {
            InterchangeText.AppendHtmlParagraph(written, paragraph);
            if (written.Length > html.Length)
            {
                return false;
            }
        }

        return written.Equals(html.AsSpan());
    }

    private DigitalSourceType? ReadSourceType(JsonElement? element, string path)
    {
        if (element is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = ReadString(value, path);
            if (DigitalSourceType.TryFromUri(text, out var fromString))
            {
                return fromString;
            }

            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidIptcDigitalSourceType(text ?? string.Empty), path);
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ObjectValue), path);
            return null;
        }

        string? uri = null, literal = null;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case N.Uri: uri = ReadString(property.Value, Child(path, N.Uri)); break;
                case N.Literal: literal = ReadString(property.Value, Child(path, N.Literal)); break;
                case N.Name: break;
                default: Unmapped(InterchangeMessages.UnmappedProperty(property.Name), Child(path, property.Name)); break;
            }
        }

        if (DigitalSourceType.TryFromUri(uri, out var type))
        {
            return type;
        }

        if (literal is not null && DigitalSourceType.TryFromUri(DigitalSourceType.IptcVocabulary + literal, out type) && type.IptcTerm == literal)
        {
            return type;
        }

        Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidIptcDigitalSourceType(uri ?? literal ?? string.Empty), path);
        return null;
    }

    private DateTimeOffset? ReadDate(JsonElement? element, string path)
    {
        if (element is not { } value || ReadString(value, path) is not { } text)
        {
            return null;
        }

        if (InterchangeDates.TryParse(text, out var date))
        {
            return date;
        }

        Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidDate(text), path);
        return null;
    }

    private int? ReadDimension(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var pixels) && pixels > 0)
        {
            return pixels;
        }

        Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidPixels(value.GetRawText()), path);
        return null;
    }

    private string? ReadUri(JsonElement value, string path)
    {
        var text = ReadString(value, path);
        if (text is null || Guard.IsAbsoluteUri(text))
        {
            return text;
        }

        Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.NotAbsoluteUri(text), path);
        return null;
    }

    private string? ReadString(JsonElement? element, string path)
    {
        if (element is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.TextValue), path);
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.InvalidString, path);
            return null;
        }
    }

    /// <summary>The string, or <see langword="null"/> for another kind of value or a string System.Text.Json cannot give (an escaped lone surrogate).</summary>
    internal static string? QuietString(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private IEnumerable<(JsonElement Item, string Path)> Items(JsonElement? array, string path)
    {
        if (array is not { } value)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Warn(NewsDiagnosticCode.InvalidInterchangeValue, InterchangeMessages.UnexpectedValue(InterchangeMessages.ArrayValue), path);
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, JsonPath.AppendIndex(path, index++));
        }
    }

    private void Unmapped(string message, string path) => Warn(NewsDiagnosticCode.UnmappedValue, message, path);

    private void Warn(NewsDiagnosticCode code, string message, string path) => _diagnostics.Warning(code, message, path);

    internal static string Child(string path, string name)
    {
        var builder = new StringBuilder(path, path.Length + name.Length + 4);
        JsonPath.AppendProperty(builder, name);
        return builder.ToString();
    }

    private struct Item
    {
        public JsonElement? Uri;
        public string? Type;
        public JsonElement? FirstCreated;
        public JsonElement? VersionCreated;
        public JsonElement? Language;
        public JsonElement? Headlines;
        public JsonElement? Descriptions;
        public JsonElement? Bodies;
        public JsonElement? By;
        public JsonElement? People;
        public JsonElement? Subjects;
        public JsonElement? InfoSources;
        public JsonElement? DigitalSourceType;
        public JsonElement? CopyrightNotice;
        public JsonElement? Renditions;
        public JsonElement? Associations;
        public JsonElement? Title;

        public readonly JsonElement? Get(string name, NinjsNames names)
            => name switch
            {
                N.Headlines => Headlines,
                N.Descriptions => Descriptions,
                N.Bodies => Bodies,
                N.By => By,
                N.People => People,
                N.Subjects => Subjects,
                N.Language => Language,
                N.Title => Title,
                N.Associations => Associations,
                _ when name == names.FirstCreated => FirstCreated,
                _ when name == names.VersionCreated => VersionCreated,
                _ when name == names.InfoSources => InfoSources,
                _ when name == names.CopyrightNotice => CopyrightNotice,
                _ when name == names.DigitalSourceType => DigitalSourceType,
                _ => null,
            };
    }
}
