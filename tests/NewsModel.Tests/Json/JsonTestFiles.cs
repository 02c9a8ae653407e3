namespace NewsModel.Tests.Json;

/// <summary>Finds files of the repository (walking up to <c>NewsModel.sln</c>) and of the shared reference folder next to it.</summary>
internal static class JsonTestFiles
{
    public const string SeedRelativePath = "seed/000_e916e260725cf719.txt";

    public const string UpdateGoldenVariable = "NEWSMODEL_UPDATE_GOLDEN";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedPath(string relative) => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", relative));

    public static string GoldenPath(string name) => Path.Combine(RepoRoot, "tests", "NewsModel.Tests", "Json", "Golden", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsModel.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that reports itself as skipped, with the reason, when a file of <c>../shared</c> is missing (a fresh clone).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string relativePath)
    {
        if (!File.Exists(JsonTestFiles.SharedPath(relativePath)))
        {
            Skip = $"../shared/{relativePath} is not available (a clone without the shared reference folder).";
        }
    }
}
