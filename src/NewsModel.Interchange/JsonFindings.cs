namespace NewsModel.Interchange;

/// <summary>
/// What a reader that walks a tree without positions (a <see cref="System.Text.Json.JsonDocument"/>) finds, by JSON path:
/// at the end of the read, <see cref="ToResult{T}"/> gives each its line and column, the position of the value its path
/// names (<see cref="JsonPathLocator"/>, one pass, only when there are findings), and records it in a
/// <see cref="DiagnosticBag"/> in input order.
/// </summary>
internal sealed class JsonFindings
{
    private readonly List<(NewsDiagnosticCode Code, string Message, string Path, bool IsError)> _findings = [];

    public bool HasErrors { get; private set; }

    public void Warning(NewsDiagnosticCode code, string message, string path) => _findings.Add((code, message, path, false));

    public void Error(NewsDiagnosticCode code, string message, string path)
    {
        HasErrors = true;
        _findings.Add((code, message, path, true));
    }

    /// <summary>The read's result: the value unless a finding is an error, and every finding at its line and column of <paramref name="utf8"/>.</summary>
    public ParseResult<T> ToResult<T>(T? value, ReadOnlySpan<byte> utf8, int maxDepth)
        where T : notnull
    {
        var diagnostics = DiagnosticBag.ForErrors();
        if (_findings.Count == 0)
        {
            return diagnostics.ToResult(value);
        }

        var offsets = JsonPathLocator.Locate(utf8, _findings.ConvertAll(static finding => (string?)finding.Path), maxDepth);

        // A stable sort: two findings at one offset keep the order the reader found them in.
        var order = Enumerable.Range(0, _findings.Count).OrderBy(i => offsets[i]);
        var cursor = new TextPositionCursor(utf8);
        foreach (var i in order)
        {
            var (code, message, path, isError) = _findings[i];
            var (line, column) = cursor.MoveTo(offsets[i]);
            if (isError)
            {
                diagnostics.Error(code, message, line, column, path);
            }
            else
            {
                diagnostics.Warning(code, message, line, column, path);
            }
        }

        return diagnostics.ToResult(value);
    }
}
