using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel;

/// <summary>An image shown on a news page: the hero image of an article or the picture of a story card.</summary>
/// <remarks>
/// The site shows its images by their caption; the image file itself is not part of the page text. Whether an image is
/// AI-generated is a fact every source must state (<see cref="AiGenerated"/> has no default): the site's page text
/// marks its AI images with a badge, while a photo from another format is not AI-generated.
/// </remarks>
public sealed record NewsImage
{
    /// <summary>Creates an image; set <see cref="Caption"/> and <see cref="AiGenerated"/>.</summary>
    public NewsImage()
    {
    }

    /// <summary>Creates an image.</summary>
    /// <param name="caption">The caption shown with the image, or <see langword="null"/> when the page shows none.</param>
    /// <param name="aiGenerated">Whether the image is AI-generated (the page marks it with the "AI-generated image" badge).</param>
    [SetsRequiredMembers]
    public NewsImage(string? caption, bool aiGenerated)
    {
        Caption = caption;
        AiGenerated = aiGenerated;
    }

    /// <summary>
    /// The caption shown with the image, or <see langword="null"/> when it is unknown: a story card's badge line may show the
    /// AI-image badge with no caption line before it (the card has an AI-generated image whose caption the page does not show).
    /// </summary>
    public string? Caption { get; init; }

    /// <summary>Whether the image is AI-generated: on the site's pages, whether the page marks it with the "AI-generated image" badge.</summary>
    public required bool AiGenerated { get; init; }

    /// <summary>
    /// How the image was made, as an IPTC digital source type, or <see langword="null"/> when the source does not say more
    /// than <see cref="AiGenerated"/>. Formats that carry a source type write <see cref="SourceType"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is <c>default(DigitalSourceType)</c>.</exception>
    public DigitalSourceType? DigitalSourceType { get; init => field = Guard.Defined(value, "NewsImage.DigitalSourceType"); }

    /// <summary>
    /// The source type a format writes: <see cref="DigitalSourceType"/> where set, else what the badge means
    /// (<see cref="NewsModel.DigitalSourceType.TrainedAlgorithmicMedia"/> for an AI-generated image, unknown otherwise).
    /// </summary>
    public DigitalSourceType? SourceType => DigitalSourceType ?? NewsModel.DigitalSourceType.FromBadge(AiGenerated);

    /// <summary>An absolute URL of the image file, or <see langword="null"/> when unknown (the page text does not show it).</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? Url { get; init => field = Guard.AbsoluteUri(value, "NewsImage.Url"); }

    /// <summary>The image's width in pixels, or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? Width { get; init => field = Guard.Positive(value, "NewsImage.Width"); }

    /// <summary>The image's height in pixels, or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? Height { get; init => field = Guard.Positive(value, "NewsImage.Height"); }

    /// <summary>The text alternative for readers who cannot see the image, or <see langword="null"/>.</summary>
    public string? AltText { get; init; }

    /// <summary>Who made or supplied the image (a credit line), or <see langword="null"/>.</summary>
    public string? Credit { get; init; }

    /// <summary>The image's copyright notice, or <see langword="null"/>.</summary>
    public string? CopyrightNotice { get; init; }

    /// <summary>Whether the image holds anything besides what the page text shows (its caption and badge).</summary>
    public bool HasPublishingMetadata
        => DigitalSourceType is not null || Url is not null || Width is not null || Height is not null
            || AltText is not null || Credit is not null || CopyrightNotice is not null;

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(Caption), Caption)
            .Add(nameof(AiGenerated), AiGenerated)
            .AddIfSet(nameof(DigitalSourceType), DigitalSourceType)
            .AddIfSet(nameof(Url), Url)
            .AddIfSet(nameof(Width), Width)
            .AddIfSet(nameof(Height), Height)
            .AddIfSet(nameof(AltText), AltText)
            .AddIfSet(nameof(Credit), Credit)
            .AddIfSet(nameof(CopyrightNotice), CopyrightNotice)
            .Printed;
}
