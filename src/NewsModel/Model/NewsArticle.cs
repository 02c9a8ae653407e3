using System.Collections.Immutable;

namespace NewsModel;

/// <summary>The article of an article page: headline, lead summary, body paragraphs and hero image.</summary>
public sealed record NewsArticle
{
    private readonly ImmutableArray<string> _body = [];

    /// <summary>The headline, or <see langword="null"/> when the page shows none (crawled body-only text).</summary>
    public string? Headline { get; init; }

    /// <summary>The lead summary: the paragraph under the headline, or <see langword="null"/> when the page was cut off before it.</summary>
    public string? Summary { get; init; }

    /// <summary>The body paragraphs, in page order.</summary>
    public ImmutableArray<string> Body { get => _body; init => _body = value.OrEmpty(); }

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
}
