using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

/// <summary>Earlier wordings of a label (<c>{name}.variantN</c> resources): recognised when reading, never written.</summary>
public sealed class LabelVariantTests
{
    // The live site's current heading and the wording it showed before, per language (issue: live-site fidelity).
    public static TheoryData<string, string, string> RelatedHeadings() => new()
    {
        { "en", "Related Articles", "Related news" },
        { "fr", "Articles connexes", "Articles liés" },
        { "pt", "Artigos relacionados", "Notícias relacionadas" },
    };

    [Theory]
    [MemberData(nameof(RelatedHeadings))]
    public void Write_KeyWithVariant_WritesTheCurrentText(string language, string current, string earlier)
    {
        var page = LocalizedPages.Article(language);

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language });

        text.Should().Contain($"\n{current}\n").And.NotContain(earlier);
    }

    [Theory]
    [MemberData(nameof(RelatedHeadings))]
    public void Parse_EarlierWording_ReadsAsTheSameHeading(string language, string current, string earlier)
    {
        var page = LocalizedPages.Article(language);
        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language });
        var old = text.Replace($"\n{current}\n", $"\n{earlier}\n", StringComparison.Ordinal);

        var result = NewsPageText.ParseWithDiagnostics(old);

        old.Should().NotBe(text);
        result.Diagnostics.Should().BeEmpty();
        result.GetValueOrDefault().Should().Be(page);
    }

    [Fact]
    public void Default_EnglishRelatedNews_HasTheEarlierWordingAsVariant()
    {
        var english = LabelCatalog.Default.Find("en")!;

        english[LabelKey.RelatedNews].Should().Be("Related Articles");
        english.GetVariants(LabelKey.RelatedNews).Should().Equal("Related news");
        english.GetRecognizedTexts(LabelKey.RelatedNews).Should().Equal("Related Articles", "Related news");
        english.GetVariants(LabelKey.CookieAccept).Should().BeEmpty();
    }

    [Fact]
    public void FromResources_VariantNames_KeepTheirNumberOrder()
    {
        var set = LabelSet.FromResources("xx", [
            KeyValuePair.Create("related_news.variant2", "Second"),
            KeyValuePair.Create("related_news", "Now"),
            KeyValuePair.Create("related_news.variant1", "First"),
        ]);

        set[LabelKey.RelatedNews].Should().Be("Now");
        set.GetVariants(LabelKey.RelatedNews).Should().Equal("First", "Second");
        set.Resources.Should().Equal(
            KeyValuePair.Create("related_news", "Now"),
            KeyValuePair.Create("related_news.variant1", "First"),
            KeyValuePair.Create("related_news.variant2", "Second"));
    }

    [Theory]
    [InlineData("related_news.variant0")]
    [InlineData("related_news.variant01")]
    [InlineData("related_news.variant")]
    [InlineData("related_news.variant-1")]
    [InlineData("reading_time.variant1")]
    [InlineData("reading_time_one.variant1")]
    [InlineData("nothing.variant1")]
    public void TryParseResourceName_MalformedVariant_IsRejected(string name)
        => LabelKeys.TryParseResourceName(name, out _, out _, out _).Should().BeFalse();

    [Fact]
    public void TryParseResourceName_Variant_GivesKeyAndNumber()
    {
        LabelKeys.TryParseResourceName("cookie_title.variant12", out var key, out var category, out var variant).Should().BeTrue();

        (key, category, variant).Should().Be((LabelKey.CookieTitle, PluralCategory.Other, 12));
        LabelKeys.GetVariantResourceName(LabelKey.CookieTitle, 12).Should().Be("cookie_title.variant12");
    }

    [Fact]
    public void FromResources_VariantEqualToCurrentText_Throws()
    {
        var act = () => LabelSet.FromResources("xx", [
            KeyValuePair.Create("related_news", "Now"),
            KeyValuePair.Create("related_news.variant1", "Now"),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*Now*related_news*");
    }

    [Fact]
    public void With_OverrideEqualToAVariant_MakesItCurrentAndDropsTheVariant()
    {
        var english = LabelCatalog.Default.Find("en")!;

        var reverted = english.With([KeyValuePair.Create(LabelKey.RelatedNews, "Related news")]);

        reverted[LabelKey.RelatedNews].Should().Be("Related news");
        reverted.GetVariants(LabelKey.RelatedNews).Should().BeEmpty();
        english.GetVariants(LabelKey.RelatedNews).Should().Equal(["Related news"], "the original set is immutable");
    }

    [Fact]
    public void WithVariants_AddsReadingsTheParserRecognises()
    {
        var english = LabelCatalog.Default.Find("en")!.WithVariants(LabelKey.RelatedNews, ["More from us"]);
        var catalog = LabelCatalog.Default.With(english);
        var page = LocalizedPages.Article("en");
        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "en" }).Replace("\nRelated Articles\n", "\nMore from us\n", StringComparison.Ordinal);

        var parsed = NewsPageText.ParseWithDiagnostics(text, new NewsPageTextOptions { Catalog = catalog });

        english.GetVariants(LabelKey.RelatedNews).Should().Equal("Related news", "More from us");
        parsed.Diagnostics.Should().BeEmpty();
        parsed.GetValueOrDefault().Should().Be(page);
    }

    [Fact]
    public void WithVariants_CountDependentKey_Throws()
    {
        var act = () => LabelCatalog.Default.Find("en")!.WithVariants(LabelKey.ReadingTime, ["{0} minutes"]);

        act.Should().Throw<ArgumentException>();
    }
}
