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

    /// <inheritdoc/>
    public bool Equals(NewsArticle? other)
        => other is not null
            && Headline == other.Headline
            && Summary == other.Summary
            && Image == other.Image
            && Equality.SequenceEqual(Body, other.Body);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Headline, Summary, Image, Equality.SequenceHash(Body));

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder)
            .Add(nameof(Image), Image)
            .Add(nameof(Headline), Headline)
            .Add(nameof(Summary), Summary)
            .Add(nameof(Body), Body)
            .Printed;
}
