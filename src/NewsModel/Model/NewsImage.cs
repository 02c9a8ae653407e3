namespace NewsModel;

/// <summary>An image shown on a news page: the hero image of an article or the picture of a story card.</summary>
/// <remarks>The site shows its images by their caption; the image file itself is not part of the page text.</remarks>
/// <param name="Caption">The caption shown with the image.</param>
/// <param name="AiGenerated">Whether the page marks the image with the "AI-generated image" badge.</param>
public sealed record NewsImage(string Caption, bool AiGenerated = true);
