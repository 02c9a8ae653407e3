using NewsModel.Localization;

namespace NewsModel;

/// <summary>How <see cref="NewsPageText"/> reads page text. Immutable; <see cref="Default"/> is lenient.</summary>
public sealed record NewsPageTextOptions
{
    /// <summary>The default <see cref="MaxInputLength"/>: 4 MiB, several hundred times a typical page.</summary>
    public const int DefaultMaxInputLength = 4 * 1024 * 1024;

    /// <summary>The default options: lenient, the shipped catalog, a 4 MiB limit.</summary>
    public static NewsPageTextOptions Default { get; } = new();

    /// <summary>Whether warnings are errors: with <see langword="true"/>, anything the parser would repair or guess stops the read.</summary>
    public bool Strict { get; init; }

    /// <summary>The largest input read, in UTF-16 code units for text and in bytes for UTF-8 input; larger input is an error (<see cref="NewsDiagnosticCode.InputTooLarge"/>).</summary>
    public int MaxInputLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum input length must be positive.");
    } = DefaultMaxInputLength;

    /// <summary>The default <see cref="MaxDiagnostics"/>.</summary>
    public const int DefaultMaxDiagnostics = 100;

    /// <summary>
    /// The most diagnostics a read keeps: the earliest in input order. When a read finds more, the result holds these
    /// and one more, <see cref="NewsDiagnosticCode.TooManyDiagnostics"/>, that says how many were left out; whether the
    /// read succeeded still depends on all of them. Bounds the memory of a read of hostile input.
    /// </summary>
    public int MaxDiagnostics
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum number of diagnostics must be positive.");
    } = DefaultMaxDiagnostics;

    /// <summary>The labels the parser recognises; by default every shipped language.</summary>
    public LabelCatalog Catalog
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = LabelCatalog.Default;

    /// <summary>The language of the article text, when the caller knows it (the page text does not say); it becomes <see cref="NewsPage.ContentLanguage"/>.</summary>
    public string? ContentLanguage { get; init; }
}
