namespace NewsModel.Tests.TestSupport;

/// <summary>Finds the repository and the shared reference material beside it (<c>../shared</c>).</summary>
public static class Repository
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The repository root: the folder holding NewsModel.sln.</summary>
    public static string Root => s_root.Value ?? throw new InvalidOperationException("NewsModel.sln was not found above " + AppContext.BaseDirectory);

    /// <summary>The repository root, or <see langword="null"/> when the tests run outside a clone.</summary>
    public static string? RootOrNull => s_root.Value;

    /// <summary>The shared reference folder beside the repository; it may be absent on a fresh clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The reference page's path.</summary>
    public static string ReferencePagePath => Path.Combine(Shared, "seed", "000_e916e260725cf719.txt");

    /// <summary>The folder of the sample pages.</summary>
    public static string SamplePages => Path.Combine(Root, "samples", "pages");

    /// <summary>Reads a file from ../shared, or skips the calling test with the reason when it is absent.</summary>
    public static byte[] ReadSharedBytes(string relativePath)
    {
        var path = Path.Combine(Shared, relativePath);
        Skip.IfNot(File.Exists(path), $"{path} is not there: ../shared is absent in this checkout.");
        return File.ReadAllBytes(path);
    }

    /// <summary>Reads the reference page as text, or skips the calling test when ../shared is absent.</summary>
    public static string ReadReferencePage()
        => System.Text.Encoding.UTF8.GetString(ReadSharedBytes(Path.Combine("seed", "000_e916e260725cf719.txt")));

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
