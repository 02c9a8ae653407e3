using System.Globalization;

namespace NewsModel;

/// <summary>A problem found in an input, with where it is: a line and column for text, a JSON path for JSON.</summary>
/// <param name="Code">What the diagnostic reports.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">A sentence for people, built by the library from <paramref name="Code"/> and its arguments.</param>
/// <param name="Line">The 1-based line, or 0 where the position is not known.</param>
/// <param name="Column">The 1-based column in UTF-16 code units, or 0 where not applicable.</param>
/// <param name="Path">The JSON path (such as <c>$.article.body[2]</c>), or <see langword="null"/> for text input.</param>
public sealed record NewsDiagnostic(
    NewsDiagnosticCode Code,
    NewsDiagnosticSeverity Severity,
    string Message,
    int Line,
    int Column,
    string? Path = null)
{
    /// <summary>The stable identifier of <see cref="Code"/>, such as <c>NM2001</c>.</summary>
    public string Id => FormatId(Code);

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == NewsDiagnosticSeverity.Error;

    /// <summary>
    /// Formats the diagnostic as compilers do: <c>line:column: warning NM2001: message</c>; a JSON diagnostic adds its path
    /// after the message (<c>3:14: error NM3003: message (at $.consent.title)</c>), or in front when it has no position.
    /// </summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => Format(source: null);

    /// <summary>
    /// Formats the diagnostic as <c>source:line:column: severity ID: message</c>, the form editors and CI systems recognise,
    /// followed by <c> (at path)</c> for a JSON diagnostic.
    /// </summary>
    /// <param name="source">The name of the input (a file name, or <c>&lt;stdin&gt;</c>), or <see langword="null"/> to leave it out.</param>
    /// <returns>The formatted diagnostic.</returns>
    public string Format(string? source)
    {
        var severity = Severity == NewsDiagnosticSeverity.Error ? "error" : "warning";
        var prefix = source is null ? string.Empty : source + ":";
        var location = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}:")
            : Path is not null ? Path + ":" : string.Empty;
        var separator = prefix.Length + location.Length > 0 ? " " : string.Empty;
        var suffix = Line > 0 && Path is not null ? " (at " + Path + ")" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{location}{separator}{severity} {Id}: {Message}{suffix}");
    }

    internal static string FormatId(NewsDiagnosticCode code)
        => string.Create(CultureInfo.InvariantCulture, $"NM{(int)code:D4}");
}
