using System.Text.RegularExpressions;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Architecture;

/// <summary>
/// The core assembly's folders depend on each other one way (issue 6 §1), read from the compiled assembly and its PDB
/// (<see cref="TypeDependencies"/>), so the rule holds for the code as built, not as someone remembers it.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    /// <summary>
    /// Each folder of <c>src/NewsModel</c> and the folders its types may use besides their own: the model at the bottom,
    /// the label catalog (data) above it, the formats above those, and nothing below ever using what is above it. A new
    /// folder needs a row here (and in the README's architecture table) before its types compile into the core.
    /// </summary>
    private static readonly Dictionary<string, string[]> s_mayUse = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Diagnostics"] = ["Model"],
        ["IO"] = ["Model", "Diagnostics"],
        ["Localization"] = ["Model", "Diagnostics"],
        ["Text"] = ["Model", "Diagnostics", "IO", "Localization"],
        ["Json"] = ["Model", "Diagnostics", "IO"],
        ["Consent"] = ["Model", "Diagnostics", "IO", "Localization", "Json"],
        ["Interchange"] = ["Model", "Diagnostics", "IO", "Localization", "Json"],
    };

    private static readonly Lazy<TypeDependencies> s_core = new(() => TypeDependencies.Read(typeof(NewsPage).Assembly.Location));

    [Fact]
    public void CoreTypes_UseOnlyTheirOwnFolderAndTheFoldersBelowIt()
    {
        var folders = FoldersOfTypes();
        var violations = new List<string>();
        foreach (var (type, folder) in folders)
        {
            foreach (var used in s_core.Value.References[type])
            {
                if (folders.TryGetValue(used, out var usedFolder) && usedFolder != folder && !s_mayUse[folder].Contains(usedFolder))
                {
                    violations.Add($"{folder}/{type} uses {usedFolder}/{used}");
                }
            }
        }

        violations.Should().BeEmpty("a folder uses only the folders listed below it in the layer table");
    }

    [Fact]
    public void CoreTypes_EachLiveInOneFolderOfTheLayerTable()
    {
        var problems = new List<string>();
        foreach (var (type, files) in s_core.Value.Sources)
        {
            var folders = files.Select(FolderOf).OfType<string>().Distinct().ToList();
            problems.AddRange(folders.Where(folder => !s_mayUse.ContainsKey(folder)).Select(folder => $"{type} is in src/NewsModel/{folder}, which the layer table lacks"));
            if (folders.Count > 1)
            {
                problems.Add($"{type} has source files in {string.Join(" and ", folders)}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void DependencyReader_OnTheCoreAssembly_SeesItsKnownDependencies()
    {
        // The reader must see what is there, or the direction test above could pass on an empty graph.
        var folders = FoldersOfTypes();
        var edges = s_core.Value.References
            .Where(pair => folders.ContainsKey(pair.Key))
            .SelectMany(pair => pair.Value.Where(folders.ContainsKey).Select(used => (From: folders[pair.Key], To: folders[used])))
            .Where(edge => edge.From != edge.To)
            .ToHashSet();

        folders.Should().Contain("NewsModel.NewsPage", "Model").And.Contain("NewsModel.Localization.LabelCatalog", "Localization")
            .And.Contain("NewsModel.Text.LabelMatcher", "Text").And.Contain("NewsModel.NewsPageJson", "Json")
            .And.Contain("NewsModel.Localization.LabelKey", "Localization", "an enum has no method body: its file comes from the PDB's type documents");
        edges.Should().Contain([("Text", "Localization"), ("Text", "Model"), ("Text", "Diagnostics"), ("Json", "Model"), ("Diagnostics", "Model")]);
        s_core.Value.References["NewsModel.Text.LineReader"].Should().Contain("NewsModel.Text.LabelMatcher", "IL calls are read");
        s_core.Value.References["NewsModel.NewsPage"].Should().Contain("NewsModel.StoryCard", "signatures are read");
    }

    [Fact]
    public void NewsDiagnostics_AreMadeOnlyByTheDiagnosticBag()
    {
        // One builder for every format (issue 6 §1): it applies strict mode, the cap, the order, a stream's record index and
        // line offset. A reader that made its own diagnostics would skip them.
        string[] makers = ["NewsModel.NewsDiagnostic::.ctor", "NewsModel.NewsDiagnostic::<Clone>$"];
        var builders = s_core.Value.Calls
            .Where(pair => pair.Value.Any(makers.Contains))
            .Select(pair => pair.Key)
            .Where(type => type != "NewsModel.NewsDiagnostic")
            .ToList();

        builders.Should().Equal(["NewsModel.DiagnosticBag"]);
    }

    [Fact]
    public void LayerTable_HasNoCycle()
    {
        var order = new List<string>();
        var remaining = s_mayUse.ToDictionary(pair => pair.Key, pair => pair.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(pair => pair.Value.All(order.Contains)).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();
            ready.Should().NotBeEmpty($"the folders {string.Join(", ", remaining.Keys)} may use each other in a cycle");
            order.AddRange(ready);
            ready.ForEach(folder => remaining.Remove(folder));
        }

        s_mayUse.Values.SelectMany(used => used).Should().OnlyContain(folder => s_mayUse.ContainsKey(folder));
    }

    [Fact]
    public void ReadmeArchitectureTable_StatesTheLayerTable()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var rows = ArchitectureRow().Matches(readme).ToDictionary(
            match => match.Groups["folder"].Value,
            match => FolderName().Matches(match.Groups["uses"].Value).Select(name => name.Value).Where(s_mayUse.ContainsKey).Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        var existing = s_mayUse.Keys.Where(folder => Directory.Exists(Path.Combine(Repository.Root, "src", "NewsModel", folder)));

        foreach (var folder in existing)
        {
            rows.Should().ContainKey(folder, $"the README's architecture table has a row for src/NewsModel/{folder}");
            rows[folder].Should().Equal(s_mayUse[folder].Order(StringComparer.Ordinal), $"the README states what src/NewsModel/{folder} may use");
        }
    }

    /// <summary>The folder of each top-level type that has source in <c>src/NewsModel</c>.</summary>
    private static Dictionary<string, string> FoldersOfTypes()
        => s_core.Value.Sources
            .Select(pair => (Type: pair.Key, Folder: pair.Value.Select(FolderOf).OfType<string>().FirstOrDefault()))
            .Where(pair => pair.Folder is not null)
            .ToDictionary(pair => pair.Type, pair => pair.Folder!, StringComparer.Ordinal);

    /// <summary>The first folder under <c>src/NewsModel/</c> of a source file; <see langword="null"/> for generated files (under <c>obj/</c>) and files at the project's root.</summary>
    private static string? FolderOf(string path)
    {
        const string Project = "/src/NewsModel/";
        var start = path.LastIndexOf(Project, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var relative = path[(start + Project.Length)..];
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 || relative[..slash] is "obj" or "bin" ? null : relative[..slash];
    }

    // | `src/NewsModel/Text` | namespace | holds | may use |
    [GeneratedRegex(@"^\| `src/NewsModel/(?<folder>[A-Za-z]+)` \|.*\| (?<uses>[^|]*) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex ArchitectureRow();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\b")]
    private static partial Regex FolderName();
}
