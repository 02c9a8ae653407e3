using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsModel.Generators.Tests;

/// <summary>Runs <see cref="LabelCatalogGenerator"/> with <see cref="CSharpGeneratorDriver"/> over in-memory files, as the build does.</summary>
internal static class GeneratorHarness
{
    /// <summary>A LabelKey enum of the library's shape, small enough to read in a test.</summary>
    public const string SmallKeys = """
        namespace NewsModel.Localization;

        public enum LabelKey
        {
            RelatedNews = 0,
            CookieAccept = 1,
            [CountDependent]
            ReadingTime = 2,
        }

        [System.AttributeUsage(System.AttributeTargets.Field)]
        internal sealed class CountDependentAttribute : System.Attribute;
        """;

    private static readonly ImmutableArray<MetadataReference> s_references = [..
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path))];

    public static GeneratorRunResult Run(string keysSource, params (string Path, string Text)[] files)
    {
        var compilation = CSharpCompilation.Create(
            "GeneratorTest",
            [CSharpSyntaxTree.ParseText(keysSource, new CSharpParseOptions(LanguageVersion.Latest))],
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new LabelCatalogGenerator().AsSourceGenerator()],
            [.. files.Select(file => (AdditionalText)new InMemoryText(file.Path, file.Text))],
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options("en"));
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>A resx file with the given entries (name, value), as Visual Studio writes them.</summary>
    public static string Resx(params (string Name, string Value)[] entries)
        => "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n"
            + string.Concat(entries.Select(e => $"  <data name=\"{e.Name}\" xml:space=\"preserve\">\n    <value>{System.Security.SecurityElement.Escape(e.Value)}</value>\n  </data>\n"))
            + "</root>\n";

    /// <summary>The 1-based line of the <c>&lt;data&gt;</c> element of an entry in a file made by <see cref="Resx"/>.</summary>
    public static int LineOf(string resx, string name)
        => resx.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains($"<data name=\"{name}\"", StringComparison.Ordinal)).index + 1;

    public const string Plurals = "locales\tcategory\trule\nroot\tother\t@integer 0~15\nen\tone\ti = 1 and v = 0 @integer 1\nen\tother\t@integer 0, 2~16\n";

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(string neutral) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.NeutralLanguage"] = neutral });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new([]);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
