using NewsModel.Localization;

namespace NewsModel;

/// <summary>
/// How <see cref="NewsPageText"/> reads and writes page text: one object for both, so that one configured instance
/// (with an app's <see cref="LabelCatalog"/>, such as <c>NewsLocalization.TextOptions</c> of NewsModel.Extensions.Localization)
/// serves the parser and the writer alike. Immutable; <see cref="Default"/> is lenient.
/// </summary>
/// <remarks>
/// The options hold what an application shares between documents. Facts of one document live on the page itself: its
/// content language, which the page text does not state, is set on the page read
/// (<c>NewsPageText.Parse(text) with { ContentLanguage = "en" }</c>).
/// </remarks>
public sealed record NewsPageTextOptions
{
    /// <summary>The default <see cref="MaxInputLength"/>: 4 MiB (4,194,304 bytes of UTF-8), several hundred times a typical page.</summary>
    public const int DefaultMaxInputLength = InputLimit.DefaultMaxBytes;

    /// <summary>The default options: lenient, the shipped catalog, a 4 MiB limit.</summary>
    public static NewsPageTextOptions Default { get; } = new();

    /// <summary>Reading: whether warnings are errors; with <see langword="true"/>, anything the parser would repair or guess stops the read.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Reading: the largest input read, in bytes of UTF-8, the unit of every reader's limit
    /// (<see cref="NewsPageJsonOptions.MaxInputLength"/> too). Byte and stream input count their bytes; a string counts the
    /// bytes of its UTF-8 encoding, so a document has one size whichever overload reads it. Larger input is an error
    /// (<see cref="NewsDiagnosticCode.InputTooLarge"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxInputLength { get; init => field = InputLimit.Validate(value); } = DefaultMaxInputLength;

    /// <summary>The default <see cref="MaxDiagnostics"/>.</summary>
    public const int DefaultMaxDiagnostics = 100;

    /// <summary>
    /// Reading: the most diagnostics a read keeps: the earliest in input order. When a read finds more, the result holds these
    /// and one more, <see cref="NewsDiagnosticCode.TooManyDiagnostics"/>, that says how many were left out; whether the
    /// read succeeded still depends on all of them. Bounds the memory of a read of hostile input.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDiagnostics
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum number of diagnostics must be positive.");
    } = DefaultMaxDiagnostics;

    /// <summary>
    /// Writing: the interface language to write the labels in (a BCP 47 tag; a tag the catalog lacks falls back along its
    /// parents), or <see langword="null"/> (the default) for each page's own <see cref="NewsPage.UiLanguage"/>, and English
    /// for a page that has none. A language other than the page's re-renders its interface: banner texts that are the
    /// page's labels are written in the new language, the article's text is not translated. Reading detects the interface
    /// language from the labels the page shows and does not use this.
    /// </summary>
    public string? UiLanguage { get; init; }

    /// <summary>Reading and writing: the labels the parser recognises and the writer writes; by default every shipped language.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public LabelCatalog Catalog
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = LabelCatalog.Default;
}
