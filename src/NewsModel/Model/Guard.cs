using System.Collections.Immutable;

namespace NewsModel;

/// <summary>
/// The null checks of the model's init accessors: a member that is not nullable never holds <see langword="null"/>,
/// nor does a collection hold a <see langword="null"/> element, so that no invalid page can be built.
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
}
