using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsModel;

/// <summary>A problem found in an input, with where it is: a line and column for text, a JSON path for JSON; or why a page cannot be written, with the member's path.</summary>
public sealed record NewsDiagnostic
{
    /// <summary>Creates a diagnostic; set <see cref="Code"/>, <see cref="Severity"/> and <see cref="Message"/>.</summary>
    public NewsDiagnostic()
    {
    }

    // The library's own shorthand; applications use the initializer, which names every member.
    [SetsRequiredMembers]
    internal NewsDiagnostic(NewsDiagnosticCode code, NewsDiagnosticSeverity severity, string message, int line, int column, string? path = null)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>What the diagnostic reports.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="NewsDiagnosticCode"/>.</exception>
    public required NewsDiagnosticCode Code { get; init => field = Guard.Defined(value, "NewsDiagnostic.Code"); }

    /// <summary>How serious it is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="NewsDiagnosticSeverity"/>.</exception>
    public required NewsDiagnosticSeverity Severity { get; init => field = Guard.Defined(value, "NewsDiagnostic.Severity"); }

    /// <summary>A sentence for people, built by the library from <see cref="Code"/> and its arguments; it does not repeat the position.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Message { get; init => field = Guard.NotNull(value, "NewsDiagnostic.Message"); }

    /// <summary>The 1-based line, or 0 where the position is not known.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column in UTF-16 code units, or 0 where not applicable.</summary>
    public int Column { get; init; }

    /// <summary>
    /// The JSON path (such as <c>$.article.body[2]</c>); for a page that page text cannot show (<see cref="NewsPageText.Validate(NewsPage)"/>),
    /// the member's path from the page (such as <c>Article.Body[2]</c>); <see langword="null"/> for text input.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>
    /// For a document of a stream of documents (such as one line of <see cref="NewsPageNdjson"/>), the document's 0-based
    /// index among them; <see langword="null"/> for a read of one document. <see cref="Line"/> and <see cref="Column"/> are
    /// then positions in the whole stream.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? Record { get; init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, "A record index is 0 or more.") : value; }

    /// <summary>The stable identifier of <see cref="Code"/>, such as <c>NM2001</c>.</summary>
    public string Id => FormatId(Code);

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == NewsDiagnosticSeverity.Error;

    /// <summary>
    /// Formats the diagnostic as compilers do: <c>line:column: warning NM2001: message</c>; a JSON diagnostic adds its path
    /// after the message (<c>3:14: error NM3003: message (at $.consent.title)</c>), or in front when it has no position,
    /// and a diagnostic of a stream's document its index (<c>(record 2, at $.consent.title)</c>).
    /// </summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => Format(source: null);

    /// <summary>
    /// Formats the diagnostic as <c>source:line:column: severity ID: message</c>, the form editors and CI systems recognise,
    /// followed by <c> (at path)</c> for a JSON diagnostic and <c> (record n)</c> for a document of a stream.
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
        var at = Line > 0 && Path is not null ? "at " + Path : null;
        var record = Record is { } index ? string.Create(CultureInfo.InvariantCulture, $"record {index}") : null;
        var suffix = (record, at) switch
        {
            (null, null) => string.Empty,
            (null, _) => " (" + at + ")",
            (_, null) => " (" + record + ")",
            _ => " (" + record + ", " + at + ")",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{location}{separator}{severity} {Id}: {Message}{suffix}");
    }

    internal static string FormatId(NewsDiagnosticCode code)
        => string.Create(CultureInfo.InvariantCulture, $"NM{(int)code:D4}");
}
