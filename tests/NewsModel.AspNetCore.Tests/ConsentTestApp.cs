using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsModel.AspNetCore.Tests.TestSupport;
using NewsModel.Consent;

namespace NewsModel.AspNetCore.Tests;

internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>What the test app's <c>/state</c> endpoint reports about a request.</summary>
internal sealed record StateReport(string Status, bool PromptRequired, bool CanTrack, bool HasConsent, string[] Granted, string UiCulture, string Language);

/// <summary>
/// A small app on a TestServer with NewsModel's consent handling, and a client that keeps cookies as a browser would
/// (by name, from Set-Cookie), so a test can walk through banner, choice and later requests.
/// </summary>
internal sealed class ConsentTestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 8, 31, 12, 30, 15, TimeSpan.Zero);

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private readonly WebApplication _app;
    private readonly CookieKeepingClient _browser;

    private ConsentTestApp(WebApplication app, HttpClient client, ManualClock clock)
    {
        _app = app;
        _browser = new CookieKeepingClient(client);
        Clock = clock;
    }

    public HttpClient Client => _browser.Client;

    public ManualClock Clock { get; }

    public ConcurrentQueue<ConsentRecord> Recorded { get; } = new();

    /// <summary>The cookies the "browser" holds.</summary>
    public Dictionary<string, string> Cookies => _browser.Cookies;

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public List<string> LastSetCookies => _browser.LastSetCookies;

    public NewsModelConsentService Service => _app.Services.GetRequiredService<NewsModelConsentService>();

    public static async Task<ConsentTestApp> StartAsync(Action<NewsModelConsentOptions>? configure = null)
    {
        ConsentTestApp? self = null;
        var clock = new ManualClock(Start);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddNewsModelConsent(options =>
        {
            options.Policy = new ConsentPolicy { Revision = 1, TimeProvider = clock };
            options.SigningKey = new ConsentSigningKey("k1", Key);
            options.OnRecorded = (_, record) => self!.Recorded.Enqueue(record);
            configure?.Invoke(options);
        });
        builder.Services.AddNewsModelRequestLocalization();

        var app = builder.Build();
        app.UseRequestLocalization();
        app.UseNewsModelConsent();
        app.MapGet("/state", Report);
        app.MapGet("/{lang}/state", Report);
        app.MapGet("/token", (HttpContext context) => Results.Text(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!));
        app.MapPost("/grant", (HttpContext context) =>
        {
            context.Features.Get<ITrackingConsentFeature>()!.GrantConsent();
            return Results.NoContent();
        });
        app.MapNewsModelConsent();
        app.MapNewsModelConsent("/{lang}/consent");
        await app.StartAsync();

        self = new ConsentTestApp(app, app.GetTestClient(), clock);
        return self;
    }

    /// <summary>Sends the request as the "browser": with its cookies, keeping those the response sets.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _browser.SendAsync(request);

    public async Task<StateReport> GetStateAsync(string path = "/state", Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        using var response = await SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<StateReport>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
    }

    public async Task<string> GetTokenAsync()
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/token"));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form, with the antiforgery token unless <paramref name="token"/> is empty.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var form = fields.ToList();
        if (!string.IsNullOrEmpty(token))
        {
            form.Add(("__RequestVerificationToken", token));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value))) };
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> ChooseAsync(string action, params (string Name, string Value)[] fields)
        => await PostAsync("/consent/" + action, await GetTokenAsync(), fields);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult Report(HttpContext context)
    {
        var state = context.GetConsent();
        var tracking = context.Features.Get<ITrackingConsentFeature>()!;

        // One cookie the app needs and one it does not: the cookie policy keeps the second only when tracking is allowed.
        context.Response.Cookies.Append("session", "s", new CookieOptions { IsEssential = true });
        context.Response.Cookies.Append("tracker", "t", new CookieOptions { IsEssential = false });
        var service = context.RequestServices.GetRequiredService<NewsModelConsentService>();
        return Results.Json(new StateReport(
            state.Status.ToString(),
            state.PromptRequired,
            tracking.CanTrack,
            tracking.HasConsent,
            [.. state.Policy.Purposes.Where(state.IsGranted).Select(p => p.Id)],
            CultureInfo.CurrentUICulture.Name,
            service.ResolveLanguage(context)));
    }
}
