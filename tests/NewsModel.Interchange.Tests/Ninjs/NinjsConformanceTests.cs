using NewsModel.Interchange.Ninjs;
using CsCheck;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// IPTC's suite and examples: every should_pass document and every 3.1 example reads without an error; the validating
/// reader rejects every should_fail document naming the path; the suite's verdicts are JsonSchema.Net's too (so that the
/// oracle itself is checked); and what the library writes validates against IPTC's schemas.
/// </summary>
public sealed class NinjsConformanceTests
{
    public static TheoryData<string> ShouldPass => NinjsTestFiles.Suite("test_suite/3.0/should_pass", "test_suite/3.1/should_pass", "test_suite/2.2/should_pass");

    public static TheoryData<string> ShouldFail => NinjsTestFiles.Suite("test_suite/3.0/should_fail", "test_suite/3.1/should_fail", "test_suite/2.2/should_fail");

    public static TheoryData<string> Examples => NinjsTestFiles.Suite("examples/3.1");

    // The suite and the examples hold event, planning and picture items: they are read with AcceptNonTextItems.
    private static readonly NewsPageNinjsOptions s_lenient = new() { AcceptNonTextItems = true };

    [SkippableTheory]
    [MemberData(nameof(ShouldPass))]
    [MemberData(nameof(Examples))]
    public void DeserializeWithDiagnostics_ShouldPassDocument_ReadsWithoutError(string file)
    {
        var json = NinjsTestFiles.Read(file);

        var result = NewsPageNinjs.DeserializeWithDiagnostics(json, s_lenient);

        result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        result.Success.Should().BeTrue();
    }

    [SkippableTheory]
    [MemberData(nameof(ShouldPass))]
    [MemberData(nameof(Examples))]
    public void DeserializeWithDiagnostics_ShouldPassDocumentValidated_ReadsWithoutError(string file)
    {
        var json = NinjsTestFiles.Read(file);

        var detected = NewsPageNinjs.DeserializeWithDiagnostics(json, s_lenient with { Validate = true });
        var stated = NewsPageNinjs.DeserializeWithDiagnostics(json, s_lenient with { Validate = true, Version = NinjsTestFiles.VersionOf(file) });

        detected.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        stated.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
    }

    [SkippableTheory]
    [MemberData(nameof(ShouldFail))]
    public void DeserializeWithDiagnostics_ShouldFailDocumentValidated_FailsWithSchemaViolationNamingPath(string file)
    {
        var json = NinjsTestFiles.Read(file);

        foreach (var version in new NinjsVersion?[] { null, NinjsTestFiles.VersionOf(file) })
        {
            var result = NewsPageNinjs.DeserializeWithDiagnostics(json, s_lenient with { Validate = true, Version = version });

            result.Success.Should().BeFalse(file + " breaks its schema (version " + (version?.ToString() ?? "detected") + ")");
            var violations = result.Diagnostics.Where(d => d.Code == NewsDiagnosticCode.SchemaViolation).ToList();
            violations.Should().NotBeEmpty();
            violations.Should().OnlyContain(d => d.IsError && d.Path != null && d.Path.StartsWith('$') && d.Message.Contains(d.Path));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ShouldPass))]
    [MemberData(nameof(ShouldFail))]
    [MemberData(nameof(Examples))]
    public void SchemaOracle_SuiteDocument_AgreesWithTheSuite(string file)
    {
        var json = NinjsTestFiles.Read(file);

        var errors = NinjsTestFiles.SchemaErrors(json, NinjsTestFiles.VersionOf(file));

        if (file.Contains("should_fail", StringComparison.Ordinal))
        {
            errors.Should().NotBeEmpty();
        }
        else
        {
            errors.Should().BeEmpty();
        }
    }

    [SkippableTheory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public void Serialize_ReferencePage_ValidatesAgainstIptcSchema(NinjsVersion version)
    {
        var page = NinjsTestPages.Reference();

        var json = NewsPageNinjs.Serialize(page, version);

        NinjsTestFiles.SchemaErrors(json, version).Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public void Serialize_GeneratedPages_ValidateAgainstIptcSchemaAndTheLibrarysValidator(NinjsVersion version)
    {
        Skip.IfNot(NinjsTestFiles.Available, "../shared/conformance/ninjs is not available.");
        NinjsGenerators.Page.Sample(
            page =>
            {
                var json = NewsPageNinjs.Serialize(page, version);
                var errors = NinjsTestFiles.SchemaErrors(json, version);
                var own = NewsPageNinjs.DeserializeWithDiagnostics(json, new NewsPageNinjsOptions { Validate = true, Version = version });
                return errors.Count == 0 && own.Success;
            },
            iter: 300);
    }

    [SkippableTheory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public void Validate_RandomDocuments_AgreesWithJsonSchemaNet(NinjsVersion version)
    {
        Skip.IfNot(NinjsTestFiles.Available, "../shared/conformance/ninjs is not available.");
        var v3 = version == NinjsVersion.V3_1;
        string[] names = v3
            ? ["uri", "type", "headlines", "bodies", "descriptions", "associations", "renditions", "digitalSourceType", "value", "contentType", "role", "name", "rel", "people", "subjects", "places", "geoJSON", "eventDetails", "dates", "startDate", "expectedStartDate", "endDate", "urgency", "rightsInfo", "linkedRights", "contactInfo", "address", "href", "width", "relevance", "pubStatus", "charCount", "title", "literal"]
            : ["uri", "type", "headlines", "bodies", "descriptions", "associations", "renditions", "digitalsourcetype", "value", "contenttype", "role", "name", "people", "subjects", "places", "geojson", "urgency", "rightsinfo", "linkedrights", "encodedrights", "contactinfo", "address", "href", "width", "relevance", "pubstatus", "charcount", "title", "literal"];
        var leaf = Gen.OneOf(
            Gen.Const("null"), Gen.Const("true"), Gen.Const("1.5"), Gen.Const("5"), Gen.Const("0"), Gen.Const("101"), Gen.Const("\"text\""), Gen.Const("\"picture\""),
            Gen.Const("\"usable\""), Gen.Const("\"2024-02\""), Gen.Const("\"Point\""), Gen.Const("[1, 2]"));
        var value = Gen.Recursive<string>((depth, inner) => depth > 3 ? leaf : Gen.Frequency(
            (2, leaf),
            (1, inner.Array[0, 2].Select(items => "[" + string.Join(",", items) + "]")),
            (3, Gen.Select(Gen.Int[0, names.Length - 1], inner).Array[0, 4]
                .Select(members => "{" + string.Join(",", members.DistinctBy(m => m.Item1).Select(m => $"\"{names[m.Item1]}\":{m.Item2}")) + "}"))));
        var document = Gen.Select(Gen.Int[0, names.Length - 1], value).Array[0, 4]
            .Select(members => "{\"uri\":\"urn:x\"" + string.Concat(members.DistinctBy(m => m.Item1).Where(m => names[m.Item1] != "uri").Select(m => $",\"{names[m.Item1]}\":{m.Item2}")) + "}");
        var valid = 0;
        var invalid = 0;
        document.Sample(
            json =>
            {
                var oracle = NinjsTestFiles.SchemaErrors(json, version).Count == 0;
                Interlocked.Increment(ref oracle ? ref valid : ref invalid);
                return oracle == NewsPageNinjs.DeserializeWithDiagnostics(json, new NewsPageNinjsOptions { Validate = true, Version = version, AcceptNonTextItems = true })
                    .Diagnostics.All(d => d.Code != NewsDiagnosticCode.SchemaViolation);
            },
            iter: 3_000,
            print: json => json + "\n" + string.Join("\n", NinjsTestFiles.SchemaErrors(json, version)));

        // Both verdicts are common, so that agreement means something.
        valid.Should().BeGreaterThan(300);
        invalid.Should().BeGreaterThan(300);
    }
}
