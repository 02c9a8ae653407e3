namespace NewsModel;

/// <summary>One paragraph of the "What people are saying" section: a summary of reactions on social platforms.</summary>
/// <param name="Text">The paragraph as shown on the page.</param>
/// <param name="Platform">
/// The social platform the paragraph names (such as <c>X</c> or <c>Reddit</c>), or <see langword="null"/> where none is evident.
/// The page text does not state it apart from the paragraph: parsers derive it with <see cref="SocialPlatforms.Detect(ReadOnlySpan{char})"/>.
/// </param>
public sealed record Reaction(string Text, string? Platform = null);
