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

    /// <summary>
    /// How the story's text was made, as an IPTC digital source type, or <see langword="null"/> when the source does not say
    /// more than <see cref="AiReported"/>. Formats that carry a source type write <see cref="SourceType"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is <c>default(DigitalSourceType)</c>.</exception>
    public DigitalSourceType? DigitalSourceType { get; init => field = Guard.Defined(value, "StoryCard.DigitalSourceType"); }

    /// <summary>
    /// The source type a format writes: <see cref="DigitalSourceType"/> where set, else what the badge means
    /// (<see cref="NewsModel.DigitalSourceType.TrainedAlgorithmicMedia"/> for an AI-reported story, unknown otherwise).
    /// </summary>
    public DigitalSourceType? SourceType => DigitalSourceType ?? NewsModel.DigitalSourceType.FromBadge(AiReported);

    /// <summary>An absolute URL of the story the card links to, or <see langword="null"/> when unknown (the page text does not show it).</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? Url { get; init => field = Guard.AbsoluteUri(value, "StoryCard.Url"); }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(Title), Title)
            .Add(nameof(Summary), Summary)
            .Add(nameof(Image), Image)
            .Add(nameof(AiReported), AiReported)
            .AddIfSet(nameof(DigitalSourceType), DigitalSourceType)
            .AddIfSet(nameof(Url), Url)
            .Printed;
}
