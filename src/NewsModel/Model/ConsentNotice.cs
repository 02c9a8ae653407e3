using System.Collections.Immutable;

namespace NewsModel;

/// <summary>The cookie-consent banner of a page: title, message and buttons.</summary>
public sealed record ConsentNotice
{
    private readonly ImmutableArray<ConsentAction> _actions = [];

    /// <summary>Creates a consent notice.</summary>
    /// <param name="title">The banner's title.</param>
    /// <param name="message">The banner's message, or <see langword="null"/> when the page was cut off before it.</param>
    /// <param name="actions">The banner's buttons, in page order.</param>
    public ConsentNotice(string title, string? message, ImmutableArray<ConsentAction> actions = default)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        Message = message;
        Actions = actions;
    }

    /// <summary>The banner's title.</summary>
    public string Title { get; }

    /// <summary>The banner's message, or <see langword="null"/> when the page was cut off before it.</summary>
    public string? Message { get; }

    /// <summary>The banner's buttons, in page order.</summary>
    public ImmutableArray<ConsentAction> Actions { get => _actions; init => _actions = value.OrEmpty(); }

    /// <inheritdoc/>
    public bool Equals(ConsentNotice? other)
        => other is not null
            && Title == other.Title
            && Message == other.Message
            && Equality.SequenceEqual(Actions, other.Actions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Message, Equality.SequenceHash(Actions));
}

/// <summary>One button of a consent notice.</summary>
/// <param name="Kind">What the button does.</param>
/// <param name="Label">The button's text as shown on the page.</param>
public sealed record ConsentAction(ConsentActionKind Kind, string Label);

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
