using System.Globalization;
using System.Text;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>
/// Issue 7, section 3: nothing lost, nothing taken by surprise. Only white space makes a spacer line; invisible
/// characters are text; a line is consumed as a label only when the documented rule makes it one, decided here by
/// <see cref="LabelOracle"/> (string.Normalize), never by the matcher; lone surrogates become U+FFFD with a diagnostic.
/// </summary>
public sealed class NewsPageTextNothingLostTests
{
    private const int Cases = 3_000;
    private const int BaseSeed = 20_260_301;
    private const string Article = "Headline of the day\n\nA lead sentence.\n\n";

    private static readonly LabelCatalog s_catalog = LabelCatalog.Default;
    private static readonly string s_related = s_catalog.GetLabel("en", LabelKey.RelatedNews)!;

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u00AD")]
    [InlineData("\u200C\u200D")]
    [InlineData("\u2060")]
    [InlineData("\u200B \u00A0\uFEFF")]
    public void ParseWithDiagnostics_LineOfInvisibleCharacters_IsKeptAsText(string line)
    {
        // The defect: such lines vanished as spacers, with no diagnostic.
        var page = NewsPageText.Parse(Article + line + "\n\nA body paragraph.");

        page.Article!.Body.Should().Equal(line, "A body paragraph.");
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u00A0 \u00A0")]
    [InlineData("\u3000")]
    [InlineData("\u2028")]
    [InlineData("\u2007\u202F\u205F")]
    [InlineData("\u0085")]
    public void ParseWithDiagnostics_LineOfWhiteSpace_IsASpacer(string line)
    {
        var page = NewsPageText.Parse(Article + "A body paragraph.\n" + line + "\nAnother paragraph.");

        page.Article!.Body.Should().Equal("A body paragraph.", "Another paragraph.");
    }

    [Theory]
    [InlineData("\u00AD", 2)]
    [InlineData("\u200B", 7)]
    [InlineData("\uFEFF", 0)]
    [InlineData("\u2028", 7)]
    [InlineData("\u3000", 7)]
    [InlineData("\u2009", 7)]
    public void ParseWithDiagnostics_HeadingWithAnInvisibleOrOtherSpace_IsTextNotAHeading(string inserted, int at)
    {
        var heading = s_related.Insert(Math.Min(at, s_related.Length), inserted);
        if (inserted is "\u2028" or "\u3000" or "\u2009")
        {
            heading = s_related.Replace(" ", inserted, StringComparison.Ordinal);
        }

        var page = NewsPageText.Parse(Article + "A body paragraph.\n\n" + heading + "\n\nA story summary.");

        page.RelatedStories.Should().BeEmpty();
        page.Article!.Body.Should().Equal("A body paragraph.", heading, "A story summary.");
    }

    [Fact]
    public void ParseWithDiagnostics_NonCanonicalVietnameseAccept_IsNoButton()
    {
        // The defect: "Cha\u0301\u0302p nha\u0323\u0302n" read as the Vietnamese Accept, though the marks' order differs.
        var vi = s_catalog.Find("vi")!;
        var banner = vi[LabelKey.CookieTitle] + "\n" + vi[LabelKey.CookieMessage];
        const string NonCanonical = "Cha\u0301\u0302p nha\u0323\u0302n";
        const string Canonical = "Cha\u0302\u0301p nha\u0302\u0323n";

        var wrong = NewsPageText.ParseWithDiagnostics(Article + banner + "\n\n" + NonCanonical);
        var right = NewsPageText.ParseWithDiagnostics(Article + banner + "\n\n" + Canonical);

        wrong.Value.Consent!.Actions.Should().BeEmpty();
        wrong.Value.UnclassifiedText.Should().Equal(NonCanonical);
        right.Value.Consent!.Actions.Should().Equal(new ConsentAction(ConsentActionKind.Accept, Canonical));
    }

    [Fact]
    public void ParseWithDiagnostics_LoneSurrogatesInString_AreReplacedAndReportedWhereTheyStand()
    {
        // Built here: a lone surrogate in an attribute would not survive as one.
        var text = Article + "Lead \uD800 and \uDC00.\n\n" + s_related + "\uDBFF";

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Value.Article!.Body.Should().Equal("Lead \uFFFD and \uFFFD.", s_related + "\uFFFD");
        result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal(
            (NewsDiagnosticCode.LoneSurrogate, 5, 6),
            (NewsDiagnosticCode.LoneSurrogate, 5, 12),
            (NewsDiagnosticCode.LoneSurrogate, 7, s_related.Length + 1));
        result.Diagnostics[0].Message.Should().Contain("U+D800");
    }

    [Fact]
    public void ParseWithDiagnostics_PairedSurrogates_AreKeptWithoutDiagnostic()
    {
        var result = NewsPageText.ParseWithDiagnostics(Article + "Emoji 😀 and 𝄞.");

        result.Diagnostics.Should().BeEmpty();
        result.Value.Article!.Body.Should().Equal("Emoji 😀 and 𝄞.");
    }

    [Fact]
    public void ParseWithDiagnostics_EncodedSurrogateInUtf8_IsReplacedAndReportedToo()
    {
        // The UTF-8 path cannot hold a lone surrogate: its encoding (CESU-8 style) is invalid UTF-8, replaced and reported.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Article + "Lead "), 0xED, 0xA0, 0x80, .. "."u8];

        var result = NewsPageText.ParseWithDiagnostics(bytes);

        result.Value.Article!.Body.Should().ContainSingle().Which.Should().StartWith("Lead \uFFFD");
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Code == NewsDiagnosticCode.InvalidUtf8 && d.Line == 5);
    }

    [SkippableFact]
    public void ParseWithDiagnostics_GeneratedHardPages_LoseNothingTheOracleCallsText()
    {
        Skip.IfNot(LabelOracle.CanNormalize, "the oracle needs string.Normalize, which does nothing in globalization-invariant mode.");

        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 8; i++)
        {
            var random = new Random(BaseSeed + i);
            var text = HardPageGenerator.Create(random, s_catalog);
            if (Check(text) is { } problem)
            {
                failures.Add($"case {i} (new Random({BaseSeed + i})): {problem}\n{Escape(text)}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void HardPageGenerator_MakesTheHardCases()
    {
        // The generator must reach what it is for: labels the rule equates, labels it does not, invisible-only lines and
        // lone surrogates, in repeated structures.
        var texts = Enumerable.Range(0, 300).Select(i => HardPageGenerator.Create(new Random(BaseSeed + i), s_catalog)).ToList();

        texts.Should().Contain(text => text.Contains('\u200B', StringComparison.Ordinal));
        texts.Should().Contain(text => LabelOracle.HasLoneSurrogate(text));
        texts.Count(text => text.Split('\n').GroupBy(line => line).Any(group => group.Count() > 2 && LabelOracle.IsLabel(group.Key)))
            .Should().BeGreaterThan(30, "sections repeat");
        texts.Count(text => text.Split('\n').Any(line => !LabelOracle.IsLabel(line) && LabelOracle.IsLabel(WithoutInvisibleCharacters(line))))
            .Should().BeGreaterThan(5, "near-miss labels appear");
    }

    private static string WithoutInvisibleCharacters(string line)
        => string.Concat(line.Where(c => c is not ('\u200B' or '\uFEFF' or '\u00AD' or '\u200C' or '\u2060')));

    private static string? Check(string text)
    {
        ParseResult<NewsPage> fromString, fromUtf8;
        try
        {
            fromString = NewsPageText.ParseWithDiagnostics(text);
            fromUtf8 = NewsPageText.ParseWithDiagnostics(Encoding.UTF8.GetBytes(text));
        }
#pragma warning disable CA1031 // The invariant under test is that nothing is thrown: any exception is the finding.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"threw {exception}";
        }

        if (!fromString.Success || !fromUtf8.Success)
        {
            return "no page: " + string.Join(" | ", fromString.Diagnostics);
        }

        // Encoding replaces each lone surrogate by U+FFFD, as the string overload does: the two read the same page.
        if (fromString.Value != fromUtf8.Value)
        {
            return "string and UTF-8 overloads differ";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var repaired = lines.Select(Repair).ToList();
        var lost = PageTextMutationFuzzTests.Lost(repaired, fromString.Value);
        if (lost.Count > 0)
        {
            return "lost " + string.Join(" | ", lost.Select(Escape));
        }

        // Each lone surrogate is reported where it stands (while the diagnostics fit the maximum).
        var expected = new List<(int Line, int Column)>();
        for (var line = 0; line < lines.Length; line++)
        {
            for (var column = 0; column < lines[line].Length; column++)
            {
                if (IsLoneSurrogateAt(lines[line], column))
                {
                    expected.Add((line + 1, column + 1));
                }
            }
        }

        var reported = fromString.Diagnostics.Where(d => d.Code == NewsDiagnosticCode.LoneSurrogate).Select(d => (d.Line, d.Column)).ToList();
        return fromString.Diagnostics.Length <= NewsPageTextOptions.DefaultMaxDiagnostics && !reported.SequenceEqual(expected)
            ? $"lone surrogates reported at [{string.Join(", ", reported)}], expected [{string.Join(", ", expected)}]"
            : null;
    }

    private static bool IsLoneSurrogateAt(string text, int i)
        => char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    private static string Repair(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsLoneSurrogateAt(line, i))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static string Escape(string text)
        => string.Concat(text.Select(c => c is '\n' ? "\\n" : c is >= ' ' and < '\u007F' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")));
}
