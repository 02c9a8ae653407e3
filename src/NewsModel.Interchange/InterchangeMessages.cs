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
}
