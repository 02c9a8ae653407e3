using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// Collects the diagnostics of one read; in strict mode every warning is recorded as an error. Keeps at most
/// <c>maxCount</c> of them, the earliest in input order, and counts the rest: hostile input (every byte invalid UTF-8)
/// costs no more memory than a page with a few problems.
/// </summary>
internal sealed class DiagnosticBag(bool strict, int maxCount)
{
    private static readonly Comparer<Position> s_latestFirst = Comparer<Position>.Create(static (a, b) => b.CompareTo(a));

    // The kept diagnostics, the latest in input order on top, so that an earlier one can take its place.
    private PriorityQueue<NewsDiagnostic, Position>? _kept;
    private int _sequence;
    private int _suppressed;
    private NewsDiagnosticSeverity _suppressedSeverity = NewsDiagnosticSeverity.Warning;
    private Position _firstSuppressed = new(int.MaxValue, int.MaxValue, int.MaxValue);

    public bool HasErrors { get; private set; }

    public void Warning(NewsDiagnosticCode code, string message, int line, int column)
        => Add(code, WarningSeverity, message, static message => message, line, column);

    /// <summary>Records a warning whose message is built only if it is kept.</summary>
    public void Warning<TState>(NewsDiagnosticCode code, TState state, Func<TState, string> message, int line, int column)
        => Add(code, WarningSeverity, state, message, line, column);

    public void Error(NewsDiagnosticCode code, string message, int line, int column)
        => Add(code, NewsDiagnosticSeverity.Error, message, static message => message, line, column);

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
            builder.Add(new NewsDiagnostic(
                NewsDiagnosticCode.TooManyDiagnostics,
                _suppressedSeverity,
                DiagnosticMessages.TooManyDiagnostics(_suppressed, maxCount),
                _firstSuppressed.Line,
                _firstSuppressed.Column));
        }

        return builder.MoveToImmutable();
    }

    private NewsDiagnosticSeverity WarningSeverity => strict ? NewsDiagnosticSeverity.Error : NewsDiagnosticSeverity.Warning;

    private void Add<TState>(NewsDiagnosticCode code, NewsDiagnosticSeverity severity, TState state, Func<TState, string> message, int line, int column)
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

        _kept.Enqueue(new NewsDiagnostic(code, severity, message(state), line, column), position);
    }

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
