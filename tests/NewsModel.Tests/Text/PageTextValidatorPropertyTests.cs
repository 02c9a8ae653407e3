using System.Text;
using CsCheck;
using NewsModel.Localization;
using NewsModel.Text;
using Xunit.Abstractions;

namespace NewsModel.Tests.Text;

/// <summary>
/// The writer is total: for every page, <see cref="NewsPageText.Validate(NewsPage, NewsPageTextOptions?)"/> agrees with an
/// independent oracle (<see cref="WritabilityOracle"/>, from the documented layout rules, with <see cref="LabelReadings"/>'s
/// label test), a page it accepts reads back equal with no diagnostic (strict, and from UTF-8), and a page it refuses
/// makes <c>Write</c> throw those reasons with nothing written. The pages are the hard ones, made on purpose
/// (<see cref="HardPageModelGenerators"/>). CsCheck shrinks a failure to a small page and prints the seed that replays it (set
/// <c>CsCheck_Seed</c>, or pass <c>seed:</c> to <c>Sample</c>).
/// </summary>
public sealed class PageTextValidatorPropertyTests(ITestOutputHelper output)
{
    private const int Iterations = 3_000;
    private const string NeedsNormalization = "The independent label oracle uses string.Normalize, which does nothing under invariant globalization.";

    private static readonly WritabilityOracle s_oracle = WritabilityOracle.Default;
    private static readonly NewsPageTextOptions s_strict = new() { Strict = true };

    [SkippableFact]
    public void Validate_HardPages_AgreesWithTheOracle_AndWriteKeepsItsWord()
    {
        Skip.IfNot(LabelReadings.CanNormalize, NeedsNormalization);
        HardPageModelGenerators.Page.Sample(page => Check(page, options: null), iter: Iterations, print: Describe);
    }

    [SkippableFact]
    public void Validate_PagesWithOneHardChange_AgreesWithTheOracle_AndAnExactReasonIsNeeded()
    {
        Skip.IfNot(LabelReadings.CanNormalize, NeedsNormalization);
        HardPageModelGenerators.OneHardChange.Sample(
            page =>
            {
                Check(page, options: null);
                CheckNeeded(page);
            },
            iter: Iterations,
            print: Describe);
    }

    [SkippableFact]
    public void Validate_InAnotherInterfaceLanguage_AgreesWithTheOracle_AndReadsBackReRendered()
    {
        Skip.IfNot(LabelReadings.CanNormalize, NeedsNormalization);
        var languages = Gen.OneOf([.. LabelCatalog.Default.Languages, "yo-NG", "pt-BR", "zh-TW", "EN"]);
        Gen.Select(Gen.OneOf(HardPageModelGenerators.Page, HardPageModelGenerators.OneHardChange), languages).Sample(
            (page, language) => Check(page, new NewsPageTextOptions { UiLanguage = language }),
            iter: Iterations / 2,
            print: pair => $"written in {pair.Item2}" + Describe(pair.Item1));
    }

    /// <summary>
    /// What the generators make, from a fixed seed: every reason NM2101–NM2131 many times (but the catalog's missing label,
    /// which the shipped catalog never lacks), and writable pages too. Prints the refusal rates.
    /// </summary>
    [SkippableFact]
    public void Generators_MakeEveryReason_AndWritablePages()
    {
        Skip.IfNot(LabelReadings.CanNormalize, NeedsNormalization);
        const int Count = 3_000;
        var counts = new Dictionary<NewsDiagnosticCode, int>();
        foreach (var (name, gen) in new[] { ("Page", HardPageModelGenerators.Page), ("OneHardChange", HardPageModelGenerators.OneHardChange) })
        {
            var pcg = new PCG(1, 20_260_101);
            int refused = 0, single = 0, stricter = 0;
            for (var i = 0; i < Count; i++)
            {
                var page = gen.Generate(pcg, null, out _);
                var reasons = NewsPageText.Validate(page);
                var expected = s_oracle.Reasons(page);
                refused += reasons.IsEmpty ? 0 : 1;
                single += reasons.Length == 1 ? 1 : 0;
                stricter += expected.Count > 0 && expected.All(reason => !reason.Necessary) ? 1 : 0;
                foreach (var code in reasons.Select(reason => reason.Code).Distinct())
                {
                    counts[code] = counts.GetValueOrDefault(code) + 1;
                }
            }

            output.WriteLine($"{name}: {Count} pages, {refused} refused ({100.0 * refused / Count:F1}%), {single} with exactly one reason, {stricter} refused only by rules stricter than the reader.");
            refused.Should().BeInRange(Count / 5, Count * 19 / 20, "the generator {0} makes both writable and refused pages", name);
        }

        foreach (var code in Enum.GetValues<NewsDiagnosticCode>().Where(code => (int)code is > 2100 and < 2200))
        {
            output.WriteLine($"  {NewsDiagnostic.FormatId(code)} {code}: {counts.GetValueOrDefault(code)} pages");
            if (code != NewsDiagnosticCode.LabelNotInCatalog)
            {
                counts.GetValueOrDefault(code).Should().BeGreaterThanOrEqualTo(10, "the generators make pages refused for {0}", code);
            }
        }
    }

    /// <summary>The validator against the oracle, and Write against the validator.</summary>
    private static void Check(NewsPage page, NewsPageTextOptions? options)
    {
        var expectedPage = options?.UiLanguage is { } language ? s_oracle.ReRender(page, language) : page;
        var reasons = NewsPageText.Validate(page, options);
        reasons.Select(Key).Order(StringComparer.Ordinal).Should().Equal(
            s_oracle.Reasons(expectedPage).Select(reason => Key(reason.Code, reason.Path)).Order(StringComparer.Ordinal),
            "the validator's reasons are the oracle's:\n{0}",
            string.Join('\n', reasons.Select(reason => reason.ToString())));
        reasons.Should().NotContain(reason => !reason.IsError || reason.Line != 0 || reason.Column != 0 || reason.Path == null || reason.Message.Length == 0);

        using var writer = new StringWriter();
        if (reasons.IsEmpty)
        {
            var text = NewsPageText.Write(page, options);
            var result = NewsPageText.ParseWithDiagnostics(text, s_strict);
            result.Diagnostics.Should().BeEmpty("a page the validator accepts reads back with no diagnostic:\n{0}", text);
            result.GetValueOrDefault().Should().Be(expectedPage, "a page the validator accepts reads back equal:\n{0}", text);
            NewsPageText.Parse(Encoding.UTF8.GetBytes(text)).Should().Be(expectedPage, "UTF-8 carries every text the validator accepts");
            NewsPageText.Write(writer, page, options);
            writer.ToString().Should().Be(text);
        }
        else
        {
            var write = () => NewsPageText.Write(writer, page, options);
            write.Should().Throw<NewsFormatException>().Which.Diagnostics.Should().Equal(reasons);
            writer.ToString().Should().BeEmpty("a refused page writes nothing");
            var writeString = () => NewsPageText.Write(page, options);
            writeString.Should().Throw<NewsFormatException>();
        }
    }

    /// <summary>
    /// A page with one exact reason really would change: the writer's output without validation (the interface language
    /// English when the page has none, as it used to be) does not read back as the page, or reads back with a diagnostic.
    /// </summary>
    private static void CheckNeeded(NewsPage page)
    {
        if (s_oracle.Reasons(page) is not [{ Necessary: true } only] || only.Code == NewsDiagnosticCode.UnknownUiLanguage)
        {
            return;
        }

        var written = WritabilityOracle.ShowsLabels(page) && page.UiLanguage is null ? page with { UiLanguage = LabelCatalog.NeutralLanguage } : page;
        using var writer = new StringWriter();
        PageTextWriter.WriteValidated(written, writer, LabelCatalog.Default);
        var text = writer.ToString();
        var result = NewsPageText.ParseWithDiagnostics(text);
        var fromUtf8 = NewsPageText.ParseWithDiagnostics(Encoding.UTF8.GetBytes(text));
        var unchanged = result.Success && result.Diagnostics.IsEmpty && result.Value == page && fromUtf8.GetValueOrDefault() == page;
        unchanged.Should().BeFalse("the only reason, {0}, says the reader would change the page, but its text reads back as it:\n{1}", only, text);
    }

    private static string Key(NewsDiagnostic reason) => Key(reason.Code, reason.Path);

    private static string Key(NewsDiagnosticCode code, string? path) => $"{NewsDiagnostic.FormatId(code)} {code} at {path}";

    private static string Describe(NewsPage page)
        => "\n--- page ---\n" + page + "\n--- the oracle's reasons ---\n" + string.Join('\n', s_oracle.Reasons(page))
            + "\n--- the validator's ---\n" + string.Join('\n', NewsPageText.Validate(page));
}
