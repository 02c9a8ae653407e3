using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsModel.Consent;

namespace NewsModel.WebSample.Tests;

/// <summary>The cookie banner, driven by NewsModel.AspNetCore's middleware and endpoints, through the page's own forms.</summary>
public sealed class ConsentTests : IAsyncLifetime
{
    private const string DefaultCommand = "gtag('consent','default',{'ad_storage':'denied','ad_user_data':'denied','ad_personalization':'denied','analytics_storage':'denied','functionality_storage':'denied','personalization_storage':'denied','security_storage':'granted'});";
    private const string Page = "/yo/article/article-a-en";

    private SampleHost _host = null!;

    public async Task InitializeAsync() => _host = await SampleHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstVisit_NoCookie_ShowsBannerAndOnlyConsentModeDefaults()
    {
        var document = await _host.GetDocumentAsync(Page);

        document.QuerySelector("#consent-banner").Should().NotBeNull();
        var script = ConsentModeScript(document);
        script.Should().Contain(DefaultCommand).And.NotContain("'update'");
    }

    [Fact]
    public async Task Accept_BannerForm_SetsSignedCookieRecordsTheNoticeShownAndHidesBanner()
    {
        var banner = await _host.GetDocumentAsync(Page);

        using var response = await _host.SubmitAsync(Form(banner, "accept"));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be(Page);
        var setCookie = _host.LastSetCookies.Should().ContainSingle(c => c.StartsWith(SampleHost.ConsentCookieName + "=", StringComparison.Ordinal)).Subject.ToLowerInvariant();
        setCookie.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax").And.Contain("path=/");
        _host.Consent.Cookie.TryRead(_host.Cookies[SampleHost.ConsentCookieName], out var record, out var status).Should().BeTrue(status.ToString());
        record!.Decision.Should().Be(ConsentDecision.AcceptAll);
        record.Language.Should().Be("yo");

        // The hash is of the notice the page showed, rebuilt here from the Yoruba label file.
        var labels = RepositoryFiles.Labels("yo");
        var shown = new ConsentNotice
        {
            Title = labels["cookie_title"],
            Message = labels["cookie_message"],
            Actions = [new ConsentAction(ConsentActionKind.Decline, labels["cookie_decline"]), new ConsentAction(ConsentActionKind.Accept, labels["cookie_accept"])],
        };
        record.NoticeHash.Should().Be(ConsentPrompt.ForNotice(shown, "yo").NoticeHash);

        var after = await _host.GetDocumentAsync(Page);
        after.QuerySelector("#consent-banner").Should().BeNull();
        ConsentModeScript(after).Should().Contain(DefaultCommand).And.Contain(
            "gtag('consent','update',{'ad_storage':'granted','ad_user_data':'granted','ad_personalization':'granted','analytics_storage':'granted','functionality_storage':'granted','personalization_storage':'granted','security_storage':'granted'});");
    }

    [Fact]
    public async Task Reject_BannerForm_DeniesEveryOptionalSignalAndHidesBanner()
    {
        using var response = await _host.SubmitAsync(Form(await _host.GetDocumentAsync(Page), "reject"));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var after = await _host.GetDocumentAsync(Page);
        after.QuerySelector("#consent-banner").Should().BeNull();
        ConsentModeScript(after).Should().Contain(
            "gtag('consent','update',{'ad_storage':'denied','ad_user_data':'denied','ad_personalization':'denied','analytics_storage':'denied','functionality_storage':'denied','personalization_storage':'denied','security_storage':'granted'});");
    }

    [Fact]
    public async Task Customize_AnalyticsOnly_GrantsAnalyticsAndNothingElse()
    {
        var document = await _host.GetDocumentAsync(Page);

        using var response = await _host.SubmitAsync(Form(document, "customize"), ("purpose", "analytics"));

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var after = await _host.GetDocumentAsync(Page);
        ConsentModeScript(after).Should().Contain("'update',{'ad_storage':'denied','ad_user_data':'denied','ad_personalization':'denied','analytics_storage':'granted','functionality_storage':'denied',");
        after.QuerySelectorAll<IHtmlInputElement>("#consent-settings input[name=purpose]").Where(i => i.IsChecked && !i.IsDisabled).Select(i => i.Value).Should().Equal("analytics");
    }

    [Fact]
    public async Task Accept_WithoutAntiforgeryToken_Returns400AndSetsNoConsentCookie()
    {
        await _host.GetDocumentAsync(Page);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/consent/accept") { Content = new FormUrlEncodedContent([KeyValuePair.Create("returnUrl", Page)]) };

        using var response = await _host.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _host.Cookies.Should().NotContainKey(SampleHost.ConsentCookieName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public async Task TamperedCookie_OneCharacterChanged_IsIgnoredAndBannerShownAgain(int position)
    {
        await _host.SubmitAsync(Form(await _host.GetDocumentAsync(Page), "accept"));
        var value = _host.Cookies[SampleHost.ConsentCookieName].ToCharArray();
        var index = position < 0 ? value.Length + position : value.IndexOf('.') + 1 + position;
        value[index] = value[index] == 'A' ? 'B' : 'A';
        _host.Cookies[SampleHost.ConsentCookieName] = new string(value);

        var document = await _host.GetDocumentAsync(Page);

        document.QuerySelector("#consent-banner").Should().NotBeNull();
        ConsentModeScript(document).Should().NotContain("'update'");
    }

    [Fact]
    public async Task GlobalPrivacyControl_FirstVisit_BannerNotesTheSignalAndNothingIsGranted()
    {
        var document = await _host.GetDocumentAsync(Page, r => r.Headers.Add("Sec-GPC", "1"));

        document.QuerySelector("#consent-banner")!.GetAttribute("data-gpc").Should().Be("1");
        ConsentModeScript(document).Should().Contain(DefaultCommand).And.NotContain("'update'");
    }

    [Fact]
    public async Task GlobalPrivacyControl_AfterAcceptWithoutSignal_DeniesAdvertisingAndPersonalizationOnly()
    {
        await _host.SubmitAsync(Form(await _host.GetDocumentAsync(Page), "accept"));

        var document = await _host.GetDocumentAsync(Page, r => r.Headers.Add("Sec-GPC", "1"));

        ConsentModeScript(document).Should().Contain(
            "gtag('consent','update',{'ad_storage':'denied','ad_user_data':'denied','ad_personalization':'denied','analytics_storage':'granted','functionality_storage':'granted','personalization_storage':'denied','security_storage':'granted'});");
    }

    [Fact]
    public async Task GlobalPrivacyControl_AcceptWithSignalOn_GrantsWhatTheUserChose()
    {
        var banner = await _host.GetDocumentAsync(Page, r => r.Headers.Add("Sec-GPC", "1"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/consent/accept")
        {
            Content = new FormUrlEncodedContent(Form(banner, "accept").QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => KeyValuePair.Create(i.Name!, i.Value))),
        };
        request.Headers.Add("Sec-GPC", "1");
        (await _host.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.SeeOther);

        var document = await _host.GetDocumentAsync(Page, r => r.Headers.Add("Sec-GPC", "1"));

        ConsentModeScript(document).Should().Contain("gtag('consent','update',{'ad_storage':'granted',");
    }

    private static IHtmlFormElement Form(IHtmlDocument document, string action)
        => document.QuerySelector<IHtmlFormElement>($"form[action='/consent/{action}']") ?? throw new InvalidOperationException("No form for " + action);

    private static string ConsentModeScript(IHtmlDocument document) => document.QuerySelector("script#consent-mode")!.TextContent;
}
