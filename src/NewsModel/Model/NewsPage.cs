using System.Collections.Immutable;
using System.Text;

namespace NewsModel;

/// <summary>
/// A page of the news site: an article page (with <see cref="Article"/>) or a tag page (no article,
/// its story cards in <see cref="Stories"/>), with the sections and banner the page shows.
/// </summary>
/// <remarks>
/// Instances are immutable and compare by value, collections included. The interface language
/// (<see cref="UiLanguage"/>, the language of the site's labels) and the content language
/// (<see cref="ContentLanguage"/>, the language of the article text) are different facts.
/// </remarks>
public sealed record NewsPage
{
    /// <summary>The language of the page's interface labels as a BCP 47 tag (such as <c>yo</c>), or <see langword="null"/> when the page shows no label.</summary>
    public string? UiLanguage { get; init; }

    /// <summary>The language of the article text as a BCP 47 tag, or <see langword="null"/> when unknown; the page text does not state it.</summary>
    public string? ContentLanguage { get; init; }

    /// <summary>The article, or <see langword="null"/> on a tag page.</summary>
    public NewsArticle? Article { get; init; }

    /// <summary>On a tag page, the tag its first lines show (name and Follow button); <see langword="null"/> when the page shows neither, and on article pages.</summary>
    public NewsTag? Tag { get; init; }

    /// <summary>The paragraphs of the "What people are saying" section.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<Reaction> Reactions { get; init => field = Guard.NoNullItems(value, "NewsPage.Reactions"); } = [];

    /// <summary>The story cards of an article's "Related news" section.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<StoryCard> RelatedStories { get; init => field = Guard.NoNullItems(value, "NewsPage.RelatedStories"); } = [];

    /// <summary>The story cards of a tag page.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<StoryCard> Stories { get; init => field = Guard.NoNullItems(value, "NewsPage.Stories"); } = [];

    /// <summary>The cookie-consent banner, or <see langword="null"/> when the page shows none.</summary>
    public ConsentNotice? Consent { get; init; }

    /// <summary>
    /// Text that a lenient parse could not place, in page order; each block also has a warning diagnostic with its position.
    /// Parsers keep it so that nothing is dropped silently; writers do not render it.
    /// </summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<string> UnclassifiedText { get; init => field = Guard.NoNullItems(value, "NewsPage.UnclassifiedText"); } = [];

    /// <summary>The page's canonical URL, or <see langword="null"/> when unknown (the page text does not show it).</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? CanonicalUrl { get; init => field = Guard.AbsoluteUri(value, "NewsPage.CanonicalUrl"); }

    /// <summary>The organisation that publishes the page, or <see langword="null"/> when unknown.</summary>
    public NewsPublisher? Publisher { get; init; }

    /// <summary>
    /// Whether the page holds publishing metadata: anything the page text cannot show (URLs, dates, authors, keywords,
    /// section, publisher, digital source types, image sizes and credits). The page-text writer leaves it out.
    /// </summary>
    public bool HasPublishingMetadata
        => CanonicalUrl is not null || Publisher is not null || Article is { HasPublishingMetadata: true }
            || HasCardMetadata(RelatedStories) || HasCardMetadata(Stories);

    /// <summary>
    /// The page without its publishing metadata: what the page text shows, and nothing else (<see cref="HasPublishingMetadata"/>
    /// is <see langword="false"/> on the result). Page text refuses a page with metadata rather than drop it silently; write
    /// this page instead when losing the metadata is what you want.
    /// </summary>
    /// <returns>This page when it holds no metadata, else a copy without it.</returns>
    public NewsPage WithoutPublishingMetadata()
        => HasPublishingMetadata
            ? this with
            {
                CanonicalUrl = null,
                Publisher = null,
                Article = Article is null ? null : Article with
                {
                    Identifier = null,
                    Published = null,
                    Modified = null,
                    Authors = [],
                    Keywords = [],
                    Section = null,
                    DigitalSourceType = null,
                    Image = WithoutMetadata(Article.Image),
                },
                RelatedStories = WithoutMetadata(RelatedStories),
                Stories = WithoutMetadata(Stories),
            }
            : this;

    /// <summary>Whether this is a tag page: a page with no article that lists story cards or shows a tag.</summary>
    public bool IsTagPage => Article is null && (!Stories.IsEmpty || Tag is not null);

    /// <inheritdoc/>
    public bool Equals(NewsPage? other)
        => other is not null
            && UiLanguage == other.UiLanguage
            && ContentLanguage == other.ContentLanguage
            && Article == other.Article
            && Tag == other.Tag
            && Consent == other.Consent
            && Equality.SequenceEqual(Reactions, other.Reactions)
            && Equality.SequenceEqual(RelatedStories, other.RelatedStories)
            && Equality.SequenceEqual(Stories, other.Stories)
            && Equality.SequenceEqual(UnclassifiedText, other.UnclassifiedText)
            && CanonicalUrl == other.CanonicalUrl
            && Publisher == other.Publisher;

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            UiLanguage,
            ContentLanguage,
            Article,
            HashCode.Combine(Tag, Consent, CanonicalUrl, Publisher),
            Equality.SequenceHash(Reactions),
            Equality.SequenceHash(RelatedStories),
            Equality.SequenceHash(Stories),
            Equality.SequenceHash(UnclassifiedText));

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(UiLanguage), UiLanguage)
            .Add(nameof(ContentLanguage), ContentLanguage)
            .Add(nameof(Article), Article)
            .Add(nameof(Tag), Tag)
            .Add(nameof(Reactions), Reactions)
            .Add(nameof(RelatedStories), RelatedStories)
            .Add(nameof(Stories), Stories)
            .Add(nameof(Consent), Consent)
            .Add(nameof(UnclassifiedText), UnclassifiedText)
            .AddIfSet(nameof(CanonicalUrl), CanonicalUrl)
            .AddIfSet(nameof(Publisher), Publisher)
            .Printed;

    private static NewsImage? WithoutMetadata(NewsImage? image)
        => image is { HasPublishingMetadata: true }
            ? image with { DigitalSourceType = null, Url = null, Width = null, Height = null, AltText = null, Credit = null, CopyrightNotice = null }
            : image;

    private static ImmutableArray<StoryCard> WithoutMetadata(ImmutableArray<StoryCard> cards)
        => HasCardMetadata(cards)
            ? ImmutableArray.CreateRange(cards, card => card with { DigitalSourceType = null, Url = null, Image = WithoutMetadata(card.Image) })
            : cards;

    private static bool HasCardMetadata(ImmutableArray<StoryCard> cards)
    {
        foreach (var card in cards)
        {
            if (card.DigitalSourceType is not null || card.Url is not null || card.Image is { HasPublishingMetadata: true })
            {
                return true;
            }
        }

        return false;
    }
}
