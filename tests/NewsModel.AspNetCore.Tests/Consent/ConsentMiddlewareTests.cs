using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using NewsModel.Consent;
using NewsModel.Localization;

namespace NewsModel.AspNetCore.Tests.Consent;

public sealed class ConsentMiddlewareTests
{
    private const string CookieName = NewsModelConsentOptions.DefaultCookieName;

    [Fact]
    public async Task NoCookie_ShowsTheBanner_DeniesEverything_AndDropsNonEssentialCookies()
    {
        await using var app = await ConsentTestApp.StartAsync();

        var state = await app.GetStateAsync();

        state.Status.Should().Be(nameof(ConsentRecordStatus.Missing));
        state.PromptRequired.Should().BeTrue();
        state.Granted.Should().BeEmpty();
        state.CanTrack.Should().BeFalse();
        state.HasConsent.Should().BeFalse();
        app.Cookies.Should().ContainKey("session").And.NotContainKey("tracker");
    }

    [Fact]
    public async Task Accept_SetsTheSignedCookie_SecureHttpOnlyLax_WithTheRecordsExpiry_ThenCanTrack()
    {
        await using var app = await ConsentTestApp.StartAsync();

        using var response = await app.ChooseAsync("accept");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var record = app.Recorded.Should().ContainSingle().Subject;
        record.Decision.Should().Be(ConsentDecision.AcceptAll);
        record.Language.Should().Be("en");
        var header = app.LastSetCookies.Single(h => h.StartsWith(CookieName + "=", StringComparison.Ordinal));
        var attributes = header.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        attributes.Should().Contain(["secure", "httponly", "samesite=lax", "path=/"]);
        attributes.Should().Contain("expires=" + record.ExpiresAt.ToString("r", CultureInfo.InvariantCulture).ToLowerInvariant());
        attributes.Should().NotContain(a => a.StartsWith("domain", StringComparison.Ordinal));

        // The value is the record, signed with the app's key (read with a reader of its own).
        var reader = new ConsentCookie(new ConsentPolicy { Revision = 1, TimeProvider = app.Clock }, new ConsentKeyRing(new ConsentSigningKey("k1", ConsentTestApp.Key)));
        reader.TryRead(app.Cookies[CookieName], out var read, out _).Should().BeTrue();
        read.Should().Be(record);

        var state = await app.GetStateAsync();
        state.Status.Should().Be(nameof(ConsentRecordStatus.Valid));
        state.PromptRequired.Should().BeFalse();
        state.CanTrack.Should().BeTrue();
        state.Granted.Should().BeEquivalentTo("analytics", "advertising", "personalization", "functionality");
        app.LastSetCookies.Should().Contain(h => h.StartsWith("tracker=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reject_CanTrackIsFalse_AndTheBannerStaysAway()
    {
        await using var app = await ConsentTestApp.StartAsync();

        (await app.ChooseAsync("reject")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var state = await app.GetStateAsync();

        state.CanTrack.Should().BeFalse();
        state.PromptRequired.Should().BeFalse();
        state.Granted.Should().BeEmpty();
        app.LastSetCookies.Should().NotContain(h => h.StartsWith("tracker=", StringComparison.Ordinal));
        app.Recorded.Single().Decision.Should().Be(ConsentDecision.RejectAll);
    }

    [Fact]
    public async Task Customize_GrantsTheFormsPurposes_AndIgnoresUnknownOnes()
    {
        await using var app = await ConsentTestApp.StartAsync();

        await app.ChooseAsync("customize", ("purpose", "analytics"), ("purpose", "functionality"), ("purpose", "mining"), ("purpose", "necessary"));
        var state = await app.GetStateAsync();

        state.Granted.Should().BeEquivalentTo("analytics", "functionality");
        state.CanTrack.Should().BeFalse("tracking needs every purpose by default");
        app.Recorded.Single().Choices.Should().HaveCount(4);
    }

    [Fact]
    public async Task TrackingPurposes_CanTrackFollowsThoseOnly()
    {
        await using var app = await ConsentTestApp.StartAsync(options => options.TrackingPurposes.Add(ConsentPurpose.Analytics));

        await app.ChooseAsync("customize", ("purpose", "analytics"));

        (await app.GetStateAsync()).CanTrack.Should().BeTrue();
    }

    [Fact]
    public async Task Withdraw_AfterAccept_DeniesEverythingAgain()
    {
        await using var app = await ConsentTestApp.StartAsync();
        await app.ChooseAsync("accept");

        await app.ChooseAsync("withdraw");
        var state = await app.GetStateAsync();

        state.CanTrack.Should().BeFalse();
        state.Granted.Should().BeEmpty();
        app.Recorded.Select(r => r.Decision).Should().Equal(ConsentDecision.AcceptAll, ConsentDecision.Withdrawal);
    }

    [Fact]
    public async Task GrantConsent_OnTheFrameworksFeature_RecordsAnAcceptance()
    {
        await using var app = await ConsentTestApp.StartAsync();

        (await app.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/grant"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        app.Recorded.Single().Decision.Should().Be(ConsentDecision.AcceptAll);
        (await app.GetStateAsync()).CanTrack.Should().BeTrue();
    }

    [Fact]
    public async Task GlobalPrivacyControl_DeniesAdvertisingAndPersonalization_OverAnEarlierAcceptance()
    {
        await using var app = await ConsentTestApp.StartAsync();
        await app.ChooseAsync("accept");

        var state = await app.GetStateAsync(configure: request => request.Headers.Add("Sec-GPC", "1"));

        state.Granted.Should().BeEquivalentTo("analytics", "functionality");
        state.CanTrack.Should().BeFalse();
    }

    [Fact]
    public async Task GlobalPrivacyControl_NoCookie_GrantsNothing_AndAChoiceMadeWithItIsHonoured()
    {
        await using var app = await ConsentTestApp.StartAsync();

        var before = await app.GetStateAsync(configure: request => request.Headers.Add("Sec-GPC", "1"));
        var token = await app.GetTokenAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/consent/accept")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Sec-GPC", "1");
        await app.SendAsync(post);
        var after = await app.GetStateAsync(configure: request => request.Headers.Add("Sec-GPC", "1"));

        before.PromptRequired.Should().BeTrue();
        before.Granted.Should().BeEmpty();
        app.Recorded.Single().GlobalPrivacyControl.Should().BeTrue();
        after.Granted.Should().Contain("advertising");
        after.CanTrack.Should().BeTrue();
    }

    public static TheoryData<string> Forgeries => ["yes", "1.AAAA", "1.AAAA.k1.AAAA", "true"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ForgedCookies_AreIgnored(string value)
    {
        await using var app = await ConsentTestApp.StartAsync();
        app.Cookies[CookieName] = value;
        app.Cookies[".AspNet.Consent"] = "yes";

        var state = await app.GetStateAsync();

        state.Status.Should().NotBe(nameof(ConsentRecordStatus.Valid));
        state.CanTrack.Should().BeFalse();
        state.PromptRequired.Should().BeTrue();
        app.LastSetCookies.Should().NotContain(h => h.StartsWith("tracker=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TamperedCookie_IsIgnored_WithItsReason()
    {
        await using var app = await ConsentTestApp.StartAsync();
        await app.ChooseAsync("reject");
        var value = app.Cookies[CookieName];
        var at = value.IndexOf('.', StringComparison.Ordinal) + 20;
        app.Cookies[CookieName] = value[..at] + (value[at] == 'A' ? 'B' : 'A') + value[(at + 1)..];

        var state = await app.GetStateAsync();

        state.Status.Should().Be(nameof(ConsentRecordStatus.BadSignature));
        state.PromptRequired.Should().BeTrue();
        state.CanTrack.Should().BeFalse();
    }

    [Fact]
    public async Task ExpiredCookie_AsksAgain()
    {
        await using var app = await ConsentTestApp.StartAsync();
        await app.ChooseAsync("accept");

        app.Clock.Now = app.Recorded.Single().ExpiresAt;
        var state = await app.GetStateAsync();

        state.Status.Should().Be(nameof(ConsentRecordStatus.Expired));
        state.PromptRequired.Should().BeTrue();
        state.CanTrack.Should().BeFalse();
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("reject")]
    [InlineData("customize")]
    [InlineData("withdraw")]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused_AndRecordsNothing(string action)
    {
        await using var app = await ConsentTestApp.StartAsync();
        await app.GetTokenAsync(); // the antiforgery cookie is there; the form lacks the token

        using var withoutToken = await app.PostAsync("/consent/" + action, token: null);
        using var wrongToken = await app.PostAsync("/consent/" + action, token: "CfDJ8forged");

        withoutToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        wrongToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        app.Recorded.Should().BeEmpty();
        app.Cookies.Should().NotContainKey(CookieName);
    }

    [Fact]
    public async Task Post_TokenWithoutItsCookie_IsRefused()
    {
        await using var app = await ConsentTestApp.StartAsync();
        var token = await app.GetTokenAsync();
        app.Cookies.Clear();

        using var response = await app.PostAsync("/consent/accept", token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        app.Recorded.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/yo/news?id=1", HttpStatusCode.SeeOther, "/yo/news?id=1")]
    [InlineData("/", HttpStatusCode.SeeOther, "/")]
    [InlineData("//evil.example/", HttpStatusCode.NoContent, null)]
    [InlineData("/\\evil.example/", HttpStatusCode.NoContent, null)]
    [InlineData("https://evil.example/", HttpStatusCode.NoContent, null)]
    [InlineData("javascript:alert(1)", HttpStatusCode.NoContent, null)]
    [InlineData("/a\r\nSet-Cookie: x=y", HttpStatusCode.NoContent, null)]
    public async Task ReturnUrl_RedirectsOnlyWithinTheSite(string returnUrl, HttpStatusCode expected, string? location)
    {
        await using var app = await ConsentTestApp.StartAsync();

        using var response = await app.ChooseAsync("accept", ("returnUrl", returnUrl));

        response.StatusCode.Should().Be(expected);
        response.Headers.Location?.OriginalString.Should().Be(location);
        app.Recorded.Should().ContainSingle();
    }

    [Fact]
    public async Task LanguagePrefixedEndpoint_RecordsTheLanguage_AndTheHashOfThatLanguagesNotice()
    {
        await using var app = await ConsentTestApp.StartAsync();
        var catalog = LabelCatalog.Default;
        var french = new ConsentNotice
        {
            Title = catalog.GetLabel("fr", LabelKey.CookieTitle)!,
            Message = catalog.GetLabel("fr", LabelKey.CookieMessage),
            Actions = [new ConsentAction(ConsentActionKind.Decline, catalog.GetLabel("fr", LabelKey.CookieDecline)!), new ConsentAction(ConsentActionKind.Accept, catalog.GetLabel("fr", LabelKey.CookieAccept)!)],
        };

        using var response = await app.PostAsync("/fr-CA/consent/reject", await app.GetTokenAsync());

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var record = app.Recorded.Single();
        record.Language.Should().Be("fr");
        record.NoticeHash.Should().Be(ConsentPrompt.HashNotice(french));
        record.NoticeHash.Should().NotBe(ConsentPrompt.HashNotice(app.Service.GetNotice("en")));
    }

    [Fact]
    public async Task FormLanguage_WinsOverTheRoute()
    {
        await using var app = await ConsentTestApp.StartAsync();

        await app.ChooseAsync("accept", ("language", "yo"));

        app.Recorded.Single().Language.Should().Be("yo");
    }

    [Fact]
    public async Task Options_WithoutASigningKey_FailAtStartup()
    {
        var act = async () => await ConsentTestApp.StartAsync(options => options.SigningKey = null);

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("SigningKey");
    }

    [Fact]
    public async Task Options_TrackingPurposeOutsideThePolicy_FailsAtStartup()
    {
        var weather = ConsentPurpose.Create("weather", []);

        var act = async () => await ConsentTestApp.StartAsync(options => options.TrackingPurposes.Add(weather));

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("weather");
    }
}
