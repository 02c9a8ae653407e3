namespace NewsModel;

/// <summary>How serious a diagnostic is.</summary>
public enum NewsDiagnosticSeverity
{
    /// <summary>The input was understood with a repair or a guess; the result keeps all of its text.</summary>
    Warning = 1,

    /// <summary>The input cannot be turned into a page.</summary>
    Error = 2,
}
