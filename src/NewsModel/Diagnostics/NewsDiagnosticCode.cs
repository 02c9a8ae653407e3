namespace NewsModel;

/// <summary>
/// What a diagnostic reports. The numeric value is stable and appears in messages as <c>NM</c> followed by four digits
/// (see <see cref="NewsDiagnostic.Id"/>): 1xxx input, 2xxx page text, 3xxx JSON.
/// </summary>
public enum NewsDiagnosticCode
{
    /// <summary>The input is larger than the configured maximum.</summary>
    InputTooLarge = 1001,

    /// <summary>The input holds bytes that are not valid UTF-8; they were replaced by U+FFFD.</summary>
    InvalidUtf8 = 1002,

    /// <summary>The input holds no text.</summary>
    EmptyInput = 1003,

    /// <summary>The input could not be read.</summary>
    ReadFailed = 1004,

    /// <summary>
    /// The read found more diagnostics than it keeps (<see cref="NewsPageTextOptions.MaxDiagnostics"/>): the earliest are
    /// kept, and this one, after them, says how many more there were. It is an error when one of those was.
    /// </summary>
    TooManyDiagnostics = 1005,

    /// <summary>The text holds a lone surrogate (a UTF-16 code unit that is half of no pair); it was replaced by U+FFFD, as UTF-8 input's invalid bytes are.</summary>
    LoneSurrogate = 1006,

    /// <summary>A block of text could not be placed in the page's structure; it is kept in <see cref="NewsPage.UnclassifiedText"/>.</summary>
    UnclassifiedText = 2001,

    /// <summary>A badge line is not followed by the story card it belongs to.</summary>
    OrphanBadge = 2002,

    /// <summary>A section heading appears a second time or out of the site's order.</summary>
    UnexpectedHeading = 2003,

    /// <summary>The page shows labels of more than one interface language.</summary>
    MixedInterfaceLanguages = 2005,

    /// <summary>
    /// A line reads as text but has the shape of a section heading the catalog does not know (short, no sentence end,
    /// followed by story cards or badges): the site may have changed a label's wording. The line keeps its place.
    /// </summary>
    PossibleUnknownLabel = 2006,

    /// <summary>The JSON is not well-formed.</summary>
    InvalidJson = 3001,

    /// <summary>A JSON value has the wrong type or is not allowed where it stands.</summary>
    InvalidJsonValue = 3002,

    /// <summary>A required JSON property is missing.</summary>
    MissingJsonProperty = 3003,

    /// <summary>A JSON object has the same property twice.</summary>
    DuplicateJsonProperty = 3004,

    /// <summary>The JSON nests deeper than allowed.</summary>
    JsonTooDeep = 3005,

    /// <summary>The JSON's <c>schemaVersion</c> is not one this library reads.</summary>
    UnsupportedSchemaVersion = 3006,
}
