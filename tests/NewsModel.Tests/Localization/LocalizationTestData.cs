using System.Globalization;
using System.Xml.Linq;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Localization;

/// <summary>Where the localization tests find the repository's resources and the shared label list.</summary>
internal static class LocalizationTestData
{
    public static string? RepositoryRoot => Repository.RootOrNull;

    public static string ResourcesDirectory => Path.Combine(RepositoryRoot ?? throw new InvalidOperationException("The repository root (NewsModel.sln) was not found above the test output."), "src", "NewsModel", "Resources", "Localization");

    public static string? SiteLabelsPath
        => RepositoryRoot is null ? null : Path.Combine(Repository.Shared, "labels", "site-labels.tsv");

    /// <summary>Whether the runtime is in globalization-invariant mode, where no culture but the invariant one can be created.</summary>
    public static bool IsGlobalizationInvariant
    {
        get
        {
            try
            {
                return CultureInfo.GetCultureInfo("yo").Name != "yo";
            }
            catch (CultureNotFoundException)
            {
                return true;
            }
        }
    }

    public static IEnumerable<string> ShippedLanguages => LabelCatalog.Default.Languages;

    public static TheoryData<string> Languages() => [.. ShippedLanguages];

    /// <summary>The resx files: language (neutral = en) and their entries.</summary>
    public static IEnumerable<(string Language, IReadOnlyDictionary<string, string> Entries)> ReadResxFiles()
    {
        foreach (var path in Directory.EnumerateFiles(ResourcesDirectory, "NewsLabels*.resx"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var language = name == "NewsLabels" ? LabelCatalog.NeutralLanguage : name["NewsLabels.".Length..];
            var entries = XDocument.Load(path).Root!.Elements("data")
                .ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!, StringComparer.Ordinal);
            yield return (language, entries);
        }
    }

    public static IEnumerable<(string Language, string Name, string Comment)> ReadResxComments()
    {
        foreach (var path in Directory.EnumerateFiles(ResourcesDirectory, "NewsLabels*.resx"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var language = name == "NewsLabels" ? LabelCatalog.NeutralLanguage : name["NewsLabels.".Length..];
            foreach (var data in XDocument.Load(path).Root!.Elements("data"))
            {
                yield return (language, (string)data.Attribute("name")!, (string?)data.Element("comment") ?? string.Empty);
            }
        }
    }
}

/// <summary>A fact that needs <c>../shared/labels/site-labels.tsv</c>; skipped with the reason when a clone lacks it.</summary>
internal sealed class SiteLabelsFactAttribute : FactAttribute
{
    public SiteLabelsFactAttribute()
    {
        var path = LocalizationTestData.SiteLabelsPath;
        if (path is null || !File.Exists(path))
        {
            Skip = $"../shared/labels/site-labels.tsv is not next to this clone ({path ?? "no repository root"}); the site's exact labels cannot be checked.";
        }
    }
}

/// <summary>A fact that loads satellite assemblies; skipped in globalization-invariant mode, where no culture but the invariant one exists to load them for.</summary>
internal sealed class SatelliteFactAttribute : FactAttribute
{
    public SatelliteFactAttribute()
    {
        if (LocalizationTestData.IsGlobalizationInvariant)
        {
            Skip = "Globalization-invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT / InvariantGlobalization): cultures such as 'yo' cannot be created, so ResourceManager cannot load satellite assemblies. The compiled catalog serves the labels there (tested elsewhere).";
        }
    }
}

/// <summary>Theory counterpart of <see cref="SatelliteFactAttribute"/>.</summary>
internal sealed class SatelliteTheoryAttribute : TheoryAttribute
{
    public SatelliteTheoryAttribute()
    {
        if (LocalizationTestData.IsGlobalizationInvariant)
        {
            Skip = new SatelliteFactAttribute().Skip;
        }
    }
}

/// <summary>A fact that runs <c>dotnet pack src/NewsModel</c>; skipped with the reason when the clone cannot be packed.</summary>
internal sealed class PackFactAttribute : FactAttribute
{
    public PackFactAttribute()
    {
        var root = LocalizationTestData.RepositoryRoot;
        if (root is null)
        {
            Skip = "The repository (NewsModel.sln) is not above the test output, so src/NewsModel cannot be packed.";
        }
        else if (!File.Exists(Path.Combine(root, "README.md")))
        {
            Skip = "README.md, which the package includes, is missing at the repository root, so dotnet pack cannot run.";
        }
    }
}

/// <summary>A theory that makes NFD input with <see cref="string.Normalize(System.Text.NormalizationForm)"/>; skipped in globalization-invariant mode, where it does nothing.</summary>
internal sealed class NormalizationTheoryAttribute : TheoryAttribute
{
    public NormalizationTheoryAttribute()
    {
        if (LocalizationTestData.IsGlobalizationInvariant)
        {
            Skip = "Globalization-invariant mode: string.Normalize does nothing, so this test cannot make NFD input (the hand-decomposed Yoruba and Vietnamese tests run in this mode).";
        }
    }
}
