namespace NewsModel.Benchmarks;

/// <summary>Finds the page the benchmarks read: the reference page where it lies, else a sample page of the repo.</summary>
internal static class ReferencePage
{
    private const string SeedPath = "../shared/seed/000_e916e260725cf719.txt";

    /// <summary>The reference page's text, or <see langword="null"/> when the clone has no ../shared beside it.</summary>
    public static string? TryReadSeedText()
    {
        var seed = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), SeedPath));
        return File.Exists(seed) ? File.ReadAllText(seed) : null;
    }

    /// <summary>Loads the page's bytes once, and says on the console which page it is.</summary>
    public static byte[] Load()
    {
        var root = FindRepositoryRoot();
        var seed = Path.GetFullPath(Path.Combine(root, SeedPath));
        if (File.Exists(seed))
        {
            Console.WriteLine($"// Page: reference page {seed}");
            return File.ReadAllBytes(seed);
        }

        var samples = Path.Combine(root, "samples", "pages");
        var sample = Directory.Exists(samples)
            ? Directory.EnumerateFiles(samples, "*.txt").OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (sample is not null)
        {
            Console.WriteLine($"// Page: {seed} is absent; falling back to the sample page {sample} (numbers are not comparable with the reference page's)");
            return File.ReadAllBytes(sample);
        }

        throw new FileNotFoundException($"Neither the reference page ({seed}) nor a sample page in {samples} was found.", seed);
    }

    // Benchmarks run from bin/… of a generated project: walk up from the working directory, then from the assembly.
    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"NewsModel.sln was not found above {Environment.CurrentDirectory} nor above {AppContext.BaseDirectory}.");
    }
}
