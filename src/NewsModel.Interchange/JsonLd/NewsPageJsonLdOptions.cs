namespace NewsModel.Interchange.JsonLd;

/// <summary>How <see cref="NewsPageJsonLd"/> reads and writes JSON-LD. Immutable; <see cref="Default"/> writes compact JSON-LD.</summary>
/// <remarks>There is no encoder to choose: the output is always safe inside an HTML <c>&lt;script&gt;</c> element.</remarks>
public sealed record NewsPageJsonLdOptions
{
    /// <summary>The default options.</summary>
    public static NewsPageJsonLdOptions Default { get; } = new();

    /// <summary>Whether written JSON-LD is indented for people to read (two spaces, LF line ends).</summary>
    public bool WriteIndented { get; init; }

    /// <summary>Reading: the deepest nesting read (the root counts as 1); deeper JSON is an error (<see cref="NewsDiagnosticCode.JsonTooDeep"/>). Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth { get; init => field = InputLimit.ValidateDepth(value); } = NewsPageJsonOptions.DefaultMaxDepth;

    /// <summary>Reading: the largest input read, in bytes of UTF-8 (default 4 MiB); larger input is an error (<see cref="NewsDiagnosticCode.InputTooLarge"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxInputLength { get; init => field = InputLimit.Validate(value); } = NewsPageJsonOptions.DefaultMaxInputLength;

    /// <summary>
    /// Reading: the URL the JSON-LD was published at (the page's own address), against which relative URLs resolve, as a
    /// JSON-LD processor resolves them against the document's base: <c>/img/a.jpg</c> read with the base
    /// <c>https://news.example/2026/rain</c> is <c>https://news.example/img/a.jpg</c>. <see langword="null"/> (the default):
    /// a relative URL is left out, with an <see cref="NewsDiagnosticCode.InvalidInterchangeValue"/> warning, as the model keeps
    /// absolute URIs only.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI with a scheme (such as <c>https</c>) and a host.</exception>
    public Uri? BaseUri { get; init => field = ValidateBase(value); }

    /// <summary>Reading: the most diagnostics kept (default 100); the rest are counted in one last diagnostic (<see cref="NewsDiagnosticCode.TooManyDiagnostics"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDiagnostics { get; init => field = AtLeastOne(value); } = 100;

    private static Uri? ValidateBase(Uri? value)
        => value is null || (value.IsAbsoluteUri && !value.IsFile && !string.IsNullOrEmpty(value.Host))
            ? value
            : throw new ArgumentException($"The base URI must be absolute, with a scheme and a host, such as https://news.example/; got '{value}'.", nameof(value));

    private static int AtLeastOne(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }
}
