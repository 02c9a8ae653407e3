using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Json;

/// <summary>The JSON tests' files: golden files in the repository, the reference page in the shared folder beside it.</summary>
internal static class JsonTestFiles
{
    public const string SeedRelativePath = "seed/000_e916e260725cf719.txt";

    public const string UpdateGoldenVariable = "NEWSMODEL_UPDATE_GOLDEN";

    public static string RepoRoot => Repository.Root;

    public static string SharedPath(string relative) => Path.Combine(Repository.Shared, relative);

    public static string GoldenPath(string name) => Path.Combine(RepoRoot, "tests", "NewsModel.Tests", "Json", "Golden", name);
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
