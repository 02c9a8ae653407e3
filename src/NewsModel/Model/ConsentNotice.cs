using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel;

/// <summary>The cookie-consent banner of a page: title, message and buttons.</summary>
public sealed record ConsentNotice
{
    /// <summary>The banner's title.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Title { get; init => field = Guard.NotNull(value, "ConsentNotice.Title"); }

    /// <summary>The banner's message, or <see langword="null"/> when the page was cut off before it.</summary>
    public string? Message { get; init; }

    /// <summary>The banner's buttons, in page order.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<ConsentAction> Actions { get; init => field = Guard.NoNullItems(value, "ConsentNotice.Actions"); } = [];

    /// <inheritdoc/>
    public bool Equals(ConsentNotice? other)
        => other is not null
            && Title == other.Title
            && Message == other.Message
            && Equality.SequenceEqual(Actions, other.Actions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Message, Equality.SequenceHash(Actions));

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Title), Title).Add(nameof(Message), Message).Add(nameof(Actions), Actions).Printed;
}

/// <summary>One button of a consent notice.</summary>
public sealed record ConsentAction
{
    /// <summary>Creates a button; set <see cref="Kind"/> and <see cref="Label"/>.</summary>
    public ConsentAction()
    {
    }

    /// <summary>Creates a button.</summary>
    /// <param name="kind">What the button does.</param>
    /// <param name="label">The button's text as shown on the page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ConsentActionKind"/>.</exception>
    [SetsRequiredMembers]
    public ConsentAction(ConsentActionKind kind, string label)
    {
        Kind = kind;
        Label = label;
    }

    /// <summary>What the button does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ConsentActionKind"/>.</exception>
    public required ConsentActionKind Kind { get; init => field = Guard.Defined(value, "ConsentAction.Kind"); }

    /// <summary>The button's text as shown on the page.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Label { get; init => field = Guard.NotNull(value, "ConsentAction.Label"); }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Kind), Kind).Add(nameof(Label), Label).Printed;
}

/// <summary>What a consent button does.</summary>
public enum ConsentActionKind
{
    /// <summary>A button whose purpose the page does not make evident.</summary>
    Other = 0,

    /// <summary>Declines optional cookies.</summary>
    Decline = 1,

    /// <summary>Accepts cookies.</summary>
    Accept = 2,
}
