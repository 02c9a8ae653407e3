using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// The property names of the canonical JSON (schema versions 1 and 2): the one place where they are spelled. The writer uses the
/// pre-encoded forms; the reader matches the UTF-8 forms.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion"u8);
    public static readonly JsonEncodedText UiLanguage = JsonEncodedText.Encode("uiLanguage"u8);
    public static readonly JsonEncodedText ContentLanguage = JsonEncodedText.Encode("contentLanguage"u8);
    public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article"u8);
    public static readonly JsonEncodedText Tag = JsonEncodedText.Encode("tag"u8);
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name"u8);
    public static readonly JsonEncodedText FollowButton = JsonEncodedText.Encode("followButton"u8);
    public static readonly JsonEncodedText Reactions = JsonEncodedText.Encode("reactions"u8);
    public static readonly JsonEncodedText RelatedStories = JsonEncodedText.Encode("relatedStories"u8);
    public static readonly JsonEncodedText Stories = JsonEncodedText.Encode("stories"u8);
    public static readonly JsonEncodedText Consent = JsonEncodedText.Encode("consent"u8);
    public static readonly JsonEncodedText UnclassifiedText = JsonEncodedText.Encode("unclassifiedText"u8);
    public static readonly JsonEncodedText Headline = JsonEncodedText.Encode("headline"u8);
    public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary"u8);
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body"u8);
    public static readonly JsonEncodedText Image = JsonEncodedText.Encode("image"u8);
    public static readonly JsonEncodedText Caption = JsonEncodedText.Encode("caption"u8);
    public static readonly JsonEncodedText AiGenerated = JsonEncodedText.Encode("aiGenerated"u8);
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text"u8);
    public static readonly JsonEncodedText Platform = JsonEncodedText.Encode("platform"u8);
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title"u8);
    public static readonly JsonEncodedText AiReported = JsonEncodedText.Encode("aiReported"u8);
    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message"u8);
    public static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions"u8);
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind"u8);
    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label"u8);

    // Schema version 2: publishing metadata.
    public static readonly JsonEncodedText CanonicalUrl = JsonEncodedText.Encode("canonicalUrl"u8);
    public static readonly JsonEncodedText Publisher = JsonEncodedText.Encode("publisher"u8);
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url"u8);
    public static readonly JsonEncodedText LogoUrl = JsonEncodedText.Encode("logoUrl"u8);
    public static readonly JsonEncodedText Identifier = JsonEncodedText.Encode("identifier"u8);
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published"u8);
    public static readonly JsonEncodedText Modified = JsonEncodedText.Encode("modified"u8);
    public static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors"u8);
    public static readonly JsonEncodedText Keywords = JsonEncodedText.Encode("keywords"u8);
    public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section"u8);
    public static readonly JsonEncodedText DigitalSourceType = JsonEncodedText.Encode("digitalSourceType"u8);
    public static readonly JsonEncodedText Width = JsonEncodedText.Encode("width"u8);
    public static readonly JsonEncodedText Height = JsonEncodedText.Encode("height"u8);
    public static readonly JsonEncodedText AltText = JsonEncodedText.Encode("altText"u8);
    public static readonly JsonEncodedText Credit = JsonEncodedText.Encode("credit"u8);
    public static readonly JsonEncodedText CopyrightNotice = JsonEncodedText.Encode("copyrightNotice"u8);

    // The values of ConsentActionKind, written and read as these exact strings.
    public static readonly JsonEncodedText KindDecline = JsonEncodedText.Encode("decline"u8);
    public static readonly JsonEncodedText KindAccept = JsonEncodedText.Encode("accept"u8);
    public static readonly JsonEncodedText KindOther = JsonEncodedText.Encode("other"u8);
}
