using System.Text.Json;
using Json.Schema;
using NewsModel.Interchange.Ninjs;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// The ninjs conformance material where it lies (<c>../shared/conformance/ninjs</c>, never copied), the golden files, and
/// JSON Schema validation by JsonSchema.Net against IPTC's own schemas: the independent oracle of the library's output.
/// </summary>
internal static class NinjsTestFiles
{
    public const string UpdateGoldenVariable = "NEWSMODEL_UPDATE_GOLDEN";

    private const string GeoJsonUri = "https://geojson.org/schema/GeoJSON.json";

    private static readonly Lazy<JsonSchema> s_v3 = new(() => LoadSchema("ninjs-schema_3.1.json"));
    private static readonly Lazy<JsonSchema> s_v2 = new(() => LoadSchema("ninjs-schema_2.2.json"));

    public static string Conformance => Path.Combine(Repository.Shared, "conformance", "ninjs");

    public static bool Available => Directory.Exists(Conformance);

    public static string GoldenPath(string name) => Path.Combine(Repository.Root, "tests", "NewsModel.Interchange.Tests", "Ninjs", "Golden", name);

    /// <summary>The suite's documents of a folder such as <c>test_suite/3.1/should_pass</c>, as theory data (relative paths).</summary>
    public static TheoryData<string> Suite(params string[] folders)
    {
        var data = new TheoryData<string>();
        if (!Available)
        {
            // A fresh clone without ../shared: one marker case that the test turns into a skip.
            data.Add(string.Empty);
            return data;
        }

        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Conformance, folder), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Conformance, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    public static string Read(string relative)
    {
        Skip.If(relative.Length == 0 || !Available, "../shared/conformance/ninjs is not available (a clone without the shared reference folder).");
        return File.ReadAllText(Path.Combine(Conformance, relative));
    }

    /// <summary>The version a suite document is written for: its folder's (the 3.0 suite is checked against the 3.1 schema).</summary>
    public static NinjsVersion VersionOf(string relative) => relative.Contains("/2.2/", StringComparison.Ordinal) ? NinjsVersion.V2_2 : NinjsVersion.V3_1;

    /// <summary>The errors JsonSchema.Net finds in <paramref name="json"/> against IPTC's schema of <paramref name="version"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(string json, NinjsVersion version)
    {
        Skip.IfNot(Available, "../shared/conformance/ninjs is not available.");
        var schema = version == NinjsVersion.V2_2 ? s_v2.Value : s_v3.Value;
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        Collect(results, errors);
        return errors.Count == 0 ? ["invalid"] : errors;
    }

    private static void Collect(EvaluationResults results, List<string> errors)
    {
        if (results.Errors is { } own)
        {
            errors.AddRange(own.Select(e => $"{results.InstanceLocation}: {e.Key}: {e.Value}"));
        }

        if (results.Details is null)
        {
            return;
        }

        foreach (var detail in results.Details)
        {
            Collect(detail, errors);
        }
    }

    private static JsonSchema LoadSchema(string file)
    {
        // The GeoJSON schema cannot be downloaded here: a stand-in takes its URI, with what every GeoJSON object must be
        // (an object whose type is one of the nine). It was permissive, and a random document whose geojson was an array
        // then passed the oracle and failed the validator, which is right.
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        const string GeoJsonTypes = """["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection"]""";
        var standIn = $$"""{"$id": "{{GeoJsonUri}}", "type": "object", "required": ["type"], "properties": {"type": {"enum": {{GeoJsonTypes}} } } }""";
        build.SchemaRegistry.Register(new Uri(GeoJsonUri), JsonSchema.FromText(standIn, build));
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(Conformance, file)), build);
    }
}
