using System.Collections.Immutable;

namespace NewsModel;

/// <summary>The input could not be turned into a page. <see cref="Diagnostic"/> says what and where; <see cref="Diagnostics"/> has every problem found.</summary>
public sealed class NewsFormatException : FormatException
{
    /// <summary>Creates the exception for the first error among <paramref name="diagnostics"/>.</summary>
    /// <param name="diagnostics">All diagnostics of the read; at least one must be an error.</param>
    public NewsFormatException(ImmutableArray<NewsDiagnostic> diagnostics)
        : this(diagnostics, FirstError(diagnostics))
    {
    }

    private NewsFormatException(ImmutableArray<NewsDiagnostic> diagnostics, NewsDiagnostic error)
        : base(error.ToString())
    {
        Diagnostics = diagnostics;
        Diagnostic = error;
    }

    /// <summary>The first error: its code, message and position.</summary>
    public NewsDiagnostic Diagnostic { get; }

    /// <summary>Every diagnostic of the read, warnings included, in input order.</summary>
    public ImmutableArray<NewsDiagnostic> Diagnostics { get; }

    /// <summary>The error's code.</summary>
    public NewsDiagnosticCode Code => Diagnostic.Code;

    /// <summary>The error's 1-based line, or 0 where the position is not known.</summary>
    public int Line => Diagnostic.Line;

    /// <summary>The error's 1-based column, or 0 where not applicable.</summary>
    public int Column => Diagnostic.Column;

    /// <summary>The JSON path of the error, or <see langword="null"/> for text input.</summary>
    public string? Path => Diagnostic.Path;

    private static NewsDiagnostic FirstError(ImmutableArray<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return diagnostic;
            }
        }

        throw new ArgumentException("At least one diagnostic must be an error.", nameof(diagnostics));
    }
}
