using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel;

/// <summary>An author of an article, as a byline names them: a person or an organisation, with a page about them where known.</summary>
public sealed record NewsAuthor
{
    /// <summary>Creates an author; set <see cref="Name"/>.</summary>
    public NewsAuthor()
    {
    }

    /// <summary>Creates an author.</summary>
    /// <param name="name">The name as the byline shows it.</param>
    /// <param name="url">An absolute URL of a page about the author, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute URI.</exception>
    [SetsRequiredMembers]
    public NewsAuthor(string name, string? url = null)
    {
        Name = name;
        Url = url;
    }

    /// <summary>The name as the byline shows it.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotNull(value, "NewsAuthor.Name"); }

    /// <summary>An absolute URL of a page about the author, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? Url { get; init => field = Guard.AbsoluteUri(value, "NewsAuthor.Url"); }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Name), Name).Add(nameof(Url), Url).Printed;
}
