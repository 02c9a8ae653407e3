using System.Xml.Linq;

namespace NewsModel.WebSample.Tests;

/// <summary>
/// The tests' oracle, read from the repository's own files and not from the app: the label resources
/// (<c>src/NewsModel/Resources/Localization/NewsLabels*.resx</c>, the data the catalog is compiled from) and the sample pages.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder of NewsModel.sln) is not above " + AppContext.BaseDirectory);
    });

    /// <summary>The languages that have a label resource file: <c>NewsLabels.resx</c> is English, <c>NewsLabels.yo.resx</c> Yoruba.</summary>
    public static IReadOnlyList<string> LabelLanguages { get; } = [.. Directory.GetFiles(LabelFolder, "NewsLabels*.resx")
        .Select(path => Path.GetFileNameWithoutExtension(path))
        .Select(name => name == "NewsLabels" ? "en" : name["NewsLabels.".Length..])
        .Order(StringComparer.Ordinal)];

    /// <summary>The languages written right to left: those of the catalog in Arabic script.</summary>
    public static IReadOnlySet<string> RightToLeftLanguages { get; } = new HashSet<string>(["ar", "fa"], StringComparer.Ordinal);

    public static string Root => s_root.Value;

    private static string LabelFolder => Path.Combine(Root, "src", "NewsModel", "Resources", "Localization");

    /// <summary>The texts of a language's label resources by resource name (<c>related_news</c>), exactly as the file holds them.</summary>
    public static IReadOnlyDictionary<string, string> Labels(string language)
    {
        var file = Path.Combine(LabelFolder, language == "en" ? "NewsLabels.resx" : $"NewsLabels.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);
    }

    /// <summary>The text of a sample page, <c>samples/pages/{id}.txt</c>.</summary>
    public static string SamplePage(string id) => File.ReadAllText(Path.Combine(Root, "samples", "pages", id + ".txt"));

    /// <summary>
    /// A file for the browser tests' screenshots, in <c>artifacts/screenshots/web-sample</c>: beside the TRX files of
    /// <c>artifacts/test-results</c>, not among them, where CI counts every folder as one test run that needs its TRX file.
    /// </summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Root, "artifacts", "screenshots", "web-sample");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
