using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

public sealed class LocalizedRoundTripTests
{
    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void WriteThenParse_ArticlePageInLanguage_ReturnsSamePageAndDetectsLanguage(string language)
    {
        var page = LocalizedPages.Article(language);

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language });
        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.GetValueOrDefault().Should().Be(page);
        result.Value.UiLanguage.Should().Be(language);
    }

    [Theory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void WriteThenParse_TagPageInLanguage_ReturnsSamePageAndDetectsLanguage(string language)
    {
        var page = new NewsPage
        {
            UiLanguage = language,
            Stories =
            [
                new StoryCard { Title = "First card title", Summary = "The first card's summary, long enough to read as a paragraph of text.", Image = new NewsImage("A caption for the first card", aiGenerated: true), AiReported = true },
                new StoryCard { Summary = "The second card has no image and no title, only this summary.", AiReported = true },
            ],
        };

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language });
        var parsed = NewsPageText.ParseWithDiagnostics(text);

        parsed.Diagnostics.Should().BeEmpty();
        parsed.GetValueOrDefault().Should().Be(page);
    }

    [NormalizationTheory]
    [MemberData(nameof(LocalizationTestData.Languages), MemberType = typeof(LocalizationTestData))]
    public void Parse_PageInLanguageAsNfd_DetectsLanguage(string language)
    {
        var text = NewsPageText.Write(LocalizedPages.Article(language), new NewsPageTextOptions { UiLanguage = language });

        var page = NewsPageText.Parse(text.Normalize(NormalizationForm.FormD));

        page.UiLanguage.Should().Be(language);
        page.RelatedStories.Should().HaveCount(2);
        page.Consent!.Actions.Should().HaveCount(2);
    }

    // Decomposed by hand (no string.Normalize), so these also run in globalization-invariant mode.
    [Theory]
    [InlineData('\u0323')]
    [InlineData('\u0329')]
    public void Parse_YorubaLabelsDecomposedByHand_MatchWithEitherUnderdot(char underdot)
    {
        var text = NewsPageText.Write(LocalizedPages.Article("yo"), new NewsPageTextOptions { UiLanguage = "yo" });
        var decomposed = DecomposeYoruba(text, underdot);

        decomposed.Should().NotBe(text).And.NotContain("\u1ECD").And.NotContain("\u00C0");
        var page = NewsPageText.Parse(decomposed);

        page.UiLanguage.Should().Be("yo");
        page.RelatedStories.Should().HaveCount(2);
        page.RelatedStories[0].AiReported.Should().BeTrue();
        page.Consent!.Actions.Select(a => a.Kind).Should().Equal(ConsentActionKind.Decline, ConsentActionKind.Accept);
    }

    [Fact]
    public void Parse_VietnameseLabelsDecomposedByHand_DetectsVietnamese()
    {
        var text = NewsPageText.Write(LocalizedPages.Article("vi"), new NewsPageTextOptions { UiLanguage = "vi" });
        var decomposed = text
            .Replace("\u1EEB", "u\u031B\u0300", StringComparison.Ordinal) // ừ
            .Replace("\u1ED1", "o\u0302\u0301", StringComparison.Ordinal) // ố
            .Replace("\u1ECD", "o\u0323", StringComparison.Ordinal) // ọ
            .Replace("\u00F3", "o\u0301", StringComparison.Ordinal); // ó

        decomposed.Should().NotBe(text);
        NewsPageText.Parse(decomposed).UiLanguage.Should().Be("vi");
    }

    private static string DecomposeYoruba(string text, char underdot)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u00C0' => "A\u0300",
                '\u00E0' => "a\u0300",
                '\u00E1' => "a\u0301",
                '\u00E8' => "e\u0300",
                '\u00E9' => "e\u0301",
                '\u00EC' => "i\u0300",
                '\u00CC' => "I\u0300",
                '\u00ED' => "i\u0301",
                '\u00F2' => "o\u0300",
                '\u00F3' => "o\u0301",
                '\u00F9' => "u\u0300",
                '\u00FA' => "u\u0301",
                '\u0144' => "n\u0301",
                '\u1EB9' => "e" + underdot,
                '\u1ECD' => "o" + underdot,
                '\u1E63' => "s" + underdot,
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData("yo", "pt")]
    [InlineData("en", "ar")]
    [InlineData("ru", "zh-Hans")]
    public void Write_PageInAnotherLanguage_KeepsContentAndSwitchesLabels(string from, string to)
    {
        var page = LocalizedPages.Article(from);

        var parsed = NewsPageText.Parse(NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = to }));

        parsed.UiLanguage.Should().Be(to);
        parsed.Article.Should().Be(page.Article);
        parsed.RelatedStories.Should().Equal(page.RelatedStories);
        parsed.Consent!.Title.Should().Be(LabelCatalog.Default.GetLabel(to, LabelKey.CookieTitle));
    }
}
