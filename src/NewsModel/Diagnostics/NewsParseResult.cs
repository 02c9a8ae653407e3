using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel;

/// <summary>The outcome of a non-throwing read: the page, unless an error stopped it, and every diagnostic found.</summary>
public sealed class NewsParseResult
{
    internal NewsParseResult(NewsPage? page, ImmutableArray<NewsDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        Page = HasErrorIn(diagnostics) ? null : page;
    }

    /// <summary>The page, or <see langword="null"/> when an error stopped the read (never a partly filled page).</summary>
    public NewsPage? Page { get; }

    /// <summary>Every diagnostic, in input order.</summary>
    public ImmutableArray<NewsDiagnostic> Diagnostics { get; }

    /// <summary>Whether the read produced a page.</summary>
    [MemberNotNullWhen(true, nameof(Page))]
    public bool Success => Page is not null;

    /// <summary>Returns the page, or throws the <see cref="NewsFormatException"/> that the throwing read would have thrown.</summary>
    /// <returns>The page.</returns>
    /// <exception cref="NewsFormatException">The read found an error.</exception>
    public NewsPage GetPageOrThrow() => Page ?? throw new NewsFormatException(Diagnostics);

    private static bool HasErrorIn(ImmutableArray<NewsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
