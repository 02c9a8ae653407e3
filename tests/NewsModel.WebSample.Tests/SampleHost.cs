using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsModel.AspNetCore;
using NewsModel.AspNetCore.Tests.TestSupport;

namespace NewsModel.WebSample.Tests;

/// <summary>
/// The sample app on a TestServer (in process), and a client that keeps cookies as a browser would (by name, from
/// Set-Cookie), so that a test can walk through banner, choice and later requests.
/// </summary>
internal sealed class SampleHost : IAsyncDisposable
{
    public const string ConsentCookieName = NewsModelConsentOptions.DefaultCookieName;

    private static readonly HtmlParser s_parser = new();

    private readonly WebApplication _app;
    private readonly CookieKeepingClient _browser;

    private SampleHost(WebApplication app)
    {
        _app = app;
        _browser = new CookieKeepingClient(app.GetTestClient());
    }

    public HttpClient Client => _browser.Client;

    /// <summary>The cookies the "browser" holds.</summary>
    public Dictionary<string, string> Cookies => _browser.Cookies;

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public List<string> LastSetCookies => _browser.LastSetCookies;

    public NewsModelConsentService Consent => _app.Services.GetRequiredService<NewsModelConsentService>();

    public static async Task<SampleHost> StartAsync()
    {
        var app = WebSampleApp.Create([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Configuration[WebSampleApp.SigningKeyConfigurationKey] = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
        });
        await app.StartAsync();
        return new SampleHost(app);
    }

    /// <summary>Sends the request as the "browser": with its cookies, keeping those the response sets.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _browser.SendAsync(request);

    public async Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        return await SendAsync(request);
    }

    /// <summary>Gets a page (200 expected) and parses it as a browser would.</summary>
    public async Task<IHtmlDocument> GetDocumentAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var response = await GetAsync(path, configure);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "GET {0}", path);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        return await s_parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Submits one of the page's forms (its own hidden fields: antiforgery token, return URL, language), with extra fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, params (string Name, string Value)[] extra)
    {
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => (i.Name!, i.Value)).Concat(extra);
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action"))
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))),
        };
        return await SendAsync(request);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
