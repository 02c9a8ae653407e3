using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Resources;
using System.Xml.Linq;
using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

public sealed class SatelliteAssemblyTests
{
    private static readonly ResourceManager s_resources = new(ShippedLabels.ResourceBaseName, typeof(NewsLabels).Assembly);

    public static TheoryData<string> CultureLanguages() => [.. CultureLanguageList];

    private static IEnumerable<string> CultureLanguageList => LabelCatalog.Default.Languages.Where(language => language != LabelCatalog.NeutralLanguage);

    [SatelliteTheory]
    [MemberData(nameof(CultureLanguages))]
    public void ResourceManager_ShippedCulture_LoadsItsSatelliteWithTheCatalogsTexts(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var satellite = s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);

        satellite.Should().NotBeNull($"{language}/NewsModel.resources.dll is deployed and found");
        foreach (var (name, text) in LabelCatalog.Default.Find(language)!.Resources)
        {
            s_resources.GetString(name, culture).Should().Be(text, $"{language} '{name}'");
        }
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void GetLabel_ShippedLanguage_ServedFromResourcesOrCompiledCatalogInInvariantMode(string language)
    {
        var label = NewsLocalization.Default.GetLabel(language, LabelKey.AiGeneratedImage);

        label.ServedLanguage.Should().Be(language);
        label.Value.Should().Be(LabelCatalog.Default.Find(language)![LabelKey.AiGeneratedImage]);
        var satellitesLoad = !LocalizationTestData.IsGlobalizationInvariant || language == LabelCatalog.NeutralLanguage;
        label.Source.Should().Be(satellitesLoad ? LabelSource.Resources : LabelSource.CompiledCatalog);
    }

    [PackFact]
    public void Pack_Package_HoldsEverySatelliteWithTheCatalogsTextsAndNoGenerator()
    {
        var output = Directory.CreateTempSubdirectory("newsmodel-pack-");
        try
        {
            Pack(output.FullName);
            var package = output.GetFiles("NewsModel.*.nupkg").Single(f => !f.Name.EndsWith(".snupkg", StringComparison.Ordinal));
            using var zip = ZipFile.OpenRead(package.FullName);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

            entries.Should().Contain("lib/net10.0/NewsModel.dll");
            entries.Should().NotContain(e => e.Contains("Generators", StringComparison.OrdinalIgnoreCase), "the source generator is build-time only");
            foreach (var language in CultureLanguageList)
            {
                var path = $"lib/net10.0/{language}/NewsModel.resources.dll";
                entries.Should().Contain(path);
                using var stream = zip.GetEntry(path)!.Open();
                var (culture, resources) = ReadSatellite(stream);
                culture.Should().Be(language);
                resources.Should().ContainKey($"{ShippedLabels.ResourceBaseName}.{language}.resources");
                resources[$"{ShippedLabels.ResourceBaseName}.{language}.resources"]
                    .Should().BeEquivalentTo(LabelCatalog.Default.Find(language)!.Resources.ToDictionary(), $"the packed {language} satellite holds the catalog's texts");
            }

            var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
            dependencies.Should().Contain("Microsoft.Extensions.Localization");
            dependencies.Should().NotContain(id => id.Contains("Generators", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static void Pack(string output)
    {
#if DEBUG
        const string Configuration = "Debug";
#else
        const string Configuration = "Release";
#endif
        var project = Path.Combine(LocalizationTestData.RepositoryRoot!, "src", "NewsModel", "NewsModel.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            ArgumentList = { "pack", project, "-c", Configuration, "--no-build", "-o", output, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(3)).Should().BeTrue("dotnet pack finishes");
        process.ExitCode.Should().Be(0, $"dotnet pack succeeds:\n{stdout.Result}\n{stderr.Result}");
    }

    /// <summary>Reads a satellite's culture and resources without loading it (no CultureInfo, so also in invariant mode).</summary>
    private static (string Culture, Dictionary<string, Dictionary<string, string>> Resources) ReadSatellite(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        var metadata = pe.GetMetadataReader();
        var culture = metadata.GetString(metadata.GetAssemblyDefinition().Culture);
        var resourcesRva = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress;
        var all = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            var reader = pe.GetSectionData(resourcesRva + (int)resource.Offset).GetReader();
            var bytes = reader.ReadBytes(reader.ReadInt32());
            using var resources = new ResourceReader(new MemoryStream(bytes));
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in resources)
            {
                entries[(string)entry.Key] = (string)entry.Value!;
            }

            all[metadata.GetString(resource.Name)] = entries;
        }

        return (culture, all);
    }
}
