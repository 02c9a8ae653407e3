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

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Caption), Caption).Add(nameof(AiGenerated), AiGenerated).Printed;
}
