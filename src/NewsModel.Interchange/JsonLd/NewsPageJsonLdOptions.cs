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

    /// <summary>Reading: the most diagnostics kept (default 100); the rest are counted in one last diagnostic (<see cref="NewsDiagnosticCode.TooManyDiagnostics"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDiagnostics { get; init => field = AtLeastOne(value); } = 100;

    private static int AtLeastOne(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }
}
