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

    /// <summary>
    /// Whether <paramref name="value"/> is an absolute URI with its scheme written out: <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/>
    /// alone reads <c>/news/1</c> as a file path on Unix.
    /// </summary>
    public static bool IsAbsoluteUri(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && value.StartsWith(uri.Scheme, StringComparison.OrdinalIgnoreCase)
            && value.Length > uri.Scheme.Length
            && value[uri.Scheme.Length] == ':';

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
