using System.Globalization;

namespace NewsModel;

/// <summary>Every diagnostic message, in one place, so that wording stays consistent and codes map to exactly one text.</summary>
internal static class DiagnosticMessages
{
    // A null length: a stream of unknown length, read up to the limit.
    public static string InputTooLarge(long? length, long limit)
        => length is { } known
            ? Invariant($"The input is {known} bytes of UTF-8, more than the limit of {limit} bytes; raise the MaxInputLength option to read it.")
            : Invariant($"The input is more than the limit of {limit} bytes of UTF-8; raise the MaxInputLength option to read it.");

    public static string InvalidUtf8(int byteCount)
        => Invariant($"Invalid UTF-8 ({byteCount} byte{(byteCount == 1 ? "" : "s")}) was replaced by U+FFFD.");

    public static string LoneSurrogate(char codeUnit)
        => Invariant($"A lone surrogate (U+{(int)codeUnit:X4}, half of no UTF-16 pair) was replaced by U+FFFD.");

    public static string TooManyDiagnostics(int suppressed, int kept)
        => Invariant($"{suppressed} more diagnostic{(suppressed == 1 ? " was" : "s were")} found and left out: a read keeps the first {kept}; raise the MaxDiagnostics option to keep more.");

    public const string EmptyInput = "The input holds no text.";

    // The reason comes from the caller's stream: kept to one line, as every message is.
    public static string ReadFailed(string reason) => "The input could not be read: " + reason.ReplaceLineEndings(" ");

    public static string ReadCountOutOfRange(int read, int count)
        => Invariant($"the stream's Read returned {read} for a request of {count} bytes.");

    public static string UnclassifiedText(string context)
        => $"Text {context} could not be placed in the page; it is kept in NewsPage.UnclassifiedText.";

    public static string OrphanBadge(ReadOnlySpan<char> badge) => $"The badge line {Quote(badge)} is not followed by the story card it belongs to.";

    public static string UnexpectedHeading(ReadOnlySpan<char> heading) => $"The heading {Quote(heading)} appears again or out of the site's order; its paragraphs are still read.";

    public static string PossibleUnknownLabel(ReadOnlySpan<char> line)
        => $"The line {Quote(line)} looks like a section heading that the label catalog does not know, followed by story cards; it is kept as text. "
            + "If the site shows it as a label, add it to the catalog (a .variantN resource, or LabelSet.WithVariants).";

    public static string MixedInterfaceLanguages(string chosen, string other)
        => $"The page shows labels of more than one interface language ({chosen} and {other}); the interface language is taken to be {chosen}.";

    public static string InvalidJson(string reason) => "The JSON is not well-formed: " + reason;

    public static string InvalidJsonValue(string reason) => "The JSON value is not valid here: " + reason;

    public static string MissingJsonProperty(string names) => "A required property is missing: " + names + ".";

    public static string DuplicateJsonProperty(string name) => $"The property {Quote(name)} appears more than once.";

    public static string JsonTooDeep(int maxDepth) => Invariant($"The JSON nests deeper than the maximum depth of {maxDepth}.");

    // The version as an excerpt of the input (Excerpt).
    public static string UnsupportedSchemaVersion(string versionExcerpt, int supported)
        => UnsupportedSchemaVersion(versionExcerpt, supported, supported);

    // The versions read: oldest to newest.
    public static string UnsupportedSchemaVersion(string versionExcerpt, int oldest, int newest)
        => Invariant($"The schemaVersion {versionExcerpt} is not supported; this library reads schemaVersion {SchemaVersions(oldest, newest, "or")}.");

    // A member that a later schema version added, in a document of an earlier one.
    public static string JsonMemberOfLaterVersion(string name, int addedIn, int documentVersion)
        => Invariant($"The property {Quote(name)} came with schemaVersion {addedIn}; this document has schemaVersion {documentVersion}, which does not have it. Write schemaVersion {addedIn}, or leave the property out.");

    public static string JsonNotAbsoluteUri(string value) => InvalidJsonValue($"expected an absolute URI; {Quote(value)} is not one.");

    public static string UnexpectedJsonDate(string value)
        => InvalidJsonValue($"expected a date and time in ISO 8601 with its offset (such as 2026-03-01T08:30:00+01:00 or 2026-03-01T07:30:00Z); {Quote(value)} is not one.");

    public static string UnexpectedJsonValue(string expected) => InvalidJsonValue("expected " + expected + ".");

    public static string UnknownJsonProperty(string name)
        => $"The property {Quote(name)} is not part of NewsModel's page JSON; the canonical format does not allow unknown properties.";

    public static string UnknownConsentActionKind(string kind)
        => InvalidJsonValue($"the consent action kind {Quote(kind)} is unknown; expected {JsonConsentActionKindValue}.");

    public const string UndefinedConsentActionKind = "The consent action kind is not a defined ConsentActionKind value.";

    // A diagnostic raised inside an application's own serialization, where the page is one value among others.
    public static string WithinPage(string message, string path) => message + " (at " + path + " within the page)";

    public const string NdjsonIsNotIndented = "NDJSON holds one page per line: indented output (WriteIndented) cannot be written as NDJSON.";

    public const string JsonEndedEarly = "the JSON ends before the page does.";

    public const string JsonInvalidUtf8Reason = "a string holds bytes that are not valid UTF-8, or a \\u escape that is not valid UTF-16 (such as a lone surrogate).";

    // What a JSON value should have been, completing UnexpectedJsonValue.
    public const string JsonStringValue = "a string";

    public const string JsonObjectValue = "an object";

    public const string JsonArrayValue = "an array";

    public const string JsonBooleanValue = "true or false";

    public const string JsonConsentActionKindValue = "one of the strings \"decline\", \"accept\" or \"other\"";

    public const string JsonAnyValidValue = "a value of the type the schema has here";

    public static string JsonSchemaVersionValue(int version) => JsonSchemaVersionValue(version, version);

    public static string JsonSchemaVersionValue(int oldest, int newest) => "the number " + SchemaVersions(oldest, newest, "or");

    public const string JsonDateValue = "a string holding a date and time with its offset";

    private static string SchemaVersions(int oldest, int newest, string conjunction)
        => oldest == newest ? Invariant($"{oldest}")
            : newest == oldest + 1 ? Invariant($"{oldest} {conjunction} {newest}")
            : Invariant($"{oldest} to {newest}");

    // Writing page text: why NewsPageText.Validate refuses a page (the diagnostic's path names the member).

    public static string TextHasLineBreak(string text)
        => $"The text {Quote(text)} holds a line break: page text has one line per text, so a reader would take it for two.";

    public static string TextIsBlank(string text)
        => text.Length == 0
            ? "The text is empty: page text shows an empty line as a block break, not as text."
            : $"The text {Quote(text)} is white space only: a reader takes such a line for a blank or spacer line, not for text.";

    public static string TextIsPadded(string text)
        => $"The text {Quote(text)} starts or ends with a space or tab, which a reader trims.";

    public const string TextStartsWithByteOrderMark
        = "The text starts with U+FEFF, which a reader drops as a byte order mark when it begins the page text.";

    public static string TextHasLoneSurrogate(char codeUnit)
        => Invariant($"The text holds a lone surrogate (U+{(int)codeUnit:X4}, half of no UTF-16 pair), which UTF-8 cannot encode: a reader would get U+FFFD.");

    public static string TextIsLabel(string text, string key, string language)
        => $"The text {Quote(text)} reads as the {key} label ({language}): a reader takes that line for the label, not for text.";

    // maxLength: the longest title a reader takes, when the text is longer; null when it ends like a sentence.
    public static string TextNotReadAsTitle(string text, int? maxLength)
        => maxLength is { } max
            ? Invariant($"The title {Quote(text)} is {text.Length} characters long, more than the {max} a reader takes for a title: it would read as a paragraph.")
            : $"The title {Quote(text)} ends like a sentence (with a sentence mark, before any closing quote): a reader would take it for a paragraph.";

    public static string LeadReadsAsTitle(string text)
        => $"The lead {Quote(text)} reads as a title (it does not end a sentence) and the article has neither image nor headline: a reader would take it for the headline.";

    public static string CardSummaryReadsAsTitle(string text)
        => $"The summary {Quote(text)} reads as a title (it does not end a sentence), and its card shows nothing else: a reader would take it for the title of the next card. End it with a sentence mark, or make the card the last one.";

    public const string MissingLead = "The article has body paragraphs but no lead (Summary): a reader would take the first paragraph for the lead.";

    public const string CardTitleReadsAsSummary = "The card has a title but neither a summary nor a badge line: a reader would take its title for its summary.";

    public const string NextCardReadsAsSummary = "The card has no summary, and the next card begins with its title or summary: a reader would take that line for this card's summary.";

    public const string CardShowsNothing = "The card shows neither a captioned image, a title nor a summary: page text cannot show it (a badge line alone belongs to no card).";

    public const string ImageNotAiGenerated = "The image is not AI-generated: page text marks every image with the AI-generated image badge, so it shows only AI-generated images.";

    public const string ImageWithoutCaption = "The article's hero image has no caption: page text shows a hero image by its caption line.";

    public static string ArticleOnTagPage(bool cards)
        => cards
            ? "The page has an article and tag-page story cards (Stories): page text shows those cards only on a tag page, without an article."
            : "The page has an article and a tag: page text shows a tag only on a tag page, without an article.";

    public const string TagPageNotMarked = "The tag page shows neither the Follow button nor an AI-reported card: a reader knows a tag page by one of them, so it would read this one as an article page.";

    public const string TagNotShown = "The tag has neither a name nor the Follow button: page text cannot show it.";

    public static string TagNameNotReadable(string name)
        => $"Without the Follow button, a reader takes the line {Quote(name)} for the tag's name only when the first card begins with a captioned image, or with a title and its badge line: here it would read as part of a card.";

    public static string CardReadsAsTagName(string title)
        => $"The first card's title {Quote(title)}, followed by a summary that reads as a title and a card that begins with its badge line, has the shape of a tag's name: a reader would take it for one. Set the page's Tag, end the summary with a sentence mark, or give the card a badge.";

    public const string NothingToWrite = "The page holds nothing to show: its page text would be empty.";

    public const string MissingArticle = "The page has sections or a banner but neither an article nor tag-page cards: a reader would give it an empty article (set Article, which may be empty).";

    public const string HeadlineOnly = "The article has only a headline and the page shows no label: its page text is one line, which a reader takes for the lead of body-only text.";

    public static string PlatformMismatch(string? platform, string? detected)
        => detected is null
            ? $"The reaction's Platform is {platform}, but its text names no platform: page text shows only the paragraph, and a reader takes the platform from it (SocialPlatforms.Detect)."
            : $"The reaction's Platform is {platform ?? "null"}, but its text names {detected}: page text shows only the paragraph, and a reader takes the platform from it (SocialPlatforms.Detect).";

    public static string ConsentTitleNotLabel(string title)
        => $"The banner's title {Quote(title)} is not a cookie_title label: a reader knows the banner by that label.";

    public static string ButtonLabelNotItsKind(ConsentActionKind kind, string label, string? language)
        => $"The {kind} button's label {Quote(label)} is not a {(kind == ConsentActionKind.Decline ? "cookie_decline" : "cookie_accept")} label{(language is null ? string.Empty : " (" + language + ")")}: a reader knows the button's kind by its label, so it would read as a button of another kind.";

    public const string OtherButtonWithoutMessage = "A button of kind Other needs the banner's message: without one, a reader takes the first free-text line for the message.";

    public static string LabelOfAnotherLanguage(string text, string key, string language, string written)
        => $"The label {Quote(text)} is the {key} label of {language}, not of {written}, the interface language written: the page would show two interface languages.";

    public const string UiLanguageMissing = "The page has no UiLanguage, but its page text shows labels: a reader gives it the language of those labels. Set UiLanguage, or write with NewsPageTextOptions.UiLanguage.";

    public static string UiLanguageWithoutLabels(string language)
        => $"The page's UiLanguage is '{language}', but it shows no label: its page text carries no interface language, so a reader gives it none.";

    public static string UiLanguageServedByParent(string language, string served)
        => $"The page's UiLanguage '{language}' is served by the catalog's '{served}': a reader gives the page UiLanguage '{served}'.";

    public static string UnknownUiLanguage(string language, System.Collections.Immutable.ImmutableArray<string> languages)
        => $"The page's interface language '{language}' (NewsPage.UiLanguage) has no labels in the catalog. Its languages are: {string.Join(", ", languages)}.";

    public static string AmbiguousUiLanguage(string language, string preferred)
        => $"The labels this page shows read as '{preferred}' as well as '{language}', and a reader prefers '{preferred}': the page would read back with UiLanguage '{preferred}'.";

    public static string LabelNotInCatalog(string key, string language, string neutral)
        => $"The catalog has no {key} label for '{language}' nor for '{neutral}': the page needs it.";

    public static string UnclassifiedTextNotWritten(int count)
        => Invariant($"The page has {count} unclassified text{(count == 1 ? "" : "s")} (text a lenient read could not place), which writers do not render: write the page without it (page with {{ UnclassifiedText = [] }}).");

    // member: the model's member, such as NewsArticle.Published.
    public static string PublishingMetadataNotWritten(string member)
        => $"Page text does not show publishing metadata ({member}): a reader leaves it unset. Write the page without it and keep it in a format that carries it, such as the canonical JSON.";

    public static string ContentLanguageNotWritten(string language)
        => $"Page text does not state the content language ('{language}'): a reader gives ContentLanguage null. Write the page without it (page with {{ ContentLanguage = null }}) and set it on the page read.";

    // Consent (NewsModel.Consent): argument errors and the reasons a stored record does not count.
    public static string InvalidConsentPurposeId(string id)
        => Quote(id) + " is not a valid consent purpose id: 1 to 32 characters a-z, 0-9, _ and -, starting with a letter.";

    public static string ReservedConsentPurposeId(string id) => Quote(id) + " is the id of one of NewsModel's own consent purposes; use its ConsentPurpose property or another id.";

    public static string DuplicateConsentPurposeLanguage(string id, string language) => "The consent purpose " + Quote(id) + " has more than one text for the language " + Quote(language) + ".";

    public static string InvalidConsentLanguage(string language)
        => Quote(language) + " is not a language tag a consent record can hold: 1 to 35 ASCII letters, digits and hyphens, starting with a letter.";

    public const string EmptyConsentId = "A consent record's id must not be Guid.Empty; use ConsentRecord.NewId().";

    public const string UndefinedConsentDecision = "The consent decision is not a defined ConsentDecision value.";

    public const string UndefinedConsentChoice = "A consent choice is not a defined ConsentChoice value.";

    public static string InvalidConsentChoicePurpose(string? id)
        => Quote(id ?? "null") + " is not the id of an optional consent purpose (the strictly necessary purpose is always granted and never listed).";

    public static string DuplicateConsentChoice(string id) => "The consent purpose " + Quote(id) + " is listed more than once.";

    public static string TooManyConsentChoices(int count, int limit) => Invariant($"{count} consent purposes are more than the limit of {limit}.");

    public static string InvalidPolicyPurpose(string? id)
        => "The consent policy's purposes must be distinct, optional and not null (" + Quote(id ?? "null") + "); the strictly necessary purpose is implied.";

    public static string ConsentPurposeNotInPolicy(string id) => "The consent purpose " + Quote(id) + " is not one of the policy's purposes.";

    public const string InvalidNoticeHash = "A notice hash is 64 hexadecimal digits (a SHA-256).";

    public const string NoticeTextNotUtf16 = "A text of the consent notice is not valid UTF-16 (it holds a lone surrogate), so it has no exact UTF-8 form to hash.";

    public const string ConsentRecordExpiresBeforeCreated = "The consent record expires at or before its creation.";

    public static string InvalidSigningKeyId(string id) => Quote(id) + " is not a valid signing key id: 1 to 16 ASCII letters, digits, _ or -.";

    public static string SigningKeyTooShort(int length, int minimum) => Invariant($"The signing key is {length} bytes; it needs at least {minimum} random bytes.");

    public const string SigningKeyNotBase64 = "The signing key is not valid base64.";

    public static string DuplicateSigningKeyId(string id) => "Two signing keys have the id " + Quote(id) + ".";

    public const string ConsentHistoryOutOfOrder = "A consent history only grows forward: the record is older than the history's latest one.";

    public static string ConsentHistoryDuplicateId(Guid id) => $"The consent history already holds a record with the id {id}.";

    public static string UnknownConsentJsonProperty(string name)
        => "The property " + Quote(name) + " is not part of NewsModel's consent history JSON; the format does not allow unknown properties.";

    public static string ConsentHistoryEventMismatch(string written, string derived)
        => $"The entry's event is \"{written}\", but after the entries before it its record is \"{derived}\".";

    public const string JsonConsentEventValue = "one of the strings \"given\", \"changed\", \"withdrawn\", \"reasked\" or \"privacySignal\"";

    public const string JsonConsentDecisionValue = "one of the strings \"acceptAll\", \"rejectAll\", \"custom\", \"withdrawal\" or \"privacySignal\"";

    public const string JsonConsentChoiceValue = "the string \"granted\" or \"denied\"";

    public const string JsonConsentIdValue = "a UUID string such as \"0f8fad5b-d9cb-469f-a165-70867728950e\" (not all zeros)";

    public const string JsonInstantValue = "a UTC instant to the second, from 1970 on, such as \"2025-08-31T12:30:15Z\"";

    public const string JsonPositiveIntegerValue = "an integer of 1 or more";

    public const string JsonConsentLanguageValue = "a language tag of 1 to 35 ASCII letters, digits and hyphens, starting with a letter";

    public const string JsonNoticeHashValue = "64 lowercase hexadecimal digits, or null";

    /// <summary>
    /// Quotes input in a message: its <see cref="Excerpt(string)"/> in double quotes, with control characters written as
    /// <c>\uXXXX</c> so that a message is one line and inert in a terminal.
    /// </summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var excerpt = Excerpt(text, text.Length);
        var builder = new System.Text.StringBuilder(excerpt.Length + 8);
        builder.Append('"');
        foreach (var c in excerpt)
        {
            if (char.IsControl(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The most characters of input that a message quotes; longer input is cut and its length stated.</summary>
    public const int MaxExcerptLength = 32;

    /// <summary>
    /// Input as a message quotes it: as it is up to <see cref="MaxExcerptLength"/> characters, else its start (never half a
    /// surrogate pair) and an ellipsis, with the full length: <c>1234…</c> followed by <c> (100000 characters)</c>.
    /// </summary>
    public static string Excerpt(string text) => Excerpt(text, text.Length);

    /// <summary>An excerpt of input of <paramref name="fullLength"/> characters, of which <paramref name="start"/> is the beginning (at least <see cref="MaxExcerptLength"/> long, or all of it).</summary>
    public static string Excerpt(ReadOnlySpan<char> start, int fullLength)
    {
        if (fullLength <= MaxExcerptLength && start.Length == fullLength)
        {
            return start.ToString();
        }

        var cut = Math.Min(MaxExcerptLength, start.Length);
        if (cut > 0 && char.IsHighSurrogate(start[cut - 1]))
        {
            cut--;
        }

        return string.Concat(start[..cut], Invariant($"… ({fullLength} characters)"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
