using System.Collections.Immutable;

namespace NewsModel;

/// <summary>Value equality for the immutable arrays the model types hold.</summary>
internal static class Equality
{
    public static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        => left.AsSpan().SequenceEqual(right.AsSpan());

    /// <summary>Whether two instants are the same instant written with the same offset: formats keep the offset, so the model does too.</summary>
    public static bool Exact(DateTimeOffset? left, DateTimeOffset? right)
        => left is { } l ? right is { } r && l.EqualsExact(r) : right is null;

    /// <summary>The hash that matches <see cref="Exact"/>.</summary>
    public static int ExactHash(DateTimeOffset? value) => value is { } v ? HashCode.Combine(v.UtcTicks, v.Offset) : 0;

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
