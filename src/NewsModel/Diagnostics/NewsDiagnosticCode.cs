namespace NewsModel;

/// <summary>
/// What a diagnostic reports. The numeric value is stable and appears in messages as <c>NM</c> followed by four digits
/// (see <see cref="NewsDiagnostic.Id"/>): 1xxx input, 2xxx page text (21xx a page that page text cannot show), 3xxx JSON, 4xxx interchange formats (schema.org JSON-LD, IPTC ninjs).
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

    // 21xx: a page that page text cannot show, reported by NewsPageText.Validate (and Write, which refuses it). Each
    // diagnostic's Path names the member, such as Article.Body[2].

    /// <summary>A text holds a line break (CR or LF): page text has one line per text, so it would read as two.</summary>
    TextHasLineBreak = 2101,

    /// <summary>A text is empty or white space only (spaces, tabs, no-break spaces, other Unicode white space): page text reads such a line as a blank or spacer line.</summary>
    TextIsBlank = 2102,

    /// <summary>A text starts or ends with a space or tab, which a reader trims, or starts with U+FEFF, which a reader drops as a byte order mark.</summary>
    TextIsPadded = 2103,

    /// <summary>A text holds a lone surrogate, which UTF-8 cannot encode.</summary>
    TextHasLoneSurrogate = 2104,

    /// <summary>A text reads as an interface label of a catalog language (any of its wordings): a reader takes the line for that label.</summary>
    TextIsLabel = 2105,

    /// <summary>A headline of a page without hero image, a story card's title or a tag's name does not read as a title (it ends a sentence, or it is too long): a reader takes it for a paragraph.</summary>
    TextNotReadAsTitle = 2106,

    /// <summary>A text that must read as a sentence reads as a title (the lead of an article with neither image nor headline, the summary of a card that shows only its summary): a reader takes it for a headline or a card's title.</summary>
    TextReadAsTitle = 2107,

    /// <summary>An article has body paragraphs but no lead: a reader takes the first paragraph for the lead.</summary>
    MissingLead = 2108,

    /// <summary>A story card has no summary where a reader would take the next line for it.</summary>
    MissingCardSummary = 2109,

    /// <summary>A story card shows neither a captioned image, a title nor a summary: page text cannot show it.</summary>
    CardShowsNothing = 2110,

    /// <summary>An image is not AI-generated: page text marks every image with the AI-generated image badge.</summary>
    ImageNotAiGenerated = 2111,

    /// <summary>An article's hero image has no caption: page text shows a hero image by its caption line.</summary>
    ImageWithoutCaption = 2112,

    /// <summary>A page has an article and a tag or tag-page story cards: page text shows those only on tag pages.</summary>
    ArticleOnTagPage = 2113,

    /// <summary>A tag page shows neither the Follow button nor an AI-reported card, by which a reader recognises a tag page.</summary>
    TagPageNotMarked = 2114,

    /// <summary>A tag has neither a name nor the Follow button: page text cannot show it.</summary>
    TagNotShown = 2115,

    /// <summary>A tag's name without the Follow button, before a first card that a reader would read it into.</summary>
    TagNameNotReadable = 2116,

    /// <summary>On a tag page without tag, the first story card begins the way page text shows a tag's name.</summary>
    CardReadsAsTagName = 2117,

    /// <summary>A page holds nothing to show: its page text would be empty.</summary>
    NothingToWrite = 2118,

    /// <summary>A page has sections or a banner but neither an article nor tag-page cards: a reader gives it an empty article.</summary>
    MissingArticle = 2119,

    /// <summary>An article has only a headline and the page shows no label: its one line reads as body-only text.</summary>
    HeadlineOnly = 2120,

    /// <summary>A reaction's <see cref="Reaction.Platform"/> is not the platform its text names (<see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/>).</summary>
    PlatformMismatch = 2121,

    /// <summary>A cookie banner's title is not the cookie-title label of the interface language written.</summary>
    ConsentTitleNotLabel = 2122,

    /// <summary>A consent button would read as a button of another kind, or as the banner's message.</summary>
    ConsentButtonNotReadable = 2123,

    /// <summary>A label the page holds (the banner's title, message or a button) is a label of another interface language than the one written.</summary>
    LabelOfAnotherLanguage = 2124,

    /// <summary>A page's <see cref="NewsPage.UiLanguage"/> is not the interface language its page text would read as.</summary>
    UiLanguageMismatch = 2125,

    /// <summary>A page's <see cref="NewsPage.UiLanguage"/> has no labels in the catalog.</summary>
    UnknownUiLanguage = 2126,

    /// <summary>The labels a page shows read as another catalog language too, which a reader prefers.</summary>
    AmbiguousUiLanguage = 2127,

    /// <summary>The catalog has no label for a key the page needs, in the interface language written nor in English.</summary>
    LabelNotInCatalog = 2128,

    /// <summary>A page has <see cref="NewsPage.UnclassifiedText"/>, which writers do not render.</summary>
    UnclassifiedTextNotWritten = 2129,

    /// <summary>A page has a <see cref="NewsPage.ContentLanguage"/>, which page text does not state.</summary>
    ContentLanguageNotWritten = 2130,

    /// <summary>
    /// A page holds publishing metadata (<see cref="NewsPage.HasPublishingMetadata"/>: URLs, dates, authors, keywords, section,
    /// publisher, digital source types, an image's size, text alternative, credit or copyright), which page text does not
    /// show: one diagnostic per member that is set, its path naming it (such as <c>Article.Published</c> or
    /// <c>RelatedStories[1].Image.Url</c>).
    /// </summary>
    PublishingMetadataNotWritten = 2131,

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

    /// <summary>A value of an interchange document (JSON-LD, ninjs) has no place in the model; the diagnostic's path names it, and nothing else of the document is lost.</summary>
    UnmappedValue = 4001,

    /// <summary>An interchange document is not of a kind this reader imports (not a <c>NewsArticle</c>, not a ninjs text item).</summary>
    UnsupportedItemType = 4002,

    /// <summary>A value of an interchange document is malformed for what it stands for (a date, a URI, a size); the path names it.</summary>
    InvalidInterchangeValue = 4003,

    /// <summary>A document breaks the JSON Schema of its format (a validating reader); the path names the offending value.</summary>
    SchemaViolation = 4004,
}
