using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NewsModel.AspNetCore.Tests.Localization;

public sealed class RouteLanguageCultureProviderTests
{
    [Theory]
    [InlineData("/yo/news/1", "yo")]
    [InlineData("/pt-BR/", "pt")]
    [InlineData("/zh-TW/news", "zh-Hant")]
    [InlineData("/zh-CN", "zh-Hans")]
    [InlineData("/fr-CA/a", "fr")]
    [InlineData("/xx/news", null)]
    [InlineData("/news/yo", null)]
    [InlineData("/", null)]
    [InlineData("", null)]
    [InlineData("/y%o/", null)]
    [InlineData("/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/", null)]
    public void GetLanguage_FirstPathSegment_ResolvesAlongTheCatalogsFallback(string path, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;

        new RouteLanguageCultureProvider().GetLanguage(context).Should().Be(expected);
    }

    [Fact]
    public void GetLanguage_RouteValue_WinsOverThePath()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/yo/";
        context.Request.RouteValues["lang"] = "de-AT";

        new RouteLanguageCultureProvider().GetLanguage(context).Should().Be("de");
    }

    [SkippableTheory]
    [InlineData("/yo/state", "yo")]
    [InlineData("/pt-BR/state", "pt")]
    [InlineData("/ru/state", "ru")]
    [InlineData("/state", "en")]
    public async Task Request_RouteLanguage_SetsTheRequestCulture(string path, string culture)
    {
        Skip.IfNot(PlatformKnows(culture), $"this platform's globalization data has no '{culture}' culture (invariant globalization); the route language is tested below");
        await using var app = await ConsentTestApp.StartAsync();

        var state = await app.GetStateAsync(path);

        state.UiCulture.Should().Be(culture);
        state.Language.Should().Be(culture);
    }

    [Theory]
    [InlineData("/yo/state", "yo")]
    [InlineData("/zh-TW/state", "zh-Hant")]
    [InlineData("/state", "en")]
    public async Task Request_RouteLanguage_IsTheConsentLanguage_InEveryGlobalizationMode(string path, string language)
    {
        await using var app = await ConsentTestApp.StartAsync();

        (await app.GetStateAsync(path)).Language.Should().Be(language);
    }

    private static bool PlatformKnows(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name == culture;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
