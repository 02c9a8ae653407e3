using System.Collections.Immutable;
using System.Text;

namespace NewsModel;

/// <summary>The article of an article page: headline, lead summary, body paragraphs and hero image.</summary>
public sealed record NewsArticle
{
    /// <summary>The headline, or <see langword="null"/> when the page shows none (crawled body-only text).</summary>
    public string? Headline { get; init; }

    /// <summary>The lead summary: the paragraph under the headline, or <see langword="null"/> when the page was cut off before it.</summary>
    public string? Summary { get; init; }

    /// <summary>The body paragraphs, in page order.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<string> Body { get; init => field = Guard.NoNullItems(value, "NewsArticle.Body"); } = [];

    /// <summary>The hero image above the headline, or <see langword="null"/> when the page has none.</summary>
    public NewsImage? Image { get; init; }

    /// <summary>The article's identifier as an absolute URI (a GUID URN, a tag URI or its permanent URL), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? Identifier { get; init => field = Guard.AbsoluteUri(value, "NewsArticle.Identifier"); }

    /// <summary>When the article was first published, or <see langword="null"/> when unknown; pages compare it with its offset (<see cref="DateTimeOffset.EqualsExact"/>).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last changed, or <see langword="null"/> when unknown; pages compare it with its offset.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The authors its byline names, in byline order.</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<NewsAuthor> Authors { get; init => field = Guard.NoNullItems(value, "NewsArticle.Authors"); } = [];

    /// <summary>The keywords or subjects of the article, as names (such as <c>Chile</c> or <c>elections</c>).</summary>
    /// <exception cref="ArgumentNullException">The collection holds a <see langword="null"/> element.</exception>
    public ImmutableArray<string> Keywords { get; init => field = Guard.NoNullItems(value, "NewsArticle.Keywords"); } = [];

    /// <summary>The section of the site the article belongs to (such as <c>World</c>), or <see langword="null"/>.</summary>
    public string? Section { get; init; }

    /// <summary>How the article's text was made, as an IPTC digital source type, or <see langword="null"/> when unknown; the page text does not show it.</summary>
    /// <exception cref="ArgumentException">The value is <c>default(DigitalSourceType)</c>.</exception>
    public DigitalSourceType? DigitalSourceType { get; init => field = Guard.Defined(value, "NewsArticle.DigitalSourceType"); }

    /// <summary>Whether the article holds anything besides what the page text shows (its headline, lead, body and hero image's caption and badge).</summary>
    public bool HasPublishingMetadata
        => Identifier is not null || Published is not null || Modified is not null || !Authors.IsEmpty || !Keywords.IsEmpty
            || Section is not null || DigitalSourceType is not null || Image is { HasPublishingMetadata: true };

    /// <inheritdoc/>
    public bool Equals(NewsArticle? other)
        => other is not null
            && Headline == other.Headline
            && Summary == other.Summary
            && Image == other.Image
            && Equality.SequenceEqual(Body, other.Body)
            && Identifier == other.Identifier
            && Equality.Exact(Published, other.Published)
            && Equality.Exact(Modified, other.Modified)
            && Equality.SequenceEqual(Authors, other.Authors)
            && Equality.SequenceEqual(Keywords, other.Keywords)
            && Section == other.Section
            && Nullable.Equals(DigitalSourceType, other.DigitalSourceType);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            Headline,
            Summary,
            Image,
            Equality.SequenceHash(Body),
            Identifier,
            HashCode.Combine(Equality.ExactHash(Published), Equality.ExactHash(Modified), DigitalSourceType),
            HashCode.Combine(Equality.SequenceHash(Authors), Equality.SequenceHash(Keywords)),
            Section);

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(Image), Image)
            .Add(nameof(Headline), Headline)
            .Add(nameof(Summary), Summary)
            .Add(nameof(Body), Body)
            .AddIfSet(nameof(Identifier), Identifier)
            .AddIfSet(nameof(Published), Published)
            .AddIfSet(nameof(Modified), Modified)
            .AddIfSet(nameof(Authors), Authors)
            .AddIfSet(nameof(Keywords), Keywords)
            .AddIfSet(nameof(Section), Section)
            .AddIfSet(nameof(DigitalSourceType), DigitalSourceType)
            .Printed;
}
