using System.Collections.Immutable;
using CsCheck;
using NewsModel.Interchange.Tests.JsonLd;

namespace NewsModel.Interchange.Tests;

/// <summary>The helpers the interchange formats share: dates and plain-text paragraphs.</summary>
public sealed class InterchangeSharedTests
{
    [Fact]
    public void TryParse_FormattedDate_IsTheSameInstantWithTheSameOffset()
        => JsonLdPageGenerators.Date.Where(d => d is not null).Sample(date =>
        {
            InterchangeDates.TryParse(InterchangeDates.Format(date!.Value), out var read).Should().BeTrue();
            read.EqualsExact(date.Value).Should().BeTrue();
        }, iter: 2000);

    [Theory]
    [InlineData("2025-12-23", "2025-12-23T00:00:00+00:00")]
    [InlineData("2025-12-23T11:00:00Z", "2025-12-23T11:00:00+00:00")]
    [InlineData("2025-12-23T11:00:00.250-05:00", "2025-12-23T11:00:00.25-05:00")]
    [InlineData("2025-12-23T11:00+01:00", "2025-12-23T11:00:00+01:00")]
    [InlineData("2025-12-23T11:00:00+0530", "2025-12-23T11:00:00+05:30")]
    [InlineData("2025-12-23T11:00:00", "2025-12-23T11:00:00+00:00")]
    [InlineData(" 2025-12-23T11:00:00Z ", "2025-12-23T11:00:00+00:00")]
    [InlineData("20251223T110000Z", "2025-12-23T11:00:00+00:00")]
    public void TryParse_IsoForms_ReadTheInstant(string text, string expected)
    {
        InterchangeDates.TryParse(text, out var date).Should().BeTrue();
        InterchangeDates.Format(date).Should().Be(expected);
    }

    [Theory]
    [InlineData("23/12/2025")]
    [InlineData("December 23, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("")]
    [InlineData("2025-12-23T25:00:00Z")]
    public void TryParse_NotIso_IsFalse(string text) => InterchangeDates.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Split_JoinedParagraphsEachLineNotBlank_ReturnsThem()
        => Gen.Select(JsonLdPageGenerators.Paragraph.Array[0, 6], p => ImmutableArray.Create(p)).Sample(
            paragraphs => PlainTextParagraphs.Split(PlainTextParagraphs.Join(paragraphs)).SequenceEqual(paragraphs),
            iter: 2000);

    [Theory]
    [InlineData("a\r\n\r\nb", new[] { "a", "b" })]
    [InlineData("a\n \t\nb", new[] { "a", "b" })]
    [InlineData("\n\na\n\n\n\nb\n\n", new[] { "a", "b" })]
    [InlineData("  a\nb  ", new[] { "  a\nb  " })]
    [InlineData("a\rb\r\rc", new[] { "a\rb", "c" })]
    [InlineData(" \n\t", new string[0])]
    [InlineData("", new string[0])]
    public void Split_BlankLines_SeparateParagraphs(string text, string[] expected)
        => PlainTextParagraphs.Split(text).Should().Equal(expected);
}
