using System.Collections.Immutable;

namespace NewsModel;

/// <summary>Collects the diagnostics of one read; in strict mode every warning is recorded as an error.</summary>
internal sealed class DiagnosticBag(bool strict)
{
    private List<NewsDiagnostic>? _items;

    public bool HasErrors { get; private set; }

    public void Warning(NewsDiagnosticCode code, string message, int line, int column, string? path = null)
        => Add(code, strict ? NewsDiagnosticSeverity.Error : NewsDiagnosticSeverity.Warning, message, line, column, path);

    public void Error(NewsDiagnosticCode code, string message, int line, int column, string? path = null)
        => Add(code, NewsDiagnosticSeverity.Error, message, line, column, path);

    // Reading finds encoding problems before structural ones; callers expect input order.
    public ImmutableArray<NewsDiagnostic> ToImmutable()
        => _items is null ? [] : [.. _items.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private void Add(NewsDiagnosticCode code, NewsDiagnosticSeverity severity, string message, int line, int column, string? path)
    {
        (_items ??= []).Add(new NewsDiagnostic(code, severity, message, line, column, path));
        HasErrors |= severity == NewsDiagnosticSeverity.Error;
    }
}
