using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel;

/// <summary>
/// The outcome of a read that reports instead of throwing (such as <see cref="NewsPageText.ParseWithDiagnostics(string)"/>):
/// the value, unless an error stopped the read, and every diagnostic found. The same type serves a page, a consent
/// record or any other value a format reads.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>
/// A failed result never holds a partly read value. The <see cref="NewsFormatException"/> that the throwing read would
/// have thrown is built only when asked for, by <see cref="Value"/>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ParseResult<T>
    where T : notnull
{
    private readonly T? _value;

    // The value is kept only when no diagnostic is an error.
    internal ParseResult(T? value, ImmutableArray<NewsDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        Success = value is not null && !HasError(Diagnostics);
        _value = Success ? value : default;
    }

    /// <summary>Whether the read produced a value: no diagnostic is an error.</summary>
    public bool Success { get; }

    /// <summary>Every diagnostic, in input order; warnings only when <see cref="Success"/> is <see langword="true"/>.</summary>
    public ImmutableArray<NewsDiagnostic> Diagnostics { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="NewsFormatException">The read failed (<see cref="Success"/> is <see langword="false"/>): the exception the throwing read would have thrown, built now.</exception>
    public T Value => Success ? _value! : throw new NewsFormatException(Diagnostics);

    /// <summary>Gets the value read, when there is one.</summary>
    /// <param name="value">The value, or <c>default</c> when the read failed.</param>
    /// <returns>Whether the read produced a value.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>The value read, or <c>default</c> (<see langword="null"/> for a page) when the read failed.</summary>
    /// <returns>The value or <c>default</c>.</returns>
    public T? GetValueOrDefault() => _value;

    /// <summary>Describes the result: <c>Success: </c> and the value, or <c>Failure: </c> and the first error.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => Success ? "Success: " + _value : "Failure: " + Diagnostics.FirstOrDefault(d => d.IsError);

    private static bool HasError(ImmutableArray<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
