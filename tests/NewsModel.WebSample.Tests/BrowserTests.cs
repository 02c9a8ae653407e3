using Microsoft.Playwright;

namespace NewsModel.WebSample.Tests;

/// <summary>The site in a real browser: headless Chromium against the app on Kestrel, one browser for the class.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Article = "/en/article/article-a-en";

    private static readonly Dictionary<string, string> s_allDenied = ConsentMode(granted: false);
    private static readonly Dictionary<string, string> s_allGranted = ConsentMode(granted: true);

    [SkippableFact]
    public async Task FirstVisit_Article_ShowsBannerWithConsentModeDefaultsOnly()
    {
        await using var session = await fixture.NewSessionAsync();

        await session.Page.GotoAsync(Article);

        var banner = session.Page.Locator("#consent-banner");
        (await banner.IsVisibleAsync()).Should().BeTrue();
        (await session.Page.Locator("#consent-title").TextContentAsync()).Should().Be(RepositoryFiles.Labels("en")["cookie_title"]);
        (await session.ConsentCookieAsync()).Should().BeNull();
        (await session.ConsentCommandsAsync("default")).Should().ContainSingle().Which.Should().BeEquivalentTo(s_allDenied);
        (await session.ConsentCommandsAsync("update")).Should().BeEmpty();
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryFiles.Screenshot("article-en-banner.png") });
        await session.ShouldBeCleanAsync();
    }

    [SkippableFact]
    public async Task Reject_Click_HidesBannerSetsCookieAndReloadKeepsTheChoice()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.Page.GotoAsync(Article);

        await ChooseAsync(session.Page, "#consent-reject");

        session.Page.Url.Should().Be(fixture.BaseUrl + Article);
        (await session.Page.Locator("#consent-banner").CountAsync()).Should().Be(0);
        var cookie = (await session.Context.CookiesAsync()).Should().ContainSingle(c => c.Name == SampleHost.ConsentCookieName).Subject;
        cookie.HttpOnly.Should().BeTrue();
        cookie.Secure.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteAttribute.Lax);
        (await session.ConsentCommandsAsync("update")).Should().ContainSingle().Which.Should().BeEquivalentTo(s_allDenied);

        await session.Page.ReloadAsync();

        (await session.Page.Locator("#consent-banner").CountAsync()).Should().Be(0);
        (await session.ConsentCookieAsync()).Should().Be(cookie.Value);
        (await session.ConsentCommandsAsync("update")).Should().ContainSingle().Which.Should().BeEquivalentTo(s_allDenied);
        await session.ShouldBeCleanAsync();
    }

    [SkippableFact]
    public async Task Accept_Click_PushesConsentModeUpdateOntoDataLayer()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.Page.GotoAsync("/sw/article/truncated-a-sw");

        await ChooseAsync(session.Page, "#consent-accept");

        (await session.Page.Locator("#consent-banner").CountAsync()).Should().Be(0);
        (await session.ConsentCookieAsync()).Should().NotBeNull();
        (await session.ConsentCommandsAsync("default")).Should().ContainSingle().Which.Should().BeEquivalentTo(s_allDenied);
        (await session.ConsentCommandsAsync("update")).Should().ContainSingle().Which.Should().BeEquivalentTo(s_allGranted);

        await session.Page.GotoAsync("/sw/");

        (await session.Page.Locator("#consent-banner").CountAsync()).Should().Be(0, "the choice holds on every page of the site");
        await session.ShouldBeCleanAsync();
    }

    [SkippableFact]
    public async Task Customize_AnalyticsChecked_GrantsOnlyAnalytics()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.Page.GotoAsync("/de/article/article-b-ru");

        await session.Page.ClickAsync("#consent-banner summary");
        await session.Page.CheckAsync("#consent-banner input[value=analytics]");
        await ChooseAsync(session.Page, "#consent-save");

        (await session.Page.Locator("#consent-banner").CountAsync()).Should().Be(0);
        var update = (await session.ConsentCommandsAsync("update")).Should().ContainSingle().Subject;
        update.Should().BeEquivalentTo(new Dictionary<string, string>(s_allDenied) { ["analytics_storage"] = "granted" });
        await session.ShouldBeCleanAsync();
    }

    [SkippableFact]
    public async Task LanguageSwitcher_Click_NavigatesToTheSameArticleInThatLanguage()
    {
        await using var session = await fixture.NewSessionAsync();
        await session.Page.GotoAsync(Article);

        await session.Page.ClickAsync("#lang-yo");

        // Polled, not waited for by load event: waiting for the new page's load event after the click timed out once in
        // CI under load, with the page already there (Playwright reported network idle).
        var patiently = new PageAssertionsToHaveURLOptions { Timeout = 30_000 };
        await Assertions.Expect(session.Page).ToHaveURLAsync(fixture.BaseUrl + "/yo/article/article-a-en", patiently);
        var labels = RepositoryFiles.Labels("yo");
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "yo", new() { Timeout = 30_000 });
        await Assertions.Expect(session.Page.Locator("#related-heading")).ToHaveTextAsync(labels["related_news"], new() { Timeout = 30_000 });
        await Assertions.Expect(session.Page.Locator("#consent-accept")).ToHaveTextAsync(labels["cookie_accept"], new() { Timeout = 30_000 });
        await session.ShouldBeCleanAsync();
    }

    [SkippableFact]
    public async Task RightToLeftLanguage_Article_IsLaidOutRightToLeftWithTheArticleLeftToRight()
    {
        await using var session = await fixture.NewSessionAsync();

        await session.Page.GotoAsync("/ar/article/article-a-en");

        (await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).direction")).Should().Be("rtl");
        (await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('article p.lead')).direction")).Should().Be("ltr");
        var brand = (await session.Page.Locator(".brand").BoundingBoxAsync())!;
        var languages = (await session.Page.Locator("nav.languages").BoundingBoxAsync())!;
        brand.X.Should().BeGreaterThan(languages.X, "the site's name starts the header on the right");
        // The Arabic heading's text ends at the heading's right edge and leaves its left empty (a Range measures the text itself).
        var gaps = await session.Page.EvaluateAsync<double[]>("""
            () => {
                const heading = document.querySelector('#related-heading');
                const range = document.createRange();
                range.selectNodeContents(heading);
                const text = range.getBoundingClientRect(), box = heading.getBoundingClientRect();
                return [box.right - text.right, text.left - box.left];
            }
            """);
        gaps[0].Should().BeLessThan(2, "the heading's text is aligned to the right");
        gaps[1].Should().BeGreaterThan(100, "the short heading leaves the left of its line empty");
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = RepositoryFiles.Screenshot("article-ar-rtl.png") });
        await session.ShouldBeCleanAsync();
    }

    // Submits one of the banner's forms: the endpoint answers 303 back to the page, which loads again without the banner.
    private static async Task ChooseAsync(IPage page, string button)
    {
        var posted = page.WaitForResponseAsync(response => response.Request.Method == "POST" && response.Url.Contains("/consent/", StringComparison.Ordinal));
        await page.ClickAsync(button);
        (await posted).Status.Should().Be(303);
        await page.Locator("#consent-banner").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static Dictionary<string, string> ConsentMode(bool granted) => new()
    {
        ["ad_storage"] = granted ? "granted" : "denied",
        ["ad_user_data"] = granted ? "granted" : "denied",
        ["ad_personalization"] = granted ? "granted" : "denied",
        ["analytics_storage"] = granted ? "granted" : "denied",
        ["functionality_storage"] = granted ? "granted" : "denied",
        ["personalization_storage"] = granted ? "granted" : "denied",
        ["security_storage"] = "granted",
    };
}
