using System.Text;

namespace NewsModel;

/// <summary>
/// A story card: an entry of an article's "Related news" section (<see cref="NewsPage.RelatedStories"/>), or one of the
/// cards of a tag page (<see cref="NewsPage.Stories"/>).
/// </summary>
public sealed record StoryCard
{
    /// <summary>The card's summary; <see langword="null"/> only when the page was cut off before it.</summary>
    public string? Summary { get; init; }

    /// <summary>The card's title, or <see langword="null"/> when the card shows none.</summary>
    public string? Title { get; init; }

    /// <summary>The card's picture, or <see langword="null"/> when the card shows none.</summary>
    public NewsImage? Image { get; init; }

    /// <summary>Whether the card carries the "AI-reported" badge.</summary>
    public bool AiReported { get; init; }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(Title), Title)
            .Add(nameof(Summary), Summary)
            .Add(nameof(Image), Image)
            .Add(nameof(AiReported), AiReported)
            .Printed;
}
