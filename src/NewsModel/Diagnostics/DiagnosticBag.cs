using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// The one builder of diagnostics, for every format: a reader records what it finds here (a code, a message from
/// <see cref="DiagnosticMessages"/>, a line and column, a JSON path), and the bag makes the <see cref="NewsDiagnostic"/>s
/// and the <see cref="ParseResult{T}"/>. In strict mode every warning is recorded as an error. Keeps at most
/// <c>maxCount</c> of them, the earliest in input order, and counts the rest: hostile input (every byte invalid UTF-8)
/// costs no more memory than a page with a few problems. One bag serves one document.
/// </summary>
internal sealed class DiagnosticBag(bool strict, int maxCount)
{
    /// <summary>No cap on the number of diagnostics (readers that stop at their first error).</summary>
    public const int NoLimit = int.MaxValue;

    private static readonly Comparer<Position> s_latestFirst = Comparer<Position>.Create(static (a, b) => b.CompareTo(a));

    // The kept diagnostics, the latest in input order on top, so that an earlier one can take its place.
    private PriorityQueue<NewsDiagnostic, Position>? _kept;
    private int _sequence;
    private int _suppressed;
    private NewsDiagnosticSeverity _suppressedSeverity = NewsDiagnosticSeverity.Warning;
    private Position _firstSuppressed = new(int.MaxValue, int.MaxValue, int.MaxValue);

    public bool HasErrors { get; private set; }

    /// <summary>For a document of a stream of documents, its 0-based index, given to every diagnostic (<see cref="NewsDiagnostic.Record"/>).</summary>
    public int? Record { get; init; }

    /// <summary>
    /// The line of the stream the document starts on: a document's line <c>n</c> is reported as line
    /// <c>FirstLine + n - 1</c>, so that positions are the stream's. 1 for a document read on its own.
    /// </summary>
    public int FirstLine { get; init; } = 1;

    /// <summary>A bag for a reader that stops at its first error and has no warnings (JSON, a failed stream).</summary>
    public static DiagnosticBag ForErrors() => new(strict: false, NoLimit);

    public void Warning(NewsDiagnosticCode code, string message, int line, int column)
        => Add(code, WarningSeverity, message, static message => message, line, column);

    /// <summary>Records a warning whose message is built only if it is kept.</summary>
    public void Warning<TState>(NewsDiagnosticCode code, TState state, Func<TState, string> message, int line, int column)
        => Add(code, WarningSeverity, state, message, line, column);

    /// <summary>Records a warning at a line and column with the JSON path of the value it is about.</summary>
    public void Warning(NewsDiagnosticCode code, string message, int line, int column, string? path)
        => Add(code, WarningSeverity, message, static message => message, line, column, path);

    public void Error(NewsDiagnosticCode code, string message, int line, int column)
        => Add(code, NewsDiagnosticSeverity.Error, message, static message => message, line, column);

    /// <summary>Records an error at a line and column with the JSON path of the value it is about.</summary>
    public void Error(NewsDiagnosticCode code, string message, int line, int column, string? path)
        => Add(code, NewsDiagnosticSeverity.Error, message, static message => message, line, column, path);

    /// <summary>Records an error at a byte offset of UTF-8 input (1-based line and UTF-16 column, by <see cref="TextPosition"/>), with a JSON path.</summary>
    public void ErrorAt(ReadOnlySpan<byte> utf8, long byteOffset, NewsDiagnosticCode code, string message, string? path)
    {
        var (line, column) = TextPosition.Of(utf8, byteOffset);
        Error(code, message, line, column, path);
    }

    /// <summary>The read's result: the value, unless a diagnostic is an error, and the diagnostics.</summary>
    public ParseResult<T> ToResult<T>(T? value)
        where T : notnull
        => new(value, ToImmutable());

    /// <summary>The kept diagnostics in input order, then (when some were not kept) the one that counts them.</summary>
    public ImmutableArray<NewsDiagnostic> ToImmutable()
    {
        if (_kept is null)
        {
            return [];
        }

        var ordered = new List<(NewsDiagnostic Diagnostic, Position Position)>(_kept.UnorderedItems);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        var builder = ImmutableArray.CreateBuilder<NewsDiagnostic>(ordered.Count + (_suppressed > 0 ? 1 : 0));
        foreach (var (diagnostic, _) in ordered)
        {
            builder.Add(diagnostic);
        }

        if (_suppressed > 0)
        {
            // Every kept diagnostic comes before the first one left out, so this one stays in input order.
            builder.Add(Create(
                NewsDiagnosticCode.TooManyDiagnostics,
                _suppressedSeverity,
                DiagnosticMessages.TooManyDiagnostics(_suppressed, maxCount),
                _firstSuppressed.Line,
                _firstSuppressed.Column,
                path: null));
        }

        return builder.MoveToImmutable();
    }

    private NewsDiagnosticSeverity WarningSeverity => strict ? NewsDiagnosticSeverity.Error : NewsDiagnosticSeverity.Warning;

    private void Add<TState>(NewsDiagnosticCode code, NewsDiagnosticSeverity severity, TState state, Func<TState, string> message, int line, int column, string? path = null)
    {
        HasErrors |= severity == NewsDiagnosticSeverity.Error;
        var position = new Position(line, column, _sequence++);
        _kept ??= new PriorityQueue<NewsDiagnostic, Position>(s_latestFirst);
        if (_kept.Count == maxCount)
        {
            _kept.TryPeek(out var latest, out var latestPosition);
            if (position.CompareTo(latestPosition) > 0)
            {
                Suppress(severity, position);
                return;
            }

            _kept.Dequeue();
            Suppress(latest!.Severity, latestPosition);
        }

        _kept.Enqueue(Create(code, severity, message(state), line, column, path), position);
    }

    // The one place the library makes a diagnostic. Line 0 (position unknown) stays 0 in a stream.
    private NewsDiagnostic Create(NewsDiagnosticCode code, NewsDiagnosticSeverity severity, string message, int line, int column, string? path)
        => new(code, severity, message, line > 0 ? (int)Math.Min((long)line + FirstLine - 1, int.MaxValue) : 0, column, path) { Record = Record };

    private void Suppress(NewsDiagnosticSeverity severity, Position position)
    {
        _suppressed++;
        _suppressedSeverity = severity == NewsDiagnosticSeverity.Error ? severity : _suppressedSeverity;
        if (position.CompareTo(_firstSuppressed) < 0)
        {
            _firstSuppressed = position;
        }
    }

    /// <summary>Where a diagnostic stands; diagnostics at the same place keep the order they were found in.</summary>
    private readonly record struct Position(int Line, int Column, int Sequence) : IComparable<Position>
    {
        public int CompareTo(Position other)
            => Line != other.Line ? Line.CompareTo(other.Line)
                : Column != other.Column ? Column.CompareTo(other.Column)
                : Sequence.CompareTo(other.Sequence);
    }
}
