using System.Text;

namespace NewsModel;

/// <summary>The tag a tag page lists stories for: its name as the page shows it, and whether the page shows the "Follow" button.</summary>
public sealed record NewsTag
{
    /// <summary>
    /// The tag's name as shown on the first line of the page (<c>Chile</c>, <c>Concert Tribute</c>), translated into the
    /// interface language or left as it is; <see langword="null"/> when the page shows the Follow button but no name.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>Whether the page shows the "Follow" button under the tag's name (<see cref="Localization.LabelKey.TagFollow"/>).</summary>
    public bool HasFollowButton { get; init; }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Name), Name).Add(nameof(HasFollowButton), HasFollowButton).Printed;
}
