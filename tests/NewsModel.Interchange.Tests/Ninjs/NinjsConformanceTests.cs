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
}
