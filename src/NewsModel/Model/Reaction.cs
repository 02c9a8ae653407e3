using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel;

/// <summary>One paragraph of the "What people are saying" section: a summary of reactions on social platforms.</summary>
public sealed record Reaction
{
    /// <summary>Creates a reaction; set <see cref="Text"/>.</summary>
    public Reaction()
    {
    }

    /// <summary>Creates a reaction that names no platform.</summary>
    /// <param name="text">The paragraph as shown on the page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    [SetsRequiredMembers]
    public Reaction(string text)
    {
        Text = text;
    }

    /// <summary>The paragraph as shown on the page.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Text { get; init => field = Guard.NotNull(value, "Reaction.Text"); }

    /// <summary>
    /// The social platform the paragraph names (such as <c>X</c> or <c>Reddit</c>), or <see langword="null"/> where none is evident.
    /// The page text does not state it apart from the paragraph: parsers derive it with <see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/>.
    /// </summary>
    public string? Platform { get; init; }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Text), Text).Add(nameof(Platform), Platform).Printed;
}
