using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// The checks of the model's init accessors: a member that is not nullable never holds <see langword="null"/>, a
/// collection never holds a <see langword="null"/> element, and an enum member holds a named value, so that no invalid
/// page can be built.
/// </summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws when it is <see langword="null"/>.</summary>
    /// <param name="value">The value given to the member.</param>
    /// <param name="member">The member's name, such as <c>NewsImage.Caption</c>.</param>
    public static T NotNull<T>(T? value, string member)
        where T : class
        => value ?? throw new ArgumentNullException(member, member + " cannot be null.");

    /// <summary>
    /// Returns <paramref name="items"/> (an empty array for a <c>default</c> one), or throws when one of its elements is
    /// <see langword="null"/>.
    /// </summary>
    /// <param name="items">The collection given to the member.</param>
    /// <param name="member">The member's name, such as <c>NewsPage.Reactions</c>.</param>
    public static ImmutableArray<T> NoNullItems<T>(ImmutableArray<T> items, string member)
        where T : class
    {
        if (items.IsDefault)
        {
            return [];
        }

        var span = items.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is null)
            {
                throw new ArgumentNullException(member, $"{member}[{i}] is null; the collection cannot hold null elements.");
            }
        }

        return items;
    }

    /// <summary>Returns <paramref name="value"/>, or throws when it is not one of its enum's named values.</summary>
    /// <param name="value">The value given to the member.</param>
    /// <param name="member">The member's name, such as <c>ConsentAction.Kind</c>.</param>
    public static TEnum Defined<TEnum>(TEnum value, string member)
        where TEnum : struct, Enum
        => Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(member, value, $"{member} must be a defined {typeof(TEnum).Name} value.");

    /// <summary>
    /// Whether <paramref name="value"/> is an absolute URI with its scheme written out: <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/>
    /// alone reads <c>/news/1</c> as a file path on Unix.
    /// </summary>
    /// <remarks>The one rule of the model and of every reader, which check a value before the model sees it.</remarks>
    public static bool IsAbsoluteUri(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && value.StartsWith(uri.Scheme, StringComparison.OrdinalIgnoreCase)
            && value.Length > uri.Scheme.Length
            && value[uri.Scheme.Length] == ':';

    /// <summary>Returns <paramref name="value"/>, or throws when it is not <see langword="null"/> and not an absolute URI.</summary>
    /// <param name="value">The value given to the member.</param>
    /// <param name="member">The member's name, such as <c>NewsImage.Url</c>.</param>
    public static string? AbsoluteUri(string? value, string member)
        => value is null || IsAbsoluteUri(value)
            ? value
            : throw new ArgumentException($"{member} must be an absolute URI; '{value}' is not.", member);

    /// <summary>Returns <paramref name="value"/>, or throws when it is <c>default(DigitalSourceType)</c>.</summary>
    /// <param name="value">The value given to the member.</param>
    /// <param name="member">The member's name, such as <c>NewsImage.DigitalSourceType</c>.</param>
    public static DigitalSourceType? Defined(DigitalSourceType? value, string member)
        => value is { IsDefault: true }
            ? throw new ArgumentException($"{member} cannot be default(DigitalSourceType); use null for unknown.", member)
            : value;

    /// <summary>Returns <paramref name="value"/>, or throws when it is not <see langword="null"/> and not positive.</summary>
    /// <param name="value">The value given to the member.</param>
    /// <param name="member">The member's name, such as <c>NewsImage.Width</c>.</param>
    public static int? Positive(int? value, string member)
        => value is null or > 0 ? value : throw new ArgumentOutOfRangeException(member, value, $"{member} must be positive.");
}
