namespace NewsModel;

/// <summary>How <see cref="NewsPageJson"/> reads and writes JSON. Immutable; <see cref="Default"/> writes compact JSON.</summary>
public sealed record NewsPageJsonOptions
{
    /// <summary>The default maximum nesting depth of JSON read.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default options.</summary>
    public static NewsPageJsonOptions Default { get; } = new();

    /// <summary>Whether written JSON is indented for people to read.</summary>
    public bool WriteIndented { get; init; }

    /// <summary>The deepest nesting read; deeper JSON is an error (<see cref="NewsDiagnosticCode.JsonTooDeep"/>).</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;
}
