using System.Text.Json;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// The property names of one ninjs version: 3.x writes them in camelCase, 2.x in lower case. The writer writes the encoded
/// forms, the reader compares the strings.
/// </summary>
internal sealed class NinjsNames
{
    private NinjsNames(NinjsVersion version)
    {
        Version = version;
        var v3 = version == NinjsVersion.V3_1;
        FirstCreated = v3 ? "firstCreated" : "firstcreated";
        VersionCreated = v3 ? "versionCreated" : "versioncreated";
        ContentType = v3 ? "contentType" : "contenttype";
        InfoSources = v3 ? "infoSources" : "infosources";
        DigitalSourceType = v3 ? "digitalSourceType" : "digitalsourcetype";
        CopyrightNotice = v3 ? "copyrightNotice" : "copyrightnotice";
        StandardVersion = v3 ? "3.1" : "2.2";
        SchemaUri = v3 ? "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#" : "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#";
        EncodedFirstCreated = JsonEncodedText.Encode(FirstCreated);
        EncodedVersionCreated = JsonEncodedText.Encode(VersionCreated);
        EncodedContentType = JsonEncodedText.Encode(ContentType);
        EncodedInfoSources = JsonEncodedText.Encode(InfoSources);
        EncodedDigitalSourceType = JsonEncodedText.Encode(DigitalSourceType);
        EncodedCopyrightNotice = JsonEncodedText.Encode(CopyrightNotice);
    }

    public static NinjsNames V3 { get; } = new(NinjsVersion.V3_1);

    public static NinjsNames V2 { get; } = new(NinjsVersion.V2_2);

    // The names both versions spell alike.
    public const string Uri = "uri";
    public const string Type = "type";
    public const string Standard = "standard";
    public const string Name = "name";
    public const string Schema = "schema";
    public const string VersionName = "version";
    public const string Language = "language";
    public const string Headlines = "headlines";
    public const string Descriptions = "descriptions";
    public const string Bodies = "bodies";
    public const string Role = "role";
    public const string Value = "value";
    public const string By = "by";
    public const string People = "people";
    public const string Rel = "rel";
    public const string Subjects = "subjects";
    public const string Literal = "literal";
    public const string Renditions = "renditions";
    public const string Href = "href";
    public const string Width = "width";
    public const string Height = "height";
    public const string Associations = "associations";
    public const string Title = "title";

    // The values the writer gives and the reader recognises.
    public const string TextType = "text";
    public const string PictureType = "picture";
    public const string CompositeType = "composite";
    public const string MainRole = "main";
    public const string SummaryRole = "summary";
    public const string CaptionRole = "caption";
    public const string AltRole = "alt";
    public const string AuthorRel = "author";
    public const string SectionRel = "section";
    public const string PublisherRole = "publisher";
    public const string RelatedRel = "related";
    public const string WebRendition = "web";
    public const string OriginalRendition = "original";
    public const string ImageAssociation = "image";
    public const string RelatedAssociationPrefix = "related";
    public const string StoryAssociationPrefix = "story";
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string DerivedUriPrefix = "urn:newsmodel:";

    public static readonly JsonEncodedText EncodedUri = JsonEncodedText.Encode(Uri);
    public static readonly JsonEncodedText EncodedType = JsonEncodedText.Encode(Type);
    public static readonly JsonEncodedText EncodedStandard = JsonEncodedText.Encode(Standard);
    public static readonly JsonEncodedText EncodedName = JsonEncodedText.Encode(Name);
    public static readonly JsonEncodedText EncodedSchema = JsonEncodedText.Encode(Schema);
    public static readonly JsonEncodedText EncodedVersion = JsonEncodedText.Encode(VersionName);
    public static readonly JsonEncodedText EncodedLanguage = JsonEncodedText.Encode(Language);
    public static readonly JsonEncodedText EncodedHeadlines = JsonEncodedText.Encode(Headlines);
    public static readonly JsonEncodedText EncodedDescriptions = JsonEncodedText.Encode(Descriptions);
    public static readonly JsonEncodedText EncodedBodies = JsonEncodedText.Encode(Bodies);
    public static readonly JsonEncodedText EncodedRole = JsonEncodedText.Encode(Role);
    public static readonly JsonEncodedText EncodedValue = JsonEncodedText.Encode(Value);
    public static readonly JsonEncodedText EncodedBy = JsonEncodedText.Encode(By);
    public static readonly JsonEncodedText EncodedPeople = JsonEncodedText.Encode(People);
    public static readonly JsonEncodedText EncodedRel = JsonEncodedText.Encode(Rel);
    public static readonly JsonEncodedText EncodedSubjects = JsonEncodedText.Encode(Subjects);
    public static readonly JsonEncodedText EncodedRenditions = JsonEncodedText.Encode(Renditions);
    public static readonly JsonEncodedText EncodedHref = JsonEncodedText.Encode(Href);
    public static readonly JsonEncodedText EncodedWidth = JsonEncodedText.Encode(Width);
    public static readonly JsonEncodedText EncodedHeight = JsonEncodedText.Encode(Height);
    public static readonly JsonEncodedText EncodedAssociations = JsonEncodedText.Encode(Associations);
    public static readonly JsonEncodedText EncodedTitle = JsonEncodedText.Encode(Title);

    public NinjsVersion Version { get; }

    public bool IsV3 => Version == NinjsVersion.V3_1;

    public string FirstCreated { get; }

    public string VersionCreated { get; }

    public string ContentType { get; }

    public string InfoSources { get; }

    public string DigitalSourceType { get; }

    public string CopyrightNotice { get; }

    public string StandardVersion { get; }

    public string SchemaUri { get; }

    public JsonEncodedText EncodedFirstCreated { get; }

    public JsonEncodedText EncodedVersionCreated { get; }

    public JsonEncodedText EncodedContentType { get; }

    public JsonEncodedText EncodedInfoSources { get; }

    public JsonEncodedText EncodedDigitalSourceType { get; }

    public JsonEncodedText EncodedCopyrightNotice { get; }

    public static NinjsNames Of(NinjsVersion version) => version == NinjsVersion.V2_2 ? V2 : V3;
}
