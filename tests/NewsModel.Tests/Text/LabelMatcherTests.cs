using NewsModel.Localization;
using NewsModel.Tests.TestSupport;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class LabelMatcherTests
{
    private static readonly LabelMatcher s_matcher = LabelCatalog.Default.Matcher;

    [Theory]
    [InlineData("Kọ", "yo", LabelKey.CookieDecline)]
    [InlineData("Ko\u0323", "yo", LabelKey.CookieDecline)]
    [InlineData("Ko\u0329", "yo", LabelKey.CookieDecline)]
    [InlineData("Ti  AI ṣe\u00A0iroyin", "yo", LabelKey.AiReported)]
    [InlineData("\u00A0Ti AI ṣe iroyin\u202F", "yo", LabelKey.AiReported)]
    [InlineData("Immagine generata dall’IA", "it", LabelKey.AiGeneratedImage)]
    [InlineData("A\u0300wo\u0300ra\u0301n ti\u0301 AI s\u0323e", "yo", LabelKey.AiGeneratedImage)]
    [InlineData("Отклонить", "ru", LabelKey.CookieDecline)]
    public void TryMatch_LabelInAnyEquivalentSpelling_IsRecognised(string line, string language, LabelKey key)
    {
        s_matcher.TryMatch(line, out var matches).Should().BeTrue();

        matches.Should().Contain(match => match.Has(key) && s_matcher.Languages[match.Language] == language);
    }

    [Theory]
    [InlineData("Ti AI ṣe iroyin Àwòrán tí AI ṣe")]
    [InlineData("Àwòrán tí AI ṣe Ti AI ṣe iroyin")]
    public void TryMatch_BothCardBadgesOnOneLine_ReadsBothKeys(string line)
    {
        s_matcher.TryMatch(line, out var matches).Should().BeTrue();

        matches!.Single().Should().Match<LabelMatch>(match => match.Has(LabelKey.AiReported) && match.Has(LabelKey.AiGeneratedImage));
    }

    [Theory]
    [InlineData("Ko")]
    [InlineData("Kọ.")]
    [InlineData("Decline all")]
    [InlineData("The river rose by a metre in six hours, officials said.")]
    [InlineData("A nlo kuki fun itupalẹ lati mu ilọsiwaju wa. Ka ìlànà àṣírí wa fun alaye siwaju sii. Extra.")]
    public void TryMatch_TextThatIsNoLabel_IsNotRecognised(string line)
    {
        s_matcher.TryMatch(line, out _).Should().BeFalse();
    }

    [Fact]
    public void TryMatch_LanguageAddedAtRunTime_IsRecognised()
    {
        var catalog = LabelCatalog.Default.With(new LabelSet("eo", [KeyValuePair.Create(LabelKey.CookieDecline, "Rifuzi")]));

        catalog.Matcher.TryMatch("Rifuzi", out var matches).Should().BeTrue();
        catalog.Matcher.Languages[matches![0].Language].Should().Be("eo");
        LabelCatalog.Default.Matcher.TryMatch("Rifuzi", out _).Should().BeFalse("catalogs are immutable");
    }

    [SkippableFact]
    public void TryMatch_GeneratedHardLines_AgreesWithTheOracle()
    {
        Skip.IfNot(LabelOracle.CanNormalize, "the oracle needs string.Normalize, which does nothing in globalization-invariant mode.");

        // Every line of the generated hard pages (labels in equivalent and non-equivalent spellings, invisible
        // characters, lone surrogates), and every catalog label in NFC and NFD: the matcher says label exactly when the
        // documented rule does.
        var lines = Enumerable.Range(0, 2_000)
            .SelectMany(i => HardPageGenerator.Create(new Random(20_260_401 + i), LabelCatalog.Default).Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            .Concat(LabelCatalog.Default.LabelSets.SelectMany(set => LabelOracle.LineKeys.Select(key => set[key])).OfType<string>()
                .SelectMany(label => new[] { label.Normalize(System.Text.NormalizationForm.FormC), label.Normalize(System.Text.NormalizationForm.FormD) }))
            .Select(line => line.Trim(' ', '\t'))
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var disagreements = lines
            .Where(line => s_matcher.TryMatch(line, out _) != LabelOracle.IsLabel(line))
            .Select(line => string.Concat(line.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}")))
            .Take(8)
            .ToList();

        lines.Count(LabelOracle.IsLabel).Should().BeGreaterThan(500, "the lines hold many labels");
        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void For_OneCatalogFromManyThreadsAtOnce_BuildsOneMatcherForIt()
    {
        var catalog = LabelCatalog.Default.With(new LabelSet("eo", [KeyValuePair.Create(LabelKey.CookieDecline, "Rifuzi")]));
        var matchers = new LabelMatcher[8];
        using var start = new Barrier(matchers.Length);

        var threads = Enumerable.Range(0, matchers.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            matchers[i] = LabelMatcher.For(catalog);
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        matchers.Distinct().Should().ContainSingle("the first use builds the catalog's matcher, the others wait for it");
        catalog.Matcher.Should().BeSameAs(matchers[0]);
        LabelMatcher.For(LabelCatalog.Default).Should().NotBeSameAs(matchers[0], "each catalog has its own matcher");
        LabelMatcher.For(LabelCatalog.Default).Should().BeSameAs(LabelMatcher.For(LabelCatalog.Default));
    }
}
