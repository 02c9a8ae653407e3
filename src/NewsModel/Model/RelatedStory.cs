namespace NewsModel;

/// <summary>A story card: an entry of an article's "Related news" section, or one of the cards of a tag page.</summary>
/// <param name="Summary">The card's summary; <see langword="null"/> only when the page was cut off before it.</param>
/// <param name="Title">The card's title, or <see langword="null"/> when the card shows none.</param>
/// <param name="Image">The card's picture, or <see langword="null"/> when the card shows none.</param>
/// <param name="AiReported">Whether the card carries the "AI-reported" badge.</param>
public sealed record RelatedStory(string? Summary, string? Title = null, NewsImage? Image = null, bool AiReported = false);
