using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// The input could not be read as the value asked for. <see cref="Diagnostic"/> says what and where;
/// <see cref="Diagnostics"/> has every problem found.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is the error's message alone, without its position: <see cref="Diagnostic"/> has the
/// line, column and JSON path, and <see cref="NewsDiagnostic.Format(string?)"/> writes the whole diagnostic as compilers do.
/// </remarks>
public sealed class NewsFormatException : FormatException
{
    private const string DefaultMessage = "The input could not be read.";

    /// <summary>Creates the exception with a default message and no diagnostics.</summary>
    public NewsFormatException()
        : base(DefaultMessage)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">The message; <see langword="null"/> for a default one.</param>
    public NewsFormatException(string? message)
        : base(message ?? DefaultMessage)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, the exception that caused it, and no diagnostics.</summary>
    /// <param name="message">The message; <see langword="null"/> for a default one.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public NewsFormatException(string? message, Exception? innerException)
        : base(message ?? DefaultMessage, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception for the diagnostics of a read; its message is the first error's.</summary>
    /// <param name="diagnostics">The diagnostics of the read, in input order. Never throws: without an error the first diagnostic is named, and without any diagnostic the message is a default one.</param>
    public NewsFormatException(ImmutableArray<NewsDiagnostic> diagnostics)
        : this(diagnostics.IsDefault ? [] : diagnostics, Principal(diagnostics))
    {
    }

    private NewsFormatException(ImmutableArray<NewsDiagnostic> diagnostics, NewsDiagnostic? principal)
        : base(principal?.Message ?? DefaultMessage)
    {
        Diagnostics = diagnostics;
        Diagnostic = principal;
    }

    /// <summary>
    /// The first error (its code, message and position), or the first diagnostic when none is an error;
    /// <see langword="null"/> when the exception was created without diagnostics.
    /// </summary>
    public NewsDiagnostic? Diagnostic { get; }

    /// <summary>Every diagnostic of the read, warnings included, in input order; empty when the exception was created without them.</summary>
    public ImmutableArray<NewsDiagnostic> Diagnostics { get; }

    private static NewsDiagnostic? Principal(ImmutableArray<NewsDiagnostic> diagnostics)
    {
        if (diagnostics.IsDefaultOrEmpty)
        {
            return null;
        }

        NewsDiagnostic? first = null;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic is { IsError: true })
            {
                return diagnostic;
            }

            first ??= diagnostic;
        }

        return first;
    }
}
