using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace NewsModel.Tests.TestSupport;

/// <summary>A package packed from a project of <c>src/</c> for a test: its files and its nuspec's dependencies.</summary>
internal sealed class PackedPackage : IDisposable
{
    private readonly DirectoryInfo _output;
    private readonly ZipArchive _zip;

    private PackedPackage(DirectoryInfo output, ZipArchive zip)
    {
        _output = output;
        _zip = zip;
        Entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Dependencies = [.. nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!)];
        Readme = nuspec.Descendants().SingleOrDefault(e => e.Name.LocalName == "readme")?.Value;
        Tags = nuspec.Descendants().SingleOrDefault(e => e.Name.LocalName == "tags")?.Value;
    }

    /// <summary>Every file in the package, by its path (such as <c>lib/net10.0/NewsModel.dll</c>).</summary>
    public IReadOnlySet<string> Entries { get; }

    /// <summary>The ids of the packages the nuspec depends on (every target framework's).</summary>
    public IReadOnlyList<string> Dependencies { get; }

    /// <summary>The nuspec's readme file, or <see langword="null"/>.</summary>
    public string? Readme { get; }

    /// <summary>The nuspec's tags, or <see langword="null"/>.</summary>
    public string? Tags { get; }

    /// <summary>Packs <c>src/{project}</c> in the configuration the tests were built in, without building it again.</summary>
    public static PackedPackage Pack(string project)
    {
#if DEBUG
        const string Configuration = "Debug";
#else
        const string Configuration = "Release";
#endif
        var output = Directory.CreateTempSubdirectory("newsmodel-pack-");
        var path = Path.Combine(Repository.Root, "src", project, project + ".csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            ArgumentList = { "pack", path, "-c", Configuration, "--no-build", "-o", output.FullName, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
        {
            output.Delete(recursive: true);
            throw new InvalidOperationException($"dotnet pack {project} failed:\n{stdout.Result}\n{stderr.Result}");
        }

        var package = output.GetFiles(project + ".*.nupkg").Single(f => !f.Name.EndsWith(".snupkg", StringComparison.Ordinal));
        return new PackedPackage(output, ZipFile.OpenRead(package.FullName));
    }

    /// <summary>Reads a file of the package.</summary>
    public byte[] Read(string entry)
    {
        using var stream = _zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        _zip.Dispose();
        _output.Delete(recursive: true);
    }
}
