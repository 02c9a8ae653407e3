using System.Globalization;

namespace NewsModel.Interchange.Ninjs;

/// <summary>Every message of the ninjs reader and validator, in one place.</summary>
internal static class NinjsMessages
{
    public static string InvalidJson(string reason) => "The input is not valid JSON: " + reason.ReplaceLineEndings(" ");

    public const string RootNotObject = "A ninjs document is one JSON object; this input is another JSON value.";

    public const string MissingUri = "The item has no 'uri', which ninjs requires; the page is read without an identifier.";

    public static string UnsupportedItemType(string type)
        => $"The item is of type '{type}': a page holds an article or a list of stories, so only text and composite items are read. "
            + "Set NewsPageNinjsOptions.AcceptNonTextItems to read what it holds as an article.";

    public static string NonTextItemRead(string type)
        => $"The item is of type '{type}', not text; its headline, description and picture are read as an article.";

    public static string UnknownItemType(string type) => $"The item type '{Excerpt(type)}' is not one of ninjs; the item is read as text.";

    public static string Unmapped(string what) => $"{what} has no place in a NewsModel page and is not kept.";

    public const string UnmappedProperty = "The property";

    public const string UnmappedItem = "This item";

    public static string UnmappedAssociation(string? type) => $"An association of type '{Excerpt(type ?? "(none)")}'";

    public const string SecondImage = "A second picture association (the article keeps one hero image)";

    public const string FurtherBody = "A further body (the page keeps one body, read from its HTML or plain-text form)";

    public const string FurtherText = "A further headline or description of another role";

    public const string FurtherRendition = "A further rendition (the image keeps the first one with a link)";

    public static string RemovedElement(string element) => $"The HTML body's <{element}> element is not text; it was removed.";

    public static string NotKeptElement(string element) => $"The HTML body's <{element}> element (embedded media) is not kept.";

    public static string DeepMarkup(int depth) => $"The HTML body nests deeper than {depth} elements; its text is read without its markup.";

    public static string WrongKind(string expected) => $"The value is not {expected}; it is not read.";

    public static string InvalidDate(string text) => $"'{Excerpt(text)}' is not an ISO 8601 date or date-time; it is not read.";

    public static string InvalidUri(string text) => $"'{Excerpt(text)}' is not an absolute URI; it is not read.";

    public const string InvalidUtf8 = "The input is not valid UTF-8; ninjs is JSON, which is UTF-8.";

    public const string InvalidNameString = "A property name holds an escaped lone surrogate (half of no UTF-16 pair); the item cannot be read.";

    public const string InvalidString = "The string holds an escaped lone surrogate (half of no UTF-16 pair); it is not read.";

    public static string InvalidDimension(string text) => $"'{Excerpt(text)}' is not a positive number of pixels; it is not read.";

    public static string InvalidSourceType(string text) => $"'{Excerpt(text)}' is not a digital source type URI or IPTC term; it is not read.";

    // Validation (NewsPageNinjsOptions.Validate): one message per broken rule of the schema.
    public static string SchemaUnknownProperty(string name, string version) => $"ninjs {version} has no property '{Excerpt(name)}' here.";

    public static string SchemaMissing(string name) => $"The required property '{name}' is missing.";

    public static string SchemaType(string expected) => $"The value must be {expected}.";

    public static string SchemaEnum(string text) => $"'{Excerpt(text)}' is not one of the values the schema allows.";

    public static string SchemaRange(long minimum, long maximum) => string.Create(CultureInfo.InvariantCulture, $"The value must be an integer from {minimum} to {maximum}.");

    public static string SchemaFormat(string format) => $"The value is not a valid {format}.";

    public const string SchemaDates = "The dates must have exactly one of startDate and expectedStartDate, or exactly one of endDate and expectedEndDate.";

    public const string SchemaOneOfValueAddress = "A contact must have exactly one of 'value' and 'address'.";

    public const string SchemaOneOfRights = "Rights information must have exactly one of 'linkedRights' and 'encodedRights'.";

    public const string SchemaGeoJson = "The GeoJSON object must have a 'type' of GeoJSON and coordinates that are arrays of numbers.";

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
