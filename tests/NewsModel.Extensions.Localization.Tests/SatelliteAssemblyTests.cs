using System.Collections;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsModel.Localization;
using NewsModel.Tests.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Extensions.Localization.Tests;

/// <summary>
/// The satellite assemblies are built here, in NewsModel.Extensions.Localization, from NewsModel's .resx files (the one
/// source of label text, which NewsModel's generator compiles into the catalog): every language they hold is the catalog's.
/// </summary>
public sealed class SatelliteAssemblyTests
{
    private const string SatelliteName = "NewsModel.Extensions.Localization.resources.dll";
    private static readonly ResourceManager s_resources = new(NewsLocalization.ResourceBaseName, typeof(NewsLabels).Assembly);

    public static TheoryData<string> CultureLanguages() => [.. CultureLanguageList];

    private static IEnumerable<string> CultureLanguageList => LabelCatalog.Default.Languages.Where(language => language != LabelCatalog.NeutralLanguage);

    [SatelliteTheory]
    [MemberData(nameof(CultureLanguages))]
    public void ResourceManager_ShippedCulture_LoadsItsSatelliteWithTheCatalogsTexts(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var satellite = s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);

        satellite.Should().NotBeNull($"{language}/{SatelliteName} is deployed and found");
        foreach (var (name, text) in LabelCatalog.Default.Find(language)!.Resources)
        {
            s_resources.GetString(name, culture).Should().Be(text, $"{language} '{name}'");
        }
    }

    [SatelliteTheory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void StockStringLocalizer_EveryShippedLanguage_ServesTheCatalogsTextsFromTheSatellites(string language)
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddLocalization()
            .BuildServiceProvider();
        var stock = provider.GetRequiredService<IStringLocalizerFactory>().Create(typeof(NewsLabels));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language == LabelCatalog.NeutralLanguage ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        try
        {
            var served = stock.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);

            served.Should().BeEquivalentTo(LabelCatalog.Default.Find(language)!.Resources.ToDictionary(), $"IStringLocalizer<NewsLabels> serves {language} as the catalog has it");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
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
    public void Pack_Package_HoldsEverySatelliteWithTheCatalogsTextsAndDependsOnNewsModel()
    {
        using var package = PackedPackage.Pack("NewsModel.Extensions.Localization");

        package.Entries.Should().Contain("lib/net10.0/NewsModel.Extensions.Localization.dll");
        package.Entries.Should().Contain("README.md");
        package.Readme.Should().Be("README.md");
        package.Entries.Should().NotContain(e => e.Contains("Generators", StringComparison.OrdinalIgnoreCase), "the source generator is build-time only");
        foreach (var language in CultureLanguageList)
        {
            var path = $"lib/net10.0/{language}/{SatelliteName}";
            package.Entries.Should().Contain(path);
            var (culture, resources) = ReadSatellite(package.Read(path));
            culture.Should().Be(language);
            var name = $"{NewsLocalization.ResourceBaseName}.{language}.resources";
            resources.Should().ContainKey(name);
            resources[name].Should().BeEquivalentTo(LabelCatalog.Default.Find(language)!.Resources.ToDictionary(), $"the packed {language} satellite holds the catalog's texts");
        }

        package.Dependencies.Should().BeEquivalentTo(["NewsModel", "Microsoft.Extensions.Localization"]);
    }

    /// <summary>Reads a satellite's culture and resources without loading it (no CultureInfo, so also in invariant mode).</summary>
    private static (string Culture, Dictionary<string, Dictionary<string, string>> Resources) ReadSatellite(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
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
