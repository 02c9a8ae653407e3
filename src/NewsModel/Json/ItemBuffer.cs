using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace NewsModel.Json;

/// <summary>
/// Collects the items of a JSON array for an <see cref="ImmutableArray{T}"/>: the first eight in place, more in a pooled
/// array, so that the only allocation is the final array of exactly the right size.
/// </summary>
internal ref struct ItemBuffer<T>
{
    private Inline _inline;
    private T[]? _rented;
    private int _count;

    public void Add(T item)
    {
        if (_rented is null)
        {
            if (_count < Inline.Length)
            {
                _inline[_count++] = item;
                return;
            }

            _rented = ArrayPool<T>.Shared.Rent(Inline.Length * 4);
            ((ReadOnlySpan<T>)_inline).CopyTo(_rented);
        }
        else if (_count == _rented.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_count * 2);
            _rented.AsSpan().CopyTo(larger);
            Return(_rented, _count);
            _rented = larger;
        }

        _rented[_count++] = item;
    }

    public readonly ImmutableArray<T> ToImmutable()
    {
        if (_count == 0)
        {
            return [];
        }

        return _rented is null
            ? ImmutableArray.Create(((ReadOnlySpan<T>)_inline)[.._count])
            : ImmutableArray.Create(_rented.AsSpan(0, _count));
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            Return(_rented, _count);
            _rented = null;
        }
    }

    private static void Return(T[] array, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            array.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(array);
    }

    [InlineArray(Length)]
    private struct Inline
    {
        public const int Length = 8;

        private T _element;
    }
}
