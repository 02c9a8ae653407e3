using NewsModel.Localization;

namespace NewsModel.Tests.Localization;

/// <summary>Catalogs that apps build: refused when a line could not be read without guessing; partial languages fall back.</summary>
public sealed class CustomCatalogTests
{
    private static LabelSet English => LabelCatalog.Default.Find("en")!;

    [Fact]
    public void Create_OneTextForTwoKeysOfOneLanguage_IsRefusedNamingBoth()
    {
        var broken = English.With([KeyValuePair.Create(LabelKey.CookieAccept, "Decline")]);

        var act = () => LabelCatalog.Create([broken]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*'Decline'*cookie_*'Decline'*cookie_*")
            .Which.ParamName.Should().Be("sets");
    }

    [Fact]
    public void With_TextThatIsAnotherLanguagesOtherKey_IsRefused()
    {
        // "Kọ" is the Yoruba decline button; as an English heading a line "Kọ" would be two things.
        var act = () => LabelCatalog.Default.With(new LabelSet("en", [KeyValuePair.Create(LabelKey.RelatedNews, "Kọ")]));

        act.Should().Throw<ArgumentException>().WithMessage("*'Kọ' (yo cookie_decline)*'Kọ' (en related_news)*");
    }

    [Fact]
    public void With_TextThatReadsTheSameUnderTheMatchingRule_IsRefused()
    {
        // The decomposed spelling of the Yoruba decline button "Kọ" is canonically equivalent to it: as the accept
        // button it would make one line two keys, so the catalog is refused although the two strings differ.
        var decomposed = "K\u006F\u0323";
        var act = () => LabelCatalog.Default.With(new LabelSet("yo", [KeyValuePair.Create(LabelKey.CookieAccept, decomposed)]));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void With_CombinedBadgeLineEqualToAnotherKey_IsRefused()
    {
        var english = English;
        var combined = english[LabelKey.AiReported] + " " + english[LabelKey.AiGeneratedImage];

        var act = () => LabelCatalog.Default.With(new LabelSet("xx", [KeyValuePair.Create(LabelKey.CookieTitle, combined)]));

        act.Should().Throw<ArgumentException>().WithMessage("*xx cookie_title*en ai_generated_image + ai_reported*");
    }

    [Fact]
    public void With_FallbackTextClashingWithOwnTextOfAnotherKey_IsRefused()
    {
        // "xx" lacks cookie_accept, so it reads English "Accept" by fallback; its own decline button may not be "Accept",
        // even in a catalog without the neutral language's own readings to clash with first.
        var act = () => LabelCatalog.Create([new LabelSet("xx", [KeyValuePair.Create(LabelKey.CookieDecline, "Accept")]), English]);

        act.Should().Throw<ArgumentException>().WithMessage("*xx cookie_*by fallback*");
    }

    [Fact]
    public void With_SameTextForTheSameKeyInTwoLanguages_IsAccepted()
    {
        var catalog = LabelCatalog.Default.With(new LabelSet("xx", [KeyValuePair.Create(LabelKey.CookieDecline, "Kọ")]));

        catalog.Contains("xx").Should().BeTrue();
    }

    [Fact]
    public void Parse_PartlyTranslatedLanguage_ReadsBackAsThatLanguageWithoutMixedWarning()
    {
        // The README's example: an app adds Esperanto with one label; the others come from its fallback, English.
        var catalog = LabelCatalog.Default.With(new LabelSet("eo", [KeyValuePair.Create(LabelKey.CookieDecline, "Rifuzi")]));
        var options = new NewsPageTextOptions { Catalog = catalog };
        var page = LocalizedPages.Article("en");

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "eo", Catalog = catalog });
        var parsed = NewsPageText.ParseWithDiagnostics(text, options);

        text.Should().Contain("\nRifuzi").And.Contain("\n" + English[LabelKey.RelatedNews] + "\n");
        parsed.Diagnostics.Should().BeEmpty();
        parsed.Value.UiLanguage.Should().Be("eo");
        parsed.Value.Consent!.Actions.Select(action => action.Label).Should().Contain("Rifuzi");
    }

    [Fact]
    public void Parse_NeutralLanguagePage_UnderACatalogWithAPartialLanguage_StaysNeutral()
    {
        var catalog = LabelCatalog.Default.With(new LabelSet("eo", [KeyValuePair.Create(LabelKey.CookieDecline, "Rifuzi")]));
        var page = LocalizedPages.Article("en");

        var parsed = NewsPageText.ParseWithDiagnostics(NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "en" }), new NewsPageTextOptions { Catalog = catalog });

        parsed.Diagnostics.Should().BeEmpty();
        parsed.Value.UiLanguage.Should().Be("en");
    }

    [Fact]
    public void Write_PartlyTranslatedRegionalLanguage_FallsBackToItsParentNotTheNeutralLanguage()
    {
        var catalog = LabelCatalog.Default.With(new LabelSet("pt-BR", [KeyValuePair.Create(LabelKey.CookieAccept, "Aceitar tudo")]));
        var page = LocalizedPages.Article("en");

        var text = NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = "pt-BR", Catalog = catalog });
        var parsed = NewsPageText.ParseWithDiagnostics(text, new NewsPageTextOptions { Catalog = catalog });

        catalog.GetLabel("pt-BR", LabelKey.RelatedNews).Should().Be(LabelCatalog.Default.Find("pt")![LabelKey.RelatedNews]);
        text.Should().Contain("\nAceitar tudo").And.Contain(LabelCatalog.Default.Find("pt")![LabelKey.RelatedNews]);
        parsed.Diagnostics.Should().BeEmpty();
        parsed.Value.UiLanguage.Should().Be("pt-BR");
    }
}
