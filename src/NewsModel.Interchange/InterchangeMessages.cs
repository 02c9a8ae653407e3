namespace NewsModel.Interchange;

/// <summary>Every diagnostic message of the interchange readers, in one place, in the style of the core's <see cref="DiagnosticMessages"/>: input is quoted only as a short excerpt.</summary>
internal static class InterchangeMessages
{
    public static string UnmappedProperty(string name)
        => $"The property {DiagnosticMessages.Quote(name)} has no place in the model; its value is left out.";

    public static string UnmappedNode(string type)
        => $"The node {DiagnosticMessages.Quote(type)} is not part of the article or the page; it is left out.";

    public const string UnmappedExtraValue = "The model keeps one value here; this further value is left out.";

    public static string UnmappedDifferentValue(string name, string kept)
        => $"The property {DiagnosticMessages.Quote(name)} differs from {DiagnosticMessages.Quote(kept)}, which the model keeps; its value is left out.";

    public static string NotAbsoluteUri(string value)
        => $"The URL {DiagnosticMessages.Quote(value)} is not an absolute URI, which the model requires; it is left out.";

    public static string InvalidDate(string value)
        => $"The date {DiagnosticMessages.Quote(value)} is not an ISO 8601 date; it is left out.";

    public static string InvalidPixels(string value)
        => $"The size {DiagnosticMessages.Quote(value)} is not a positive whole number of pixels; it is left out.";

    public static string InvalidDigitalSourceType(string value)
        => $"The digital source type {DiagnosticMessages.Quote(value)} is neither a schema.org IPTCDigitalSourceEnumeration member nor an absolute URI; it is left out.";

    public static string UnexpectedValue(string expected) => $"The value is not {expected}; it is left out.";

    public static string UnknownContext(string context)
        => $"The @context {DiagnosticMessages.Quote(context)} is not schema.org; its terms are read as schema.org's.";

    public static string NotANewsArticle(string types)
        => $"The document holds no news article nor collection page (types found: {types}); the reader imports a schema.org NewsArticle (or Article, BlogPosting, …) or CollectionPage.";

    public const string NoNode = "The document holds no JSON-LD node (an object with @type).";

    // What a value should have been, completing UnexpectedValue.
    public const string TextValue = "a string";
    public const string NodeValue = "an object or a URL";
    public const string NumberValue = "a number";
    public const string ObjectValue = "an object";
    public const string ArrayValue = "an array";

    // ninjs: the item as a whole.
    public const string RootNotObject = "A ninjs document is one JSON object; this input is another JSON value.";

    public const string MissingUri = "The item has no 'uri', which ninjs requires; the page is read without an identifier.";

    public static string UnsupportedItemType(string type)
        => $"The item is of type {DiagnosticMessages.Quote(type)}: a page holds an article or a list of stories, so only text and composite items are read. "
            + "Set NewsPageNinjsOptions.AcceptNonTextItems to read what it holds as an article.";

    public static string NonTextItemRead(string type)
        => $"The item is of type {DiagnosticMessages.Quote(type)}, not text; its headline, description and picture are read as an article.";

    public static string UnknownItemType(string type) => $"The item type {DiagnosticMessages.Quote(type)} is not one of ninjs; the item is read as text.";

    public const string InvalidUtf8 = "The input is not valid UTF-8; ninjs is JSON, which is UTF-8.";

    public const string InvalidNameString = "A property name holds an escaped lone surrogate (half of no UTF-16 pair); the item cannot be read.";

    public const string InvalidString = "The string holds an escaped lone surrogate (half of no UTF-16 pair); it is left out.";

    public static string InvalidIptcDigitalSourceType(string value)
        => $"The digital source type {DiagnosticMessages.Quote(value)} is neither a URI nor an IPTC term; it is left out.";

    // ninjs: what has no place in the page.
    public const string UnmappedEntry = "The entry has no place in the model; it is left out.";

    public static string UnmappedAssociation(string? type)
        => $"The association of type {DiagnosticMessages.Quote(type ?? "(none)")} has no place in the model; it is left out.";

    public const string SecondImage = "The article keeps one hero image; this further picture association is left out.";

    public const string FurtherBody = "The page keeps one body, read from its HTML or plain-text form; this further body is left out.";

    public const string FurtherText = "The model keeps one headline or description here; this one of another role is left out.";

    public const string FurtherRendition = "The image keeps its first rendition; this further rendition is left out.";

    public static string RemovedElement(string element) => $"The HTML body's <{element}> element is not text; it was removed.";

    public static string NotKeptElement(string element) => $"The HTML body's <{element}> element (embedded media) is left out.";

    public static string DeepMarkup(int depth) => $"The HTML body nests deeper than {depth} elements; its text is read without its markup.";

    // ninjs validation (NewsPageNinjsOptions.Validate): one message per broken rule of the schema.
    public static string SchemaUnknownProperty(string name, string version) => $"ninjs {version} has no property {DiagnosticMessages.Quote(name)} here.";

    public static string SchemaMissing(string name) => $"The required property '{name}' is missing.";

    public static string SchemaType(string expected) => $"The value must be {expected}.";

    public static string SchemaEnum(string text) => $"{DiagnosticMessages.Quote(text)} is not one of the values the schema allows.";

    public static string SchemaRange(long minimum, long maximum) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The value must be an integer from {minimum} to {maximum}.");

    public static string SchemaFormat(string format) => $"The value is not a valid {format}.";

    public const string SchemaDates = "The dates must have exactly one of startDate and expectedStartDate, or exactly one of endDate and expectedEndDate.";

    public const string SchemaOneOfValueAddress = "A contact must have exactly one of 'value' and 'address'.";

    public const string SchemaOneOfRights = "Rights information must have exactly one of 'linkedRights' and 'encodedRights'.";

    public const string SchemaGeoJson = "The GeoJSON object must have a 'type' of GeoJSON and coordinates that are arrays of numbers.";
}
