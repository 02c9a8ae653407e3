using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsModel;

/// <summary>The organisation that publishes a page: its name, its site and its logo.</summary>
public sealed record NewsPublisher
{
    /// <summary>Creates a publisher; set <see cref="Name"/>.</summary>
    public NewsPublisher()
    {
    }

    /// <summary>Creates a publisher.</summary>
    /// <param name="name">The publisher's name.</param>
    /// <param name="url">An absolute URL of the publisher's site, or <see langword="null"/>.</param>
    /// <param name="logoUrl">An absolute URL of the publisher's logo, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A URL is not an absolute URI.</exception>
    [SetsRequiredMembers]
    public NewsPublisher(string name, string? url = null, string? logoUrl = null)
    {
        Name = name;
        Url = url;
        LogoUrl = logoUrl;
    }

    /// <summary>The publisher's name.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required string Name { get; init => field = Guard.NotNull(value, "NewsPublisher.Name"); }

    /// <summary>An absolute URL of the publisher's site, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? Url { get; init => field = Guard.AbsoluteUri(value, "NewsPublisher.Url"); }

    /// <summary>An absolute URL of the publisher's logo, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI.</exception>
    public string? LogoUrl { get; init => field = Guard.AbsoluteUri(value, "NewsPublisher.LogoUrl"); }

    private bool PrintMembers(StringBuilder builder)
        => new ModelPrinter(builder).Add(nameof(Name), Name).Add(nameof(Url), Url).Add(nameof(LogoUrl), LogoUrl).Printed;
}
