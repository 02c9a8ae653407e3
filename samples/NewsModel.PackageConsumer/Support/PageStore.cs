using NewsModel;

namespace ReadmeSnippets;

/// <summary>The app's own store of pages that README.md's ASP.NET Core snippet reads from (<c>store.Get(id)</c>).</summary>
internal sealed class PageStore
{
    private readonly Dictionary<string, NewsPage> _pages = [];

    /// <summary>The page of an id.</summary>
    public NewsPage Get(string id) => _pages[id];
}
