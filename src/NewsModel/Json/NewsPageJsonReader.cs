using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// Reads canonical JSON into the model in one forward pass of <see cref="Utf8JsonReader"/>, checking the schema as it
/// goes: each object accepts its own members only, once each; each value must have its member's type; required members
/// are checked at the object's end. The first problem stops the read with a <see cref="JsonReadException"/> that names
/// the code, the message, the JSON path and the byte offset; malformed JSON surfaces as the reader's own
/// <see cref="JsonException"/>, and a string that cannot be decoded as <see cref="InvalidOperationException"/>.
/// </summary>
/// <remarks>
/// Schema versions 1 and 2 are read. The members version 2 added (publishing metadata) are errors in a version 1 document,
/// reported at the member: where <c>schemaVersion</c> follows such a member, the first one met is remembered (its path and
/// position) and reported when the version is read.
/// </remarks>
internal ref struct NewsPageJsonReader
{
    // Deeper than any valid page (root, relatedStories, a story, its image, one unknown member of it): enough for every path reported.
    private const int MaxSegments = 8;

    private readonly int _maxDepth;
    private readonly int _baseDepth;
    private Utf8JsonReader _reader;
    private PathSegments _path;
    private int _pathLength;

    // The schemaVersion read, 0 before it is met; and the start of the current member's name.
    private int _version;
    private long _nameOffset;

    // The first member of version 2 met before schemaVersion: an error if the version turns out to be 1.
    private string? _pendingV2Name;
    private string? _pendingV2Path;
    private long _pendingV2Offset;

    /// <summary>Creates a reader of one page.</summary>
    /// <param name="reader">The JSON reader: before its first token, or on the page's first token.</param>
    /// <param name="maxDepth">The deepest nesting allowed, the page's object counting as 1.</param>
    public NewsPageJsonReader(Utf8JsonReader reader, int maxDepth)
    {
        _reader = reader;
        _maxDepth = maxDepth;
        _baseDepth = reader.TokenType == JsonTokenType.None ? 0 : reader.CurrentDepth;
    }

    /// <summary>The JSON reader's state, on the page object's last token after <see cref="ReadPage"/>.</summary>
    public readonly Utf8JsonReader Reader => _reader;

    /// <summary>Reads the page: an object, the current token if there is one, else the next one.</summary>
    public NewsPage ReadPage()
    {
        if (_reader.TokenType == JsonTokenType.None)
        {
            Advance();
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            ThrowUnexpected(DiagnosticMessages.JsonObjectValue);
        }

        string? uiLanguage = null, contentLanguage = null;
        NewsArticle? article = null;
        NewsTag? tag = null;
        ConsentNotice? consent = null;
        ImmutableArray<Reaction> reactions = [];
        ImmutableArray<StoryCard> relatedStories = [], stories = [];
        ImmutableArray<string> unclassifiedText = [];
        string? canonicalUrl = null;
        NewsPublisher? publisher = null;
        var seen = 0ul;
        while (NextProperty(ref seen, out var name))
        {
            switch (name)
            {
                case Name.SchemaVersion:
                    ReadSchemaVersion();
                    break;
                case Name.UiLanguage:
                    uiLanguage = ReadOptionalString();
                    break;
                case Name.ContentLanguage:
                    contentLanguage = ReadOptionalString();
                    break;
                case Name.Article:
                    article = ReadArticle();
                    break;
                case Name.Tag:
                    tag = ReadTag();
                    break;
                case Name.Reactions:
                    reactions = ReadReactions();
                    break;
                case Name.RelatedStories:
                    relatedStories = ReadStories();
                    break;
                case Name.Stories:
                    stories = ReadStories();
                    break;
                case Name.Consent:
                    consent = ReadConsent();
                    break;
                case Name.UnclassifiedText:
                    unclassifiedText = ReadStrings();
                    break;
                case Name.CanonicalUrl:
                    RequireVersion2();
                    canonicalUrl = ReadOptionalUri();
                    break;
                case Name.Publisher:
                    RequireVersion2();
                    publisher = ReadPublisher();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        RequireMember(seen, Name.SchemaVersion);
        return new NewsPage
        {
            UiLanguage = uiLanguage,
            ContentLanguage = contentLanguage,
            Article = article,
            Tag = tag,
            Reactions = reactions,
            RelatedStories = relatedStories,
            Stories = stories,
            Consent = consent,
            UnclassifiedText = unclassifiedText,
            CanonicalUrl = canonicalUrl,
            Publisher = publisher,
        };
    }

    private NewsPublisher? ReadPublisher()
    {
        if (!StartOptionalObject())
        {
            return null;
        }

        string? name = null, url = null, logoUrl = null;
        var seen = 0ul;
        while (NextProperty(ref seen, out var member))
        {
            switch (member)
            {
                case Name.Name:
                    name = ReadRequiredString();
                    break;
                case Name.Url:
                    RequireVersion2();
                    url = ReadOptionalUri();
                    break;
                case Name.LogoUrl:
                    RequireVersion2();
                    logoUrl = ReadOptionalUri();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        RequireMember(seen, Name.Name);
        return new NewsPublisher(name!, url, logoUrl);
    }

    private NewsArticle? ReadArticle()
    {
        if (!StartOptionalObject())
        {
            return null;
        }

        string? headline = null, summary = null, identifier = null, section = null;
        ImmutableArray<string> body = [], keywords = [];
        ImmutableArray<NewsAuthor> authors = [];
        DateTimeOffset? published = null, modified = null;
        DigitalSourceType? sourceType = null;
        NewsImage? image = null;
        var seen = 0ul;
        while (NextProperty(ref seen, out var name))
        {
            switch (name)
            {
                case Name.Headline:
                    headline = ReadOptionalString();
                    break;
                case Name.Summary:
                    summary = ReadOptionalString();
                    break;
                case Name.Body:
                    body = ReadStrings();
                    break;
                case Name.Image:
                    image = ReadImage();
                    break;
                case Name.Identifier:
                    RequireVersion2();
                    identifier = ReadOptionalUri();
                    break;
                case Name.Published:
                    RequireVersion2();
                    published = ReadOptionalDate();
                    break;
                case Name.Modified:
                    RequireVersion2();
                    modified = ReadOptionalDate();
                    break;
                case Name.Authors:
                    RequireVersion2();
                    authors = ReadAuthors();
                    break;
                case Name.Keywords:
                    RequireVersion2();
                    keywords = ReadStrings();
                    break;
                case Name.Section:
                    RequireVersion2();
                    section = ReadOptionalString();
                    break;
                case Name.DigitalSourceType:
                    RequireVersion2();
                    sourceType = ReadOptionalSourceType();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        return new NewsArticle
        {
            Headline = headline,
            Summary = summary,
            Body = body,
            Image = image,
            Identifier = identifier,
            Published = published,
            Modified = modified,
            Authors = authors,
            Keywords = keywords,
            Section = section,
            DigitalSourceType = sourceType,
        };
    }

    private NewsTag? ReadTag()
    {
        if (!StartOptionalObject())
        {
            return null;
        }

        string? name = null;
        var followButton = false;
        var seen = 0ul;
        while (NextProperty(ref seen, out var member))
        {
            switch (member)
            {
                case Name.Name:
                    name = ReadOptionalString();
                    break;
                case Name.FollowButton:
                    followButton = ReadBoolean();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        return new NewsTag { Name = name, HasFollowButton = followButton };
    }

    private NewsImage? ReadImage()
    {
        if (!StartOptionalObject())
        {
            return null;
        }

        string? caption = null, url = null, altText = null, credit = null, copyright = null;
        int? width = null, height = null;
        DigitalSourceType? sourceType = null;
        var aiGenerated = false;
        var seen = 0ul;
        while (NextProperty(ref seen, out var name))
        {
            switch (name)
            {
                case Name.Caption:
                    caption = ReadOptionalString();
                    break;
                case Name.AiGenerated:
                    aiGenerated = ReadBoolean();
                    break;
                case Name.DigitalSourceType:
                    RequireVersion2();
                    sourceType = ReadOptionalSourceType();
                    break;
                case Name.Url:
                    RequireVersion2();
                    url = ReadOptionalUri();
                    break;
                case Name.Width:
                    RequireVersion2();
                    width = ReadOptionalPositive();
                    break;
                case Name.Height:
                    RequireVersion2();
                    height = ReadOptionalPositive();
                    break;
                case Name.AltText:
                    RequireVersion2();
                    altText = ReadOptionalString();
                    break;
                case Name.Credit:
                    RequireVersion2();
                    credit = ReadOptionalString();
                    break;
                case Name.CopyrightNotice:
                    RequireVersion2();
                    copyright = ReadOptionalString();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        RequireMember(seen, Name.AiGenerated);
        return new NewsImage(caption, aiGenerated)
        {
            DigitalSourceType = sourceType,
            Url = url,
            Width = width,
            Height = height,
            AltText = altText,
            Credit = credit,
            CopyrightNotice = copyright,
        };
    }

    private ImmutableArray<Reaction> ReadReactions()
        => ReadTextPairs(Name.Text, Name.Platform, static (text, platform) => new Reaction(text) { Platform = platform });

    private ImmutableArray<NewsAuthor> ReadAuthors()
        => ReadTextPairs(Name.Name, Name.Url, static (name, url) => new NewsAuthor(name, url));

    // An array of objects of two strings: a required one, and an optional one (an absolute URI when it is named url).
    private ImmutableArray<T> ReadTextPairs<T>(Name required, Name optional, Func<string, string?, T> create)
        where T : class
    {
        StartArray();
        var items = new ItemBuffer<T>();
        try
        {
            for (var index = 0; NextItem(index); index++)
            {
                StartItemObject();
                string? first = null, second = null;
                var seen = 0ul;
                while (NextProperty(ref seen, out var name))
                {
                    if (name == required)
                    {
                        first = ReadRequiredString();
                    }
                    else if (name == optional)
                    {
                        second = optional == Name.Url ? ReadOptionalUri() : ReadOptionalString();
                    }
                    else
                    {
                        ThrowUnknownProperty();
                    }

                    PopSegment();
                }

                RequireMember(seen, required);
                items.Add(create(first!, second));
                PopSegment();
            }

            return items.ToImmutable();
        }
        finally
        {
            items.Dispose();
        }
    }

    private ImmutableArray<StoryCard> ReadStories()
    {
        StartArray();
        var items = new ItemBuffer<StoryCard>();
        try
        {
            for (var index = 0; NextItem(index); index++)
            {
                StartItemObject();
                string? title = null, summary = null, url = null;
                NewsImage? image = null;
                DigitalSourceType? sourceType = null;
                var aiReported = false;
                var seen = 0ul;
                while (NextProperty(ref seen, out var name))
                {
                    switch (name)
                    {
                        case Name.Title:
                            title = ReadOptionalString();
                            break;
                        case Name.Summary:
                            summary = ReadOptionalString();
                            break;
                        case Name.Image:
                            image = ReadImage();
                            break;
                        case Name.AiReported:
                            aiReported = ReadBoolean();
                            break;
                        case Name.DigitalSourceType:
                            RequireVersion2();
                            sourceType = ReadOptionalSourceType();
                            break;
                        case Name.Url:
                            RequireVersion2();
                            url = ReadOptionalUri();
                            break;
                        default:
                            ThrowUnknownProperty();
                            break;
                    }

                    PopSegment();
                }

                RequireMember(seen, Name.AiReported);
                items.Add(new StoryCard { Summary = summary, Title = title, Image = image, AiReported = aiReported, DigitalSourceType = sourceType, Url = url });
                PopSegment();
            }

            return items.ToImmutable();
        }
        finally
        {
            items.Dispose();
        }
    }

    private ConsentNotice? ReadConsent()
    {
        if (!StartOptionalObject())
        {
            return null;
        }

        string? title = null, message = null;
        ImmutableArray<ConsentAction> actions = [];
        var seen = 0ul;
        while (NextProperty(ref seen, out var name))
        {
            switch (name)
            {
                case Name.Title:
                    title = ReadRequiredString();
                    break;
                case Name.Message:
                    message = ReadOptionalString();
                    break;
                case Name.Actions:
                    actions = ReadActions();
                    break;
                default:
                    ThrowUnknownProperty();
                    break;
            }

            PopSegment();
        }

        RequireMember(seen, Name.Title);
        return new ConsentNotice { Title = title!, Message = message, Actions = actions };
    }

    private ImmutableArray<ConsentAction> ReadActions()
    {
        StartArray();
        var items = new ItemBuffer<ConsentAction>();
        try
        {
            for (var index = 0; NextItem(index); index++)
            {
                StartItemObject();
                var kind = ConsentActionKind.Other;
                string? label = null;
                var seen = 0ul;
                while (NextProperty(ref seen, out var name))
                {
                    switch (name)
                    {
                        case Name.Kind:
                            kind = ReadConsentActionKind();
                            break;
                        case Name.Label:
                            label = ReadRequiredString();
                            break;
                        default:
                            ThrowUnknownProperty();
                            break;
                    }

                    PopSegment();
                }

                RequireMember(seen, Name.Kind);
                RequireMember(seen, Name.Label);
                items.Add(new ConsentAction(kind, label!));
                PopSegment();
            }

            return items.ToImmutable();
        }
        finally
        {
            items.Dispose();
        }
    }

    private ImmutableArray<string> ReadStrings()
    {
        StartArray();
        var items = new ItemBuffer<string>();
        try
        {
            for (var index = 0; NextItem(index); index++)
            {
                if (_reader.TokenType != JsonTokenType.String)
                {
                    ThrowUnexpected(DiagnosticMessages.JsonStringValue);
                }

                items.Add(_reader.GetString()!);
                PopSegment();
            }

            return items.ToImmutable();
        }
        finally
        {
            items.Dispose();
        }
    }

    private void ReadSchemaVersion()
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            ThrowUnexpected(DiagnosticMessages.JsonSchemaVersionValue(NewsPageJson.OldestSchemaVersion, NewsPageJson.SchemaVersion));
        }

        if (!_reader.TryGetInt32(out var version) || version < NewsPageJson.OldestSchemaVersion || version > NewsPageJson.SchemaVersion)
        {
            // A number is ASCII: its first bytes are the excerpt the message quotes, however long it is.
            var raw = _reader.HasValueSequence ? _reader.ValueSequence.ToArray() : _reader.ValueSpan;
            var start = Encoding.ASCII.GetString(raw[..Math.Min(raw.Length, DiagnosticMessages.MaxExcerptLength)]);
            Throw(
                NewsDiagnosticCode.UnsupportedSchemaVersion,
                DiagnosticMessages.UnsupportedSchemaVersion(DiagnosticMessages.Excerpt(start, raw.Length), NewsPageJson.OldestSchemaVersion, NewsPageJson.SchemaVersion),
                _reader.TokenStartIndex);
        }

        _version = version;
        if (version == 1 && _pendingV2Path is { } path)
        {
            throw new JsonReadException(new JsonReadError(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.JsonMemberOfLaterVersion(_pendingV2Name!, 2, version), path, _pendingV2Offset));
        }
    }

    // On a member that schema version 2 added: an error in a version 1 document, now or once its version is read.
    private void RequireVersion2()
    {
        if (_version >= 2)
        {
            return;
        }

        // The member's name is the path's last segment (v2 members lie within the deepest path reported).
        var name = _path[_pathLength - 1].Name!;
        if (_version == 1)
        {
            Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.JsonMemberOfLaterVersion(name, 2, 1), _nameOffset);
        }

        if (_pendingV2Path is null)
        {
            _pendingV2Name = name;
            _pendingV2Path = PathString();
            _pendingV2Offset = _nameOffset;
        }
    }

    private string? ReadOptionalUri()
    {
        var value = ReadOptionalString();
        if (value is not null && !Guard.IsAbsoluteUri(value))
        {
            Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.JsonNotAbsoluteUri(value), _reader.TokenStartIndex);
        }

        return value;
    }

    private DigitalSourceType? ReadOptionalSourceType()
    {
        var value = ReadOptionalString();
        if (value is null)
        {
            return null;
        }

        if (!DigitalSourceType.TryFromUri(value, out var type))
        {
            Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.JsonNotAbsoluteUri(value), _reader.TokenStartIndex);
        }

        return type;
    }

    // A date: ISO 8601 (System.Text.Json's extended form) with a time and an explicit offset (Z or ±hh:mm), which is kept.
    private DateTimeOffset? ReadOptionalDate()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.String)
        {
            ThrowUnexpected(DiagnosticMessages.JsonDateValue);
        }

        if (!HasExplicitOffset() || !_reader.TryGetDateTimeOffset(out var date))
        {
            Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnexpectedJsonDate(_reader.GetString()!), _reader.TokenStartIndex);
            return default;
        }

        return date;
    }

    // System.Text.Json reads a date without offset (or without time) in the machine's local time zone: the canonical form states it.
    private readonly bool HasExplicitOffset() => TestValue<OffsetTest, bool>();

    // A test of a string's UTF-8 bytes, and its answer for a value longer than any it accepts (LongestDecoded bytes decoded).
    private interface IValueTest<T>
    {
        static abstract T TooLong { get; }

        static abstract T Test(ReadOnlySpan<byte> value);
    }

    // yyyy-MM-ddT… ending with Z or ±hh:mm (the reader checks the rest); the longest date System.Text.Json reads is under 48 bytes.
    private readonly struct OffsetTest : IValueTest<bool>
    {
        public static bool TooLong => false;

        public static bool Test(ReadOnlySpan<byte> text)
            => text.Length > 10 && text[10] == (byte)'T'
                && (text[^1] == (byte)'Z'
                    || (text.Length > 16 && (text[^6] == (byte)'+' || text[^6] == (byte)'-') && text[^3] == (byte)':'));
    }

    private readonly struct NameTest : IValueTest<Name>
    {
        public static Name TooLong => Name.None;

        public static Name Test(ReadOnlySpan<byte> name) => Match(name);
    }

    // The most decoded bytes a test needs: a date's 48 (a name's 17). An escape takes at most 6 bytes, so a longer raw value is too long.
    private const int LongestDecoded = 48;

    // Tests the current string (a name or a value) on its bytes, decoding it first when it is escaped or split (rare).
    private readonly T TestValue<TTest, T>()
        where TTest : struct, IValueTest<T>
    {
        if (!_reader.ValueIsEscaped && !_reader.HasValueSequence)
        {
            return TTest.Test(_reader.ValueSpan);
        }

        Span<byte> decoded = stackalloc byte[LongestDecoded * 6];
        var rawLength = _reader.HasValueSequence ? _reader.ValueSequence.Length : _reader.ValueSpan.Length;
        return rawLength > decoded.Length ? TTest.TooLong : TTest.Test(decoded[.._reader.CopyString(decoded)]);
    }

    private int? ReadOptionalPositive()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out var value) || value <= 0)
        {
            ThrowUnexpected(DiagnosticMessages.JsonPositiveIntegerValue);
            return default;
        }

        return value;
    }

    private ConsentActionKind ReadConsentActionKind()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            ThrowUnexpected(DiagnosticMessages.JsonConsentActionKindValue);
        }

        if (_reader.ValueTextEquals(JsonNames.KindDecline.EncodedUtf8Bytes))
        {
            return ConsentActionKind.Decline;
        }

        if (_reader.ValueTextEquals(JsonNames.KindAccept.EncodedUtf8Bytes))
        {
            return ConsentActionKind.Accept;
        }

        if (_reader.ValueTextEquals(JsonNames.KindOther.EncodedUtf8Bytes))
        {
            return ConsentActionKind.Other;
        }

        Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnknownConsentActionKind(_reader.GetString()!), _reader.TokenStartIndex);
        return default;
    }

    private string? ReadOptionalString()
        => _reader.TokenType switch
        {
            JsonTokenType.String => _reader.GetString(),
            JsonTokenType.Null => null,
            _ => ThrowUnexpected<string>(DiagnosticMessages.JsonStringValue),
        };

    private string ReadRequiredString()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            ThrowUnexpected(DiagnosticMessages.JsonStringValue);
        }

        return _reader.GetString()!;
    }

    private bool ReadBoolean()
        => _reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => ThrowUnexpected<bool>(DiagnosticMessages.JsonBooleanValue),
        };

    // On an object's value: true when it is an object (entered), false when it is null.
    private bool StartOptionalObject()
    {
        if (_reader.TokenType == JsonTokenType.StartObject)
        {
            CheckDepth();
            return true;
        }

        if (_reader.TokenType != JsonTokenType.Null)
        {
            ThrowUnexpected(DiagnosticMessages.JsonObjectValue);
        }

        return false;
    }

    private void StartItemObject()
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            ThrowUnexpected(DiagnosticMessages.JsonObjectValue);
        }

        CheckDepth();
    }

    private void StartArray()
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            ThrowUnexpected(DiagnosticMessages.JsonArrayValue);
        }

        CheckDepth();
    }

    // Moves to the next item of the array being read; false at its end. The item's index is on the path until PopSegment.
    private bool NextItem(int index)
    {
        Advance();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        PushSegment(null, index);
        return true;
    }

    // Moves to the next member of the object being read and on to its value (but for an unknown name); false at the
    // object's end. A member met twice is an error. The member's name is on the path until PopSegment, its position in _nameOffset.
    private bool NextProperty(ref ulong seen, out Name name)
    {
        Advance();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            name = Name.None;
            return false;
        }

        _nameOffset = _reader.TokenStartIndex;
        name = MatchName();
        if (name == Name.None)
        {
            // Unknown: the caller reports it, with the name on the path and the reader still on the name.
            PushSegment(_reader.GetString(), -1);
            return true;
        }

        PushSegment(s_names[(int)name], -1);
        var bit = 1ul << (int)name;
        if ((seen & bit) != 0)
        {
            Throw(NewsDiagnosticCode.DuplicateJsonProperty, DiagnosticMessages.DuplicateJsonProperty(s_names[(int)name]), _reader.TokenStartIndex);
        }

        seen |= bit;
        Advance();
        return true;
    }

    private readonly Name MatchName() => TestValue<NameTest, Name>();

    // The JSON name of each Name, by its value.
    private static readonly string[] s_names =
    [
        "", "schemaVersion", "uiLanguage", "contentLanguage", "article", "reactions", "relatedStories", "stories", "consent",
        "unclassifiedText", "headline", "summary", "body", "image", "caption", "aiGenerated", "text", "platform", "title",
        "aiReported", "message", "actions", "kind", "label", "tag", "name", "followButton",
        "canonicalUrl", "publisher", "url", "logoUrl", "identifier", "published", "modified", "authors", "keywords", "section",
        "digitalSourceType", "width", "height", "altText", "credit", "copyrightNotice",
    ];

    private static Name Match(ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 3:
                return name.SequenceEqual(JsonNames.Tag.EncodedUtf8Bytes) ? Name.Tag
                    : name.SequenceEqual(JsonNames.Url.EncodedUtf8Bytes) ? Name.Url
                    : Name.None;
            case 4:
                return name.SequenceEqual(JsonNames.Body.EncodedUtf8Bytes) ? Name.Body
                    : name.SequenceEqual(JsonNames.Text.EncodedUtf8Bytes) ? Name.Text
                    : name.SequenceEqual(JsonNames.Kind.EncodedUtf8Bytes) ? Name.Kind
                    : name.SequenceEqual(JsonNames.Name.EncodedUtf8Bytes) ? Name.Name
                    : Name.None;
            case 5:
                return name.SequenceEqual(JsonNames.Image.EncodedUtf8Bytes) ? Name.Image
                    : name.SequenceEqual(JsonNames.Title.EncodedUtf8Bytes) ? Name.Title
                    : name.SequenceEqual(JsonNames.Label.EncodedUtf8Bytes) ? Name.Label
                    : name.SequenceEqual(JsonNames.Width.EncodedUtf8Bytes) ? Name.Width
                    : Name.None;
            case 6:
                return name.SequenceEqual(JsonNames.Height.EncodedUtf8Bytes) ? Name.Height
                    : name.SequenceEqual(JsonNames.Credit.EncodedUtf8Bytes) ? Name.Credit
                    : Name.None;
            case 7:
                return name[0] switch
                {
                    (byte)'a' => name.SequenceEqual(JsonNames.Article.EncodedUtf8Bytes) ? Name.Article
                        : name.SequenceEqual(JsonNames.Actions.EncodedUtf8Bytes) ? Name.Actions
                        : name.SequenceEqual(JsonNames.Authors.EncodedUtf8Bytes) ? Name.Authors
                        : name.SequenceEqual(JsonNames.AltText.EncodedUtf8Bytes) ? Name.AltText
                        : Name.None,
                    (byte)'c' => name.SequenceEqual(JsonNames.Caption.EncodedUtf8Bytes) ? Name.Caption
                        : name.SequenceEqual(JsonNames.Consent.EncodedUtf8Bytes) ? Name.Consent
                        : Name.None,
                    (byte)'s' => name.SequenceEqual(JsonNames.Summary.EncodedUtf8Bytes) ? Name.Summary
                        : name.SequenceEqual(JsonNames.Stories.EncodedUtf8Bytes) ? Name.Stories
                        : name.SequenceEqual(JsonNames.Section.EncodedUtf8Bytes) ? Name.Section
                        : Name.None,
                    (byte)'m' => name.SequenceEqual(JsonNames.Message.EncodedUtf8Bytes) ? Name.Message : Name.None,
                    (byte)'l' => name.SequenceEqual(JsonNames.LogoUrl.EncodedUtf8Bytes) ? Name.LogoUrl : Name.None,
                    _ => Name.None,
                };
            case 8:
                return name.SequenceEqual(JsonNames.Headline.EncodedUtf8Bytes) ? Name.Headline
                    : name.SequenceEqual(JsonNames.Platform.EncodedUtf8Bytes) ? Name.Platform
                    : name.SequenceEqual(JsonNames.Modified.EncodedUtf8Bytes) ? Name.Modified
                    : name.SequenceEqual(JsonNames.Keywords.EncodedUtf8Bytes) ? Name.Keywords
                    : Name.None;
            case 9:
                return name.SequenceEqual(JsonNames.Reactions.EncodedUtf8Bytes) ? Name.Reactions
                    : name.SequenceEqual(JsonNames.Published.EncodedUtf8Bytes) ? Name.Published
                    : name.SequenceEqual(JsonNames.Publisher.EncodedUtf8Bytes) ? Name.Publisher
                    : Name.None;
            case 10:
                return name.SequenceEqual(JsonNames.UiLanguage.EncodedUtf8Bytes) ? Name.UiLanguage
                    : name.SequenceEqual(JsonNames.AiReported.EncodedUtf8Bytes) ? Name.AiReported
                    : name.SequenceEqual(JsonNames.Identifier.EncodedUtf8Bytes) ? Name.Identifier
                    : Name.None;
            case 11:
                return name.SequenceEqual(JsonNames.AiGenerated.EncodedUtf8Bytes) ? Name.AiGenerated : Name.None;
            case 12:
                return name.SequenceEqual(JsonNames.FollowButton.EncodedUtf8Bytes) ? Name.FollowButton
                    : name.SequenceEqual(JsonNames.CanonicalUrl.EncodedUtf8Bytes) ? Name.CanonicalUrl
                    : Name.None;
            case 13:
                return name.SequenceEqual(JsonNames.SchemaVersion.EncodedUtf8Bytes) ? Name.SchemaVersion : Name.None;
            case 14:
                return name.SequenceEqual(JsonNames.RelatedStories.EncodedUtf8Bytes) ? Name.RelatedStories : Name.None;
            case 15:
                return name.SequenceEqual(JsonNames.ContentLanguage.EncodedUtf8Bytes) ? Name.ContentLanguage
                    : name.SequenceEqual(JsonNames.CopyrightNotice.EncodedUtf8Bytes) ? Name.CopyrightNotice
                    : Name.None;
            case 16:
                return name.SequenceEqual(JsonNames.UnclassifiedText.EncodedUtf8Bytes) ? Name.UnclassifiedText : Name.None;
            case 17:
                return name.SequenceEqual(JsonNames.DigitalSourceType.EncodedUtf8Bytes) ? Name.DigitalSourceType : Name.None;
            default:
                return Name.None;
        }
    }

    private readonly void CheckDepth()
    {
        if (_reader.CurrentDepth - _baseDepth >= _maxDepth)
        {
            Throw(NewsDiagnosticCode.JsonTooDeep, DiagnosticMessages.JsonTooDeep(_maxDepth), _reader.TokenStartIndex);
        }
    }

    // A required member: checked on the object's closing brace, where the error is reported, with the member's name on the path.
    private void RequireMember(ulong seen, Name name)
    {
        if ((seen & (1ul << (int)name)) == 0)
        {
            PushSegment(s_names[(int)name], -1);
            Throw(NewsDiagnosticCode.MissingJsonProperty, DiagnosticMessages.MissingJsonProperty("\"" + s_names[(int)name] + "\""), _reader.TokenStartIndex);
        }
    }

    [DoesNotReturn]
    // At the name, also for a name of the schema that this object does not have (the reader is on its value then).
    private readonly void ThrowUnknownProperty()
        => Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnknownJsonProperty(_path[_pathLength - 1].Name!), _nameOffset);

    [DoesNotReturn]
    private readonly void ThrowUnexpected(string expected)
        => Throw(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnexpectedJsonValue(expected), _reader.TokenStartIndex);

    [DoesNotReturn]
    private readonly T ThrowUnexpected<T>(string expected)
    {
        ThrowUnexpected(expected);
        return default;
    }

    [DoesNotReturn]
    private readonly void Throw(NewsDiagnosticCode code, string message, long offset)
        => throw new JsonReadException(new JsonReadError(code, message, PathString(), offset));

    private readonly string PathString()
    {
        var path = new StringBuilder(JsonPath.Root);
        for (var i = 0; i < Math.Min(_pathLength, MaxSegments); i++)
        {
            var segment = _path[i];
            if (segment.Name is { } name)
            {
                JsonPath.AppendProperty(path, name);
            }
            else
            {
                JsonPath.AppendIndex(path, segment.Index);
            }
        }

        return path.ToString();
    }

    // The input is one whole value, so the reader's own checks end it with an exception before it runs out of tokens.
    private void Advance()
    {
        if (!_reader.Read())
        {
            throw new JsonException(DiagnosticMessages.JsonEndedEarly);
        }
    }

    private void PushSegment(string? name, int index)
    {
        if (_pathLength < MaxSegments)
        {
            _path[_pathLength] = new Segment(name, index);
        }

        _pathLength++;
    }

    private void PopSegment() => _pathLength--;

    private readonly record struct Segment(string? Name, int Index);

    [InlineArray(MaxSegments)]
    private struct PathSegments
    {
        private Segment _element;
    }

    private enum Name
    {
        None,
        SchemaVersion,
        UiLanguage,
        ContentLanguage,
        Article,
        Reactions,
        RelatedStories,
        Stories,
        Consent,
        UnclassifiedText,
        Headline,
        Summary,
        Body,
        Image,
        Caption,
        AiGenerated,
        Text,
        Platform,
        Title,
        AiReported,
        Message,
        Actions,
        Kind,
        Label,
        Tag,
        Name,
        FollowButton,

        // Schema version 2 (at most 63 names: a bit each in a ulong).
        CanonicalUrl,
        Publisher,
        Url,
        LogoUrl,
        Identifier,
        Published,
        Modified,
        Authors,
        Keywords,
        Section,
        DigitalSourceType,
        Width,
        Height,
        AltText,
        Credit,
        CopyrightNotice,
    }
}
