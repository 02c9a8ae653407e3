using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace NewsModel.WebSample.Tests;

/// <summary>
/// The sample app on Kestrel (127.0.0.1, a free port) and one headless Chromium for a test class: Debian's
/// <c>/usr/bin/chromium</c> (or <c>NEWSMODEL_CHROMIUM</c>), driven by Playwright; Playwright never downloads a browser here.
/// Without Chromium the tests skip with the reason, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("NEWSMODEL_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _app = WebSampleApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // No GPU, no QUIC, and none of Chromium's background connections: this machine's network is closed.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A new browser context (no cookies) with a page that records console errors, CSP violations and requests.</summary>
    public async Task<BrowserSession> NewSessionAsync()
    {
        if (Browser is null)
        {
            var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run installs it).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " Under CI=true the browser tests must run.");
            }

            Skip.If(true, reason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1200, Height = 1000 } });
        await context.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        return new BrowserSession(context, await context.NewPageAsync(), BaseUrl);
    }
}

/// <summary>One browser context and page, and what went wrong in it.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    internal BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                Problems.Add("external request: " + request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and warnings (CSP violations among them), page errors, requests off the site, failed responses.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The commands pushed on <c>window.dataLayer</c>, each as its arguments.</summary>
    public async Task<List<JsonElement[]>> DataLayerAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(Array.from(window.dataLayer || [], a => Array.from(a)))");
        return JsonSerializer.Deserialize<List<JsonElement[]>>(json)!;
    }

    /// <summary>The Consent Mode parameters of the page's <c>consent</c> commands of a kind (<c>default</c> or <c>update</c>).</summary>
    public async Task<List<Dictionary<string, string>>> ConsentCommandsAsync(string kind)
        => [.. (await DataLayerAsync())
            .Where(c => c.Length == 3 && c[0].GetString() == "consent" && c[1].GetString() == kind)
            .Select(c => c[2].Deserialize<Dictionary<string, string>>()!)];

    public async Task<string?> ConsentCookieAsync()
        => (await Context.CookiesAsync()).SingleOrDefault(c => c.Name == SampleHost.ConsentCookieName)?.Value;

    /// <summary>Fails when anything went wrong on the page: console errors, CSP violations, external requests.</summary>
    public async Task ShouldBeCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__csp");
        violations.Should().BeEmpty("the page violates no CSP directive");
        Problems.Should().BeEmpty();
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
