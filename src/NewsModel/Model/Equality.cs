using System.Collections.Immutable;

namespace NewsModel;

/// <summary>Value equality for the immutable arrays the model types hold.</summary>
internal static class Equality
{
    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        => left.AsSpan().SequenceEqual(right.AsSpan());

    public static int SequenceHash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

}
