using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsModel.WebSample.Tests;

/// <summary>The Content Security Policy: a fresh nonce per response, on every inline script and style, and nothing from elsewhere.</summary>
public sealed partial class SecurityTests : IAsyncLifetime
{
    private SampleHost _host = null!;

    public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/en/")]
    [InlineData("/ar/article/article-a-en")]
    [InlineData("/zh-Hant/article/truncated-a-sw")]
    public async Task AnyPage_CspHeader_NonceMatchesEveryScriptAndStyleAndNothingIsExternal(string path)
    {
        using var response = await _host.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Subject;
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        directives["default-src"].Should().Equal("'none'");
        var scriptSources = directives["script-src"];
        scriptSources.Should().ContainSingle().Which.Should().MatchRegex("^'nonce-[A-Za-z0-9+/]{22,}={0,2}'$");
        var nonce = scriptSources[0]["'nonce-".Length..^1];
        directives["style-src"].Should().Equal($"'nonce-{nonce}'");
        directives["form-action"].Should().Equal("'self'");
        directives.Should().NotContainKey("unsafe-inline");
        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");

        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var inline = document.QuerySelectorAll("script, style");
        inline.Should().NotBeEmpty();
        inline.Should().AllSatisfy(element => element.GetAttribute("nonce").Should().Be(nonce));
        document.QuerySelectorAll("script[src], link[rel=stylesheet], img, iframe").Should().BeEmpty();
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "style").Should().BeEmpty("inline handlers and style attributes would need 'unsafe-inline'");
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "action")
            .Select(a => a.Value).Should().AllSatisfy(url => External().IsMatch(url).Should().BeFalse("{0} is on this site", url));
    }

    [Fact]
    public async Task TwoResponses_CspNonces_Differ()
    {
        using var first = await _host.GetAsync("/en/");
        using var second = await _host.GetAsync("/en/");

        first.Headers.GetValues("Content-Security-Policy").Single().Should().NotBe(second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [GeneratedRegex("^(?:[a-z][a-z0-9+.-]*:|//)(?!,)", RegexOptions.IgnoreCase)]
    private static partial Regex External();
}
