using System.Globalization;
using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

/// <summary>The matching form of labels: canonical equivalence without string.Normalize.</summary>
public sealed class LabelTextTests
{
    [Theory]
    [InlineData("Kọ", "Ko\u0323")]
    [InlineData("Kọ", "Ko\u0329")]
    [InlineData("Ojú-ìwé yìí nlo kuki", "Oju\u0301-i\u0300we\u0301 yi\u0300i\u0301 nlo kuki")]
    [InlineData("ẹ̀", "e\u0300\u0323")]
    [InlineData("ẹ̀", "e\u0323\u0300")]
    [InlineData("Immagine generata dall'IA", "Immagine generata dall’IA")]
    [InlineData("Ti AI ṣe iroyin", "Ti  AI\u00A0ṣe\tiroyin")]
    [InlineData("한국어", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165")]
    public void ToMatchingForm_CanonicallyEquivalentTexts_AreEqual(string composed, string variant)
    {
        LabelText.ToMatchingForm(variant).Should().Be(LabelText.ToMatchingForm(composed));
    }

    [Theory]
    [InlineData("Kọ", "Ko")]
    [InlineData("Àwòrán", "Awòrán")]
    [InlineData("Decline", "decline")]
    public void ToMatchingForm_DifferentTexts_Differ(string first, string second)
    {
        LabelText.ToMatchingForm(first).Should().NotBe(LabelText.ToMatchingForm(second));
    }

    [SkippableFact]
    public void DecompositionTable_AgreesWithStringNormalize()
    {
        Skip.If(IsGlobalizationInvariant(), "string.Normalize does nothing in globalization-invariant mode; the table is what replaces it there.");

        var mismatches = new List<string>();
        for (var c = '\u00C0'; c < '\uFFFF'; c++)
        {
            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var text = c.ToString();
            string nfd;
            try
            {
                nfd = text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue;
            }

            // The matching form also maps U+0329 to U+0323 and orders marks by code point; compare like with like.
            var expected = LabelText.ToMatchingForm(nfd);
            if (LabelText.ToMatchingForm(text) != expected)
            {
                mismatches.Add($"U+{(int)c:X4}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    private static bool IsGlobalizationInvariant()
        => AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant
            || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true";
}
