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

    public const string EmptyInput = "The input holds no text.";

    public static string ReadFailed(string reason) => "The input could not be read: " + reason;

    public static string UnclassifiedText(string context)
        => $"Text {context} could not be placed in the page; it is kept in NewsPage.UnclassifiedText.";

    public static string OrphanBadge(string badge) => $"The badge line \"{badge}\" is not followed by the story card it belongs to.";

    public static string UnexpectedHeading(string heading) => $"The heading \"{heading}\" appears again or out of the site's order; its paragraphs are still read.";

    public static string PossibleUnknownLabel(string line)
        => $"The line \"{line}\" looks like a section heading that the label catalog does not know, followed by story cards; it is kept as text. "
            + "If the site shows it as a label, add it to the catalog (a .variantN resource, or LabelSet.WithVariants).";

    public static string MixedInterfaceLanguages(string chosen, string other)
        => $"The page shows labels of more than one interface language ({chosen} and {other}); the interface language is taken to be {chosen}.";

    public static string InvalidJson(string reason) => "The JSON is not well-formed: " + reason;

    public static string InvalidJsonValue(string reason) => "The JSON value is not valid here: " + reason;

    public static string MissingJsonProperty(string names) => "A required property is missing: " + names + ".";

    public static string DuplicateJsonProperty(string name) => $"The property \"{name}\" appears more than once.";

    public static string JsonTooDeep(int maxDepth) => Invariant($"The JSON nests deeper than the maximum depth of {maxDepth}.");

    public static string UnsupportedSchemaVersion(string version, int supported)
        => Invariant($"The schemaVersion {version} is not supported; this library reads schemaVersion {supported}.");

    public static string UnexpectedJsonValue(string expected) => InvalidJsonValue("expected " + expected + ".");

    public static string UnknownJsonProperty(string name)
        => $"The property \"{name}\" is not part of NewsModel's page JSON; the canonical format does not allow unknown properties.";

    public static string UnknownConsentActionKind(string kind)
        => InvalidJsonValue($"the consent action kind \"{kind}\" is unknown; expected {JsonConsentActionKindValue}.");

    public const string UndefinedConsentActionKind = "The consent action kind is not a defined ConsentActionKind value.";

    public const string JsonInvalidUtf8Reason = "a string holds bytes that are not valid UTF-8, or a \\u escape that is not valid UTF-16 (such as a lone surrogate).";

    // What a JSON value should have been, completing UnexpectedJsonValue.
    public const string JsonStringValue = "a string";

    public const string JsonObjectValue = "an object";

    public const string JsonArrayValue = "an array";

    public const string JsonBooleanValue = "true or false";

    public const string JsonConsentActionKindValue = "one of the strings \"decline\", \"accept\" or \"other\"";

    public const string JsonAnyValidValue = "a value of the type the schema has here";

    public static string JsonSchemaVersionValue(int version) => Invariant($"the number {version}");

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

    public static string ContentLanguageNotWritten(string language)
        => $"Page text does not state the content language ('{language}'): a reader gives ContentLanguage null. Write the page without it (page with {{ ContentLanguage = null }}) and set it on the page read.";

    /// <summary>The most UTF-16 code units of a text that a message quotes; a longer text is cut, and the cut marked with an ellipsis.</summary>
    public const int MaxQuotedLength = 40;

    /// <summary>
    /// Quotes a text in a message: in double quotes, cut after <see cref="MaxQuotedLength"/> code units (never inside a
    /// surrogate pair), with control characters written as <c>\uXXXX</c> so that a message is one line and inert in a terminal.
    /// </summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var cut = text.Length > MaxQuotedLength;
        if (cut)
        {
            text = text[..(char.IsHighSurrogate(text[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength)];
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        builder.Append('"');
        foreach (var c in text)
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

        return builder.Append(cut ? "…\"" : "\"").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
