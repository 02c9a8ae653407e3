using NewsModel.Tests.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Packaging;

/// <summary>The core package as it ships: one assembly, no package dependency, no satellites (issue 6 §1).</summary>
public sealed class NewsModelPackageTests
{
    [PackFact]
    public void Pack_CorePackage_DependsOnNoPackageAndHoldsOneAssembly()
    {
        using var package = PackedPackage.Pack("NewsModel");

        package.Dependencies.Should().BeEmpty("the core needs nothing outside .NET; integrations are companion packages");
        package.Entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .Should().Equal(["lib/net10.0/NewsModel.dll"], "satellite assemblies belong to NewsModel.Extensions.Localization, the generator to the build");
        package.Entries.Should().Contain("README.md");
        package.Readme.Should().Be("README.md");
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheFramework()
    {
        var references = typeof(NewsPage).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().OnlyContain(name => name == "netstandard" || name == "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal),
            "NewsModel references no package's assembly (found: {0})", string.Join(", ", references));
    }
}
