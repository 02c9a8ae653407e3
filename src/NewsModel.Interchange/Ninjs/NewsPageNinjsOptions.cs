namespace NewsModel.Interchange.Ninjs;

/// <summary>How <see cref="NewsPageNinjs"/> writes and reads ninjs. Immutable; <see cref="Default"/> writes compact ninjs 3.1 and reads either version.</summary>
public sealed record NewsPageNinjsOptions
{
    /// <summary>The default maximum nesting depth of JSON read.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default options.</summary>
    public static NewsPageNinjsOptions Default { get; } = new();

    /// <summary>
    /// Writing: the version written (<see langword="null"/> for <see cref="NinjsVersion.V3_1"/>). Reading: the version the
    /// document is read as, or <see langword="null"/> to tell from the document (its <c>standard.version</c>, else its
    /// property names: camelCase names such as <c>versionCreated</c> are 3.x, lower-case ones such as <c>versioncreated</c> 2.x;
    /// a document that shows neither reads as 3.x).
    /// </summary>
    public NinjsVersion? Version { get; init; }

    /// <summary>Whether written JSON is indented for people to read (two spaces, LF line ends).</summary>
    public bool WriteIndented { get; init; }

    /// <summary>
    /// Reading: whether the document is first checked against the rules of its version's schema that
    /// <see cref="NewsPageNinjs"/> knows (see its remarks for the subset); each broken rule is an error
    /// (<see cref="NewsDiagnosticCode.SchemaViolation"/>) naming the offending JSON path, and the page is not read.
    /// Off by default: the reader is lenient and reports what it cannot map as warnings.
    /// </summary>
    public bool Validate { get; init; }

    /// <summary>
    /// Reading: whether an item that is not text (a picture, video, audio, graphic, event or planning item) is read as an
    /// article with what it holds (headline, description as summary, its picture as the image), with a
    /// <see cref="NewsDiagnosticCode.UnsupportedItemType"/> warning. Off by default: such an item is an error, since a page
    /// is an article or a list of stories.
    /// </summary>
    public bool AcceptNonTextItems { get; init; }

    /// <summary>The deepest nesting read; deeper JSON is an error (<see cref="NewsDiagnosticCode.JsonTooDeep"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth { get; init => field = InputLimit.ValidateDepth(value); } = DefaultMaxDepth;

    /// <summary>The largest input read, in bytes of UTF-8 (a string counts the bytes of its UTF-8 encoding); larger input is <see cref="NewsDiagnosticCode.InputTooLarge"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxInputLength { get; init => field = InputLimit.Validate(value); } = NewsPageJsonOptions.DefaultMaxInputLength;
}
