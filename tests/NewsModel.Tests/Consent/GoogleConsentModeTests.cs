using System.Text.Json;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed class GoogleConsentModeTests
{
    private const ConsentModeValue G = ConsentModeValue.Granted, D = ConsentModeValue.Denied;

    private readonly ManualClock _clock = new(Start);

    // ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage, security_storage
    public static TheoryData<string, ConsentModeValue[]> Cases => new()
    {
        { "none", [D, D, D, D, D, D, G] },
        { "accept", [G, G, G, G, G, G, G] },
        { "reject", [D, D, D, D, D, D, G] },
        { "withdraw", [D, D, D, D, D, D, G] },
        { "custom analytics+functionality", [D, D, D, G, G, D, G] },
        { "custom advertising", [G, G, D, D, D, D, G] },
        { "custom advertising+personalization", [G, G, G, D, D, G, G] },
        { "gpc, no record", [D, D, D, D, D, D, G] },
        { "gpc over accept", [D, D, D, G, G, D, G] },
        { "accept with gpc on", [G, G, G, G, G, G, G] },
        { "expired accept", [D, D, D, D, D, D, G] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FromState_EachCase_FieldByField(string @case, ConsentModeValue[] expected)
    {
        var parameters = GoogleConsentMode.FromState(State(@case));

        parameters.AdStorage.Should().Be(expected[0], "ad_storage");
        parameters.AdUserData.Should().Be(expected[1], "ad_user_data");
        parameters.AdPersonalization.Should().Be(expected[2], "ad_personalization");
        parameters.AnalyticsStorage.Should().Be(expected[3], "analytics_storage");
        parameters.FunctionalityStorage.Should().Be(expected[4], "functionality_storage");
        parameters.PersonalizationStorage.Should().Be(expected[5], "personalization_storage");
        parameters.SecurityStorage.Should().Be(expected[6], "security_storage");
    }

    [Fact]
    public void Default_DeniesEveryOptionalSignal_AndGrantsSecurity()
        => Fields(GoogleConsentMode.Default.ToScriptObject()).Should().Equal(
            ("ad_storage", "denied"), ("ad_user_data", "denied"), ("ad_personalization", "denied"), ("analytics_storage", "denied"),
            ("functionality_storage", "denied"), ("personalization_storage", "denied"), ("security_storage", "granted"));

    [Fact]
    public void ToScriptObject_ReadsBackAsTheParameters()
    {
        var parameters = GoogleConsentMode.FromState(State("custom advertising+personalization"));

        Fields(parameters.ToScriptObject()).Should().Equal(
            ("ad_storage", "granted"), ("ad_user_data", "granted"), ("ad_personalization", "granted"), ("analytics_storage", "denied"),
            ("functionality_storage", "denied"), ("personalization_storage", "granted"), ("security_storage", "granted"));
    }

    [Fact]
    public void GetScript_NoRecord_SetsTheDefaultOnly()
    {
        var script = GoogleConsentMode.GetScript(State("none"));

        script.Should().StartWith("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}\n");
        script.Should().Contain("gtag('consent','default'," + GoogleConsentMode.Default.ToScriptObject() + ");\n");
        script.Should().NotContain("'update'");
        GoogleConsentMode.GetScript(null).Should().Be(script);
    }

    [Fact]
    public void GetScript_Record_AddsTheUpdate_AndIsSafeInsideAScriptElement()
    {
        var state = State("accept");

        var script = GoogleConsentMode.GetScript(state);

        script.Should().EndWith("gtag('consent','update'," + GoogleConsentMode.FromState(state).ToScriptObject() + ");\n");
        script.IndexOf("'default'", StringComparison.Ordinal).Should().BeLessThan(script.IndexOf("'update'", StringComparison.Ordinal));
        script.Should().NotContainAny("<", ">", "&", "\"", "\\");
        script.Should().MatchRegex("^[\\x20-\\x7E\\n]+$");
    }

    private ConsentState State(string @case)
    {
        var policy = Policy(_clock);
        ConsentRecord? record = @case switch
        {
            "accept" or "gpc over accept" => policy.AcceptAll(Prompt),
            "accept with gpc on" => policy.AcceptAll(Prompt with { GlobalPrivacyControl = true }),
            "reject" => policy.RejectAll(Prompt),
            "withdraw" => policy.Withdraw(Prompt),
            "custom analytics+functionality" => policy.Customize(Prompt, [ConsentPurpose.Analytics, ConsentPurpose.Functionality]),
            "custom advertising" => policy.Customize(Prompt, [ConsentPurpose.Advertising]),
            "custom advertising+personalization" => policy.Customize(Prompt, [ConsentPurpose.Advertising, ConsentPurpose.Personalization]),
            "expired accept" => Policy(new ManualClock(Start.AddYears(-1))).AcceptAll(Prompt),
            _ => null,
        };
        return policy.Evaluate(record, globalPrivacyControl: @case.StartsWith("gpc", StringComparison.Ordinal) || @case == "accept with gpc on");
    }

    // An independent reading: the object literal as JSON.
    private static List<(string, string)> Fields(string scriptObject)
    {
        using var document = JsonDocument.Parse(scriptObject.Replace('\'', '"'));
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))];
    }
}
