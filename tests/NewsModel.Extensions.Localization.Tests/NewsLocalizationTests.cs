using System.Globalization;
using System.Resources;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsModel.Localization;
using NewsModel.Tests.Localization;

namespace NewsModel.Extensions.Localization.Tests;

public sealed class NewsLocalizationTests
{
    private static readonly NewsLocalization s_default = NewsLocalization.Default;

    [Fact]
    public void GetLabel_RegionOfShippedLanguage_ServedByTheLanguageAndReportedAsFallback()
    {
        var label = s_default.GetLabel("yo-NG", LabelKey.CookieDecline);

        label.Value.Should().Be("Kọ");
        label.RequestedLanguage.Should().Be("yo-NG");
        label.ServedLanguage.Should().Be("yo");
        label.IsFallback.Should().BeTrue();
        label.ResourceNotFound.Should().BeFalse();
        label.Source.Should().Be(LocalizationTestData.IsGlobalizationInvariant ? LabelSource.CompiledCatalog : LabelSource.Resources);
    }

    [Theory]
    [InlineData("yo", "yo")]
    [InlineData("YO-ng", "yo")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("fr-CA", "fr")]
    [InlineData("en-GB", "en")]
    [InlineData("xx-YY", "en")]
    [InlineData("", "en")]
    public void GetLabel_Language_ServedAlongTheParentChainThenEnglish(string language, string served)
    {
        var label = s_default.GetLabel(language, LabelKey.RelatedNews);

        label.ServedLanguage.Should().BeEquivalentTo(served);
        label.Value.Should().Be(LabelCatalog.Default.Find(served)![LabelKey.RelatedNews]);
    }

    [Fact]
    public void GetLabel_KeyMissingInLanguage_FallsBackToEnglishAndSaysSo()
    {
        var localization = NewsLocalization.Create(o => o.AddLabels("xh", new Dictionary<string, string> { ["related_news"] = "Iindaba ezinxulumeneyo" }));

        var own = localization.GetLabel("xh-ZA", LabelKey.RelatedNews);
        var missing = localization.GetLabel("xh-ZA", LabelKey.CookieAccept);

        own.Should().Be(new LocalizedLabel("related_news", "Iindaba ezinxulumeneyo", "xh-ZA", "xh", LabelSource.Application));
        missing.Value.Should().Be("Accept");
        missing.ServedLanguage.Should().Be("en");
        missing.IsFallback.Should().BeTrue();
    }

    [Fact]
    public void GetLabel_UnknownName_IsNotFoundAndReturnsTheName()
    {
        var label = s_default.GetLabel("de", "no_such_label");

        label.ResourceNotFound.Should().BeTrue();
        label.Source.Should().Be(LabelSource.NotFound);
        label.Value.Should().Be("no_such_label");
    }

    [Theory]
    [InlineData("en", 1, "1 min read")]
    [InlineData("en", 3, "3 min read")]
    [InlineData("ru", 1, "1 минута чтения")]
    [InlineData("ru", 3, "3 минуты чтения")]
    [InlineData("ru", 5, "5 минут чтения")]
    [InlineData("ru", 21, "21 минута чтения")]
    [InlineData("pt", 0, "0 minuto de leitura")]
    [InlineData("pt", 2, "2 minutos de leitura")]
    [InlineData("pt-PT", 0, "0 minutos de leitura")]
    [InlineData("es", 1000000, "1000000 de minutos de lectura")]
    [InlineData("ar", 2, "2 دقيقتان للقراءة")]
    [InlineData("ar", 3, "3 دقائق للقراءة")]
    [InlineData("yo", 1, "Ìṣẹ́jú 1 kíkà")]
    [InlineData("yo-NG", 7, "Ìṣẹ́jú 7 kíkà")]
    [InlineData("xx", 1, "1 min read")]
    public void FormatCount_ReadingTime_UsesThePluralFormOfTheCount(string language, long count, string expected)
        => s_default.FormatCount(language, LabelKey.ReadingTime, count).Value.Should().Be(expected);

    [Fact]
    public void FormatCount_PortugalServedByPortuguese_UsesPortugalsRulesForTheNumber()
    {
        // pt-PT has no texts of its own: pt serves them, in the form pt-PT's rules pick for 0 (other; pt's would say one).
        var label = s_default.FormatCount("pt-PT", LabelKey.ReadingTime, 0);

        label.ServedLanguage.Should().Be("pt");
        label.Name.Should().Be("reading_time_other");
        label.Value.Should().Be("0 minutos de leitura");
    }

    [Fact]
    public void AddLabels_OverrideOfShippedLabel_SeenByLocalizerAndParser()
    {
        var localization = NewsLocalization.Create(o => o.AddLabels("en", new Dictionary<string, string> { ["related_news"] = "More stories" }));
        var page = LocalizedPages.Article("en");

        var label = localization.GetLabel("en-US", LabelKey.RelatedNews);
        var text = NewsPageText.Write(page, localization.TextOptions with { UiLanguage = "en" });
        var parsed = NewsPageText.Parse(text, localization.TextOptions);

        label.Value.Should().Be("More stories");
        label.Source.Should().Be(LabelSource.Application);
        localization.Catalog.GetLabel("en", LabelKey.RelatedNews).Should().Be("More stories");
        localization.GetLabel("en", LabelKey.CookieAccept).Value.Should().Be("Accept", "other labels stay");
        text.Should().Contain("\nMore stories\n");
        parsed.Should().Be(page);
        s_default.GetLabel("en", LabelKey.RelatedNews).Value.Should().Be("Related Articles", "the default is untouched");
    }

    [Fact]
    public void AddLabels_NewLanguage_ParserRecognisesItsPages()
    {
        var xhosa = new Dictionary<string, string>
        {
            ["ai_generated_image"] = "Umfanekiso owenziwe yi-AI",
            ["ai_reported"] = "Ibikwe yi-AI",
            ["what_people_are_saying"] = "Oko kuthethwa ngabantu",
            ["related_news"] = "Iindaba ezinxulumeneyo",
            ["cookie_title"] = "Le sayithi isebenzisa iikhukhi",
            ["cookie_message"] = "Sisebenzisa iikhukhi ukuhlalutya nokuphucula isayithi yethu.",
            ["cookie_decline"] = "Yala",
            ["cookie_accept"] = "Yamkela",
            ["privacy_policy"] = "Umgaqo-nkqubo wabucala",
            ["reading_time_one"] = "Umzuzu o-{0} wokufunda",
            ["reading_time_other"] = "Imizuzu eyi-{0} yokufunda",
        };
        var localization = NewsLocalization.Create(o => o.AddLabels("xh", xhosa));
        var page = LocalizedPages.Article("en") with { UiLanguage = "xh" };
        page = page with { Consent = new ConsentNotice { Title = "Le sayithi isebenzisa iikhukhi", Message = xhosa["cookie_message"], Actions = [new ConsentAction(ConsentActionKind.Decline, "Yala")] } };

        var parsed = NewsPageText.Parse(NewsPageText.Write(page, localization.TextOptions with { UiLanguage = "xh" }), localization.TextOptions);

        parsed.Should().Be(page);
        parsed.UiLanguage.Should().Be("xh");
        NewsPageText.Parse(NewsPageText.Write(page, localization.TextOptions with { UiLanguage = "xh" })).UiLanguage.Should().NotBe("xh", "the default catalog does not know the app's language");
        localization.FormatCount("xh", LabelKey.ReadingTime, 4).Value.Should().Be("Imizuzu eyi-4 yokufunda");
    }

    [Fact]
    public void GetTextDirection_RightToLeftLanguages_ReportRightToLeft()
    {
        s_default.GetTextDirection("ar-SA").Should().Be(TextDirection.RightToLeft);
        s_default.GetTextDirection("fa").Should().Be(TextDirection.RightToLeft);
        s_default.GetTextDirection("yo").Should().Be(TextDirection.LeftToRight);
        var hebrew = NewsLocalization.Create(o => o.AddLabels("he", new Dictionary<string, string> { ["related_news"] = "חדשות קשורות" }));
        hebrew.GetTextDirection("he-IL").Should().Be(TextDirection.RightToLeft);
    }

    [Fact]
    public void AddResources_NeutralResources_AddsTheirLabels()
    {
        var resources = new ResourceManager(NewsLocalization.ResourceBaseName, typeof(NewsLabels).Assembly);

        var options = new NewsLocalizationOptions().AddResources(resources, "");

        options.Labels.Should().ContainSingle().Which.Resources.Should().BeEquivalentTo(LabelCatalog.Default.Find("en")!.Resources);
    }

    [SatelliteFact]
    public void AddResources_CultureResources_AddsExactlyThatCulture()
    {
        var resources = new ResourceManager(NewsLocalization.ResourceBaseName, typeof(NewsLabels).Assembly);

        var options = new NewsLocalizationOptions().AddResources(resources, "de", "de-AT");

        options.Labels.Should().ContainSingle("de-AT has no resources of its own").Which.Language.Should().Be("de");
        options.Labels[0].Resources.Should().BeEquivalentTo(LabelCatalog.Default.Find("de")!.Resources);
    }

    [Fact]
    public void AddNewsModelLocalization_Container_RegistersOneSourceForLocalizerAndParser()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance) // a host provides it; the stock factory needs it
            .AddNewsModelLocalization(o => o.AddLabels("en", new Dictionary<string, string> { ["cookie_accept"] = "OK" }))
            .AddNewsModelLocalization(o => o.AddLabels("en", new Dictionary<string, string> { ["cookie_decline"] = "No thanks" }))
            .BuildServiceProvider();

        var localizer = provider.GetRequiredService<IStringLocalizer<NewsLabels>>();
        var localization = provider.GetRequiredService<NewsLocalization>();

        localizer.Should().BeSameAs(localization.Localizer);
        provider.GetRequiredService<LabelCatalog>().Should().BeSameAs(localization.Catalog);
        localization.GetLabel("en", LabelKey.CookieAccept).Value.Should().Be("OK");
        localization.Catalog.GetLabel("en", LabelKey.CookieDecline).Should().Be("No thanks");
        provider.GetRequiredService<IStringLocalizerFactory>().Should().NotBeNull("the stock services are registered too");
    }

    [Fact]
    public void Localizer_InvariantCulture_ServesEnglish()
    {
        using var _ = new UiCulture(CultureInfo.InvariantCulture);
        var localizer = NewsLocalization.Default.Localizer;

        var result = localizer["related_news"];

        result.Value.Should().Be("Related Articles");
        result.ResourceNotFound.Should().BeFalse();
        result.SearchedLocation.Should().Be("en");
        localizer["reading_time", 2].Value.Should().Be("2 min read");
        localizer["nope"].ResourceNotFound.Should().BeTrue();
    }

    [SatelliteFact]
    public void Localizer_RegionCulture_SaysWhichCultureServed()
    {
        using var _ = new UiCulture(CultureInfo.GetCultureInfo("yo-NG"));
        var localizer = NewsLocalization.Default.Localizer;

        var result = localizer["cookie_decline"];
        var label = localizer.GetLabel("cookie_decline");

        result.Value.Should().Be("Kọ");
        result.ResourceNotFound.Should().BeFalse();
        result.SearchedLocation.Should().Be("yo");
        label.IsFallback.Should().BeTrue();
        label.Source.Should().Be(LabelSource.Resources);
    }

    [SatelliteFact]
    public void Localizer_CountArgument_PicksThePluralForm()
    {
        using var _ = new UiCulture(CultureInfo.GetCultureInfo("ru-RU"));
        var localizer = NewsLocalization.Default.Localizer;

        localizer["reading_time", 1].Value.Should().Be("1 минута чтения");
        localizer["reading_time", 3].Value.Should().Be("3 минуты чтения");
        localizer["reading_time", 5L].Value.Should().Be("5 минут чтения");
        localizer["reading_time_many", 5].Value.Should().Be("5 минут чтения");
    }

    [SatelliteFact]
    public void Localizer_GetAllStrings_OwnCultureOnlyOrWithParents()
    {
        var localization = NewsLocalization.Create(o => o.AddLabels("de-CH", new Dictionary<string, string> { ["cookie_accept"] = "Akzeptieren (CH)" }));
        using var _ = new UiCulture(CultureInfo.GetCultureInfo("de-CH"));

        var own = localization.Localizer.GetAllStrings(includeParentCultures: false).ToList();
        var all = localization.Localizer.GetAllStrings(includeParentCultures: true).ToList();

        own.Should().ContainSingle().Which.Value.Should().Be("Akzeptieren (CH)");
        all.Select(s => s.Name).Should().Contain(["related_news", "reading_time_one", "reading_time_other", "cookie_accept"]);
        all.Single(s => s.Name == "related_news").Value.Should().Be("Ähnliche Nachrichten");
    }

    [SatelliteFact]
    public void StockLocalizer_FromFactory_FindsThePackagesResources()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddLocalization(o => o.ResourcesPath = "AppResources")
            .BuildServiceProvider();
        var stock = provider.GetRequiredService<IStringLocalizerFactory>().Create(typeof(NewsLabels));
        using var _ = new UiCulture(CultureInfo.GetCultureInfo("yo-NG"));

        var result = stock["cookie_decline"];

        result.Value.Should().Be("Kọ");
        result.ResourceNotFound.Should().BeFalse("the stock localizer reports the parent's string as found");
        result.SearchedLocation.Should().Be(NewsLocalization.ResourceBaseName, "it does not say which culture served it; NewsLabelLocalizer does");
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("pt-BR", "pt")]
    public void GetLabel_RegionTag_IsServedByItsParent(string tag, string expected)
    {
        var label = NewsLocalization.Create().GetLabel(tag, LabelKey.RelatedNews);

        label.ServedLanguage.Should().Be(expected);
        label.IsFallback.Should().BeTrue();
    }

    [Fact]
    public void TextOptions_OfALocalization_ServeReadingAndWriting()
    {
        var localization = NewsLocalization.Create(options => options.AddLabels(new LabelSet("eo", [KeyValuePair.Create(LabelKey.RelatedNews, "Rilataj novaĵoj")])));
        var page = LocalizedPages.Article("en") with { UiLanguage = "eo", Consent = null, RelatedStories = [new StoryCard { Summary = "A related story." }] };

        var text = NewsPageText.Write(page, localization.TextOptions);
        var back = NewsPageText.Parse(text, localization.TextOptions);

        text.Should().Contain("\nRilataj novaĵoj\n");
        back.Should().Be(page);
    }

    // Issue 6 §5: under invariant globalization FormatCount asked for a culture that cannot exist, and caught the
    // CultureNotFoundException, on every call. (CI runs this suite with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 too.)
    [Theory]
    [InlineData("ar")]
    [InlineData("yo-NG")]
    [InlineData("pt-PT")]
    [InlineData("xx-Unknown")]
    public void FormatCount_AnyLanguageAndGlobalizationMode_ThrowsNoExceptionOnTheWay(string language)
    {
        var thread = Environment.CurrentManagedThreadId;
        var thrown = new List<string>();
        void Record(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                thrown.Add(e.Exception.GetType().Name + ": " + e.Exception.Message);
            }
        }

        var expected = s_default.FormatCount(language, LabelKey.ReadingTime, 7).Value; // first use loads the resources once
        AppDomain.CurrentDomain.FirstChanceException += Record;
        try
        {
            for (var i = 0; i < 50; i++)
            {
                s_default.FormatCount(language, LabelKey.ReadingTime, 7).Value.Should().Be(expected);
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
        }

        thrown.Should().BeEmpty();
        expected.Should().Contain("7");
    }

    /// <summary>Sets the current UI culture for a test, and restores it.</summary>
    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
