using System.Globalization;
using System.Text;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Localization;

/// <summary>
/// The matching form of labels (the rule <see cref="LabelCatalog"/> documents), checked against an independent oracle:
/// <see cref="LabelOracle"/>, which uses <see cref="string.Normalize(NormalizationForm)"/> for NFD.
/// </summary>
public sealed class LabelTextTests
{
    private const int RandomCases = 20_000;
    private const int BaseSeed = 20_260_107;

    [Theory]
    [InlineData("Kọ", "Ko\u0323")]
    [InlineData("Kọ", "Ko\u0329")]
    [InlineData("Ojú-ìwé yìí nlo kuki", "Oju\u0301-i\u0300we\u0301 yi\u0300i\u0301 nlo kuki")]
    [InlineData("ẹ̀", "e\u0300\u0323")]
    [InlineData("ẹ̀", "e\u0323\u0300")]
    [InlineData("Chấp nhận", "Cha\u0302\u0301p nha\u0323\u0302n")]
    [InlineData("Chấp nhận", "Cha\u0302\u0301p nha\u0302\u0323n")]
    [InlineData("Immagine generata dall'IA", "Immagine generata dall’IA")]
    [InlineData("Immagine generata dall'IA", "Immagine generata dallʼIA")]
    [InlineData("Ti AI ṣe iroyin", "Ti  AI\u00A0ṣe\tiroyin")]
    [InlineData("Ti AI ṣe iroyin", "\u00A0Ti AI\u202Fṣe iroyin ")]
    [InlineData("한국어", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165")]
    [InlineData("Å", "\u212B")]
    public void ToMatchingForm_EquivalentTexts_AreEqual(string composed, string variant)
    {
        LabelText.ToMatchingForm(variant).Should().Be(LabelText.ToMatchingForm(composed));
    }

    [Theory]
    [InlineData("Kọ", "Ko")]
    [InlineData("Àwòrán", "Awòrán")]
    [InlineData("Decline", "decline")]
    [InlineData("Decline", "Ｄｅｃｌｉｎｅ")]
    [InlineData("Chấp nhận", "Cha\u0301\u0302p nha\u0323\u0302n")]
    [InlineData("Related news", "Re\u00ADlated news")]
    [InlineData("Related news", "Related\u200B news")]
    [InlineData("Related news", "Related news\u200B")]
    [InlineData("Related news", "\uFEFFRelated news")]
    [InlineData("Related news", "Related\u2028news")]
    [InlineData("Related news", "Related\u2029news")]
    [InlineData("Related news", "Related\u3000news")]
    [InlineData("Related news", "Related\u1680news")]
    [InlineData("Related news", "Related\u2000news")]
    [InlineData("Related news", "Related\u2007news")]
    [InlineData("Related news", "Related\u200Anews")]
    [InlineData("Related news", "Related\u205Fnews")]
    [InlineData("Immagine generata dall'IA", "Immagine generata dall‘IA")]
    [InlineData("Immagine generata dall'IA", "Immagine generata dall′IA")]
    public void ToMatchingForm_TextsTheRuleDoesNotEquate_Differ(string label, string other)
    {
        LabelText.ToMatchingForm(other).Should().NotBe(LabelText.ToMatchingForm(label));
    }

    [Fact]
    public void ToMatchingForm_LoneSurrogate_HasNoForm()
    {
        // Built here: xUnit's test data would turn a lone surrogate into U+FFFD.
        string[] texts = ["\uD800", "Kọ\uDC00", "\uDBFFKọ", "\uDC00\uD800"];

        texts.Select(text => LabelText.ToMatchingForm(text)).Should().AllSatisfy(form => form.Should().BeNull());
    }

    [SkippableFact]
    public void ToMatchingForm_EveryBmpCharacter_EqualsTheOracle()
    {
        Skip.IfNot(LabelOracle.CanNormalize, "string.Normalize does nothing in globalization-invariant mode; the library's table is what replaces it there.");

        var mismatches = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            Compare(((char)c).ToString(), mismatches);
        }

        mismatches.Should().BeEmpty();
    }

    [SkippableFact]
    public void ToMatchingForm_SupplementaryCharactersWithDecompositionsOrMarks_EqualTheOracle()
    {
        Skip.IfNot(LabelOracle.CanNormalize, "string.Normalize does nothing in globalization-invariant mode.");

        // Brahmic scripts (Kaithi, Chakma, Grantha, Tirhuta, Siddham, Dives Akuru), musical symbols and the CJK
        // compatibility ideographs: every supplementary canonical decomposition of Unicode 15.0, in blocks later
        // versions did not extend (so a newer ICU compares like with like).
        (int First, int Last)[] ranges = [(0x11000, 0x1137F), (0x11400, 0x11FFF), (0x1D100, 0x1D1FF), (0x2F800, 0x2FA1F)];
        var mismatches = new List<string>();
        foreach (var (first, last) in ranges)
        {
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                Compare(char.ConvertFromUtf32(codePoint), mismatches);
                Compare("a" + char.ConvertFromUtf32(codePoint) + "\u0301\u0323", mismatches);
            }
        }

        mismatches.Should().BeEmpty();
    }

    [SkippableFact]
    public void ToMatchingForm_RandomTextsOfMarksSpacesAndLookalikes_EqualTheOracle()
    {
        Skip.IfNot(LabelOracle.CanNormalize, "string.Normalize does nothing in globalization-invariant mode.");

        var mismatches = new List<string>();
        for (var i = 0; i < RandomCases && mismatches.Count < 8; i++)
        {
            var text = RandomText(new Random(BaseSeed + i));
            if (LabelText.ToMatchingForm(text) != LabelOracle.Form(text))
            {
                mismatches.Add($"case {i} (new Random({BaseSeed + i})): {Escape(text)}: {Escape(LabelText.ToMatchingForm(text))} but the oracle gives {Escape(LabelOracle.Form(text))}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    // Pieces that stress each part of the rule: starters that decompose (one to four marks, singletons, Hangul), marks of
    // many combining classes (so that order matters or not), the equivalent and the non-equivalent spaces, apostrophes
    // and look-alikes, invisible characters, and a supplementary mark and base.
    private static readonly string[] s_pieces =
    [
        "a", "e", "o", "K", "ı", "ấ", "ọ", "ẹ̀", "ḉ", "ǖ", "ᾂ", "Å", "\u212B", "\u2126", "\u0344", "\u0F73", "한", "\u1100\u1161", "\uFA6C",
        "\u0300", "\u0301", "\u0302", "\u0308", "\u0323", "\u0329", "\u0327", "\u0328", "\u031B", "\u0345", "\u05B0", "\u05B4",
        "\u093C", "\u094D", "\u0E38", "\u0F71", "\u302A", "\U0001D165", "\U0001D16E", "\U0001D15E", "\U0002F800",
        " ", "  ", "\t", "\u00A0", "\u202F", "\u2007", "\u3000", "\u2028", "\u1680", "\u205F",
        "'", "\u2019", "\u2018", "\u02BC", "\u2032", "\u00AD", "\u200B", "\uFEFF", "\u200C",
    ];

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            builder.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        return builder.ToString();
    }

    private static void Compare(string text, List<string> mismatches)
    {
        string? expected;
        try
        {
            expected = LabelOracle.Form(text);
        }
        catch (ArgumentException)
        {
            // ICU refuses to normalize noncharacters such as U+FFFE: the oracle has nothing to say there.
            return;
        }

        var actual = LabelText.ToMatchingForm(text);
        if (actual != expected)
        {
            mismatches.Add($"{Escape(text)}: {Escape(actual)} but NFD gives {Escape(expected)}");
        }
    }

    private static string Escape(string? text)
        => text is null ? "null" : string.Concat(text.Select(c => c is > ' ' and < '\u007F' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")));
}
