using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed class ConsentPolicyTests
{
    private readonly ManualClock _clock = new(Start);

    [Fact]
    public void AcceptAll_GrantsEveryPolicyPurpose_WithTheRecordsFacts()
    {
        var policy = Policy(_clock);

        var record = policy.AcceptAll(Prompt);

        record.Decision.Should().Be(ConsentDecision.AcceptAll);
        record.Choices.Select(c => (c.PurposeId, c.Choice)).Should().Equal(
            ("advertising", ConsentChoice.Granted), ("analytics", ConsentChoice.Granted),
            ("functionality", ConsentChoice.Granted), ("personalization", ConsentChoice.Granted));
        record.CreatedAt.Should().Be(Start);
        record.PolicyRevision.Should().Be(3);
        record.Language.Should().Be("en");
        record.NoticeHash.Should().Be(Prompt.NoticeHash).And.HaveLength(64);
        record.GlobalPrivacyControl.Should().BeFalse();
    }

    [Fact]
    public void RejectAll_HasTheSameShapeAsAcceptAll_AndDeniesEveryPurpose()
    {
        var policy = Policy(_clock);
        Func<ConsentPrompt, ConsentRecord> accept = policy.AcceptAll, reject = policy.RejectAll, withdraw = policy.Withdraw;

        var rejected = reject(Prompt);
        var withdrawn = withdraw(Prompt);

        accept.Method.GetParameters().Select(p => p.ParameterType).Should().Equal(reject.Method.GetParameters().Select(p => p.ParameterType));
        rejected.Decision.Should().Be(ConsentDecision.RejectAll);
        withdrawn.Decision.Should().Be(ConsentDecision.Withdrawal);
        foreach (var record in new[] { rejected, withdrawn })
        {
            record.Choices.Should().HaveCount(4).And.OnlyContain(c => c.Choice == ConsentChoice.Denied);
            policy.Purposes.Should().OnlyContain(p => !record.IsGranted(p));
            record.IsGranted(ConsentPurpose.StrictlyNecessary).Should().BeTrue();
        }
    }

    [Fact]
    public void Customize_GrantsExactlyTheChosen_AndDeniesTheRest()
    {
        var policy = Policy(_clock);

        var record = policy.Customize(Prompt, [ConsentPurpose.Analytics, ConsentPurpose.StrictlyNecessary]);

        record.Decision.Should().Be(ConsentDecision.Custom);
        record.GetChoice(ConsentPurpose.Analytics).Should().Be(ConsentChoice.Granted);
        record.GetChoice(ConsentPurpose.Advertising).Should().Be(ConsentChoice.Denied);
        record.GetChoice(ConsentPurpose.Personalization).Should().Be(ConsentChoice.Denied);
        record.GetChoice(ConsentPurpose.Functionality).Should().Be(ConsentChoice.Denied);
        record.GetChoice("weather").Should().Be(ConsentChoice.NotAsked);
    }

    [Fact]
    public void Customize_PurposeOutsideThePolicy_Throws()
    {
        var policy = Policy(_clock, purposes: [ConsentPurpose.Analytics]);

        var act = () => policy.Customize(Prompt, [ConsentPurpose.Advertising]);

        act.Should().Throw<ArgumentException>().WithMessage("*advertising*");
    }

    [Fact]
    public void FromPrivacySignal_DeniesAdvertisingAndPersonalization_AndGrantsNothing()
    {
        var record = Policy(_clock).FromPrivacySignal("de");

        record.Decision.Should().Be(ConsentDecision.PrivacySignal);
        record.GlobalPrivacyControl.Should().BeTrue();
        record.NoticeHash.Should().BeNull();
        record.Choices.Select(c => (c.PurposeId, c.Choice)).Should().Equal(("advertising", ConsentChoice.Denied), ("personalization", ConsentChoice.Denied));
        record.GetChoice(ConsentPurpose.Analytics).Should().Be(ConsentChoice.NotAsked);
    }

    [Fact]
    public void NewRecords_HaveDistinctVersion4Ids()
    {
        var policy = Policy(_clock);

        var ids = Enumerable.Range(0, 1000).Select(_ => policy.AcceptAll(Prompt).Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => id.Version == 4 && (id.Variant & 0xC) == 0x8);
    }

    [Theory]
    [InlineData("2025-08-31T12:30:15Z", "2026-02-28T12:30:15Z")] // no 31 February: the month's last day
    [InlineData("2024-01-15T00:00:00Z", "2024-07-15T00:00:00Z")]
    [InlineData("2023-09-30T23:59:59Z", "2024-03-30T23:59:59Z")]
    public void GetExpiry_Default_IsSixCalendarMonths(string created, string expected)
    {
        var policy = Policy(_clock);

        policy.GetExpiry(DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Records_ExpireAfterTheConfiguredLifetime_ToTheSecond()
    {
        var policy = Policy(_clock, lifetime: TimeSpan.FromHours(2));

        var record = policy.AcceptAll(Prompt);

        record.ExpiresAt.Should().Be(Start.AddHours(2));
        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        policy.Check(record).Should().Be(ConsentRecordStatus.Valid);
        _clock.Advance(TimeSpan.FromSeconds(1));
        policy.Check(record).Should().Be(ConsentRecordStatus.Expired);
    }

    [Fact]
    public void Check_ShorterLifetimeThanTheRecords_ExpiresAtThePolicys()
    {
        var record = Policy(_clock).AcceptAll(Prompt); // six months
        var shorter = Policy(_clock, lifetime: TimeSpan.FromDays(1));

        _clock.Advance(TimeSpan.FromDays(1));

        shorter.Check(record).Should().Be(ConsentRecordStatus.Expired);
        Policy(_clock).Check(record).Should().Be(ConsentRecordStatus.Valid);
    }

    [Fact]
    public void Check_FutureDated_BeyondTheClockSkew_IsRefused()
    {
        var record = Policy(_clock).AcceptAll(Prompt);
        var policy = Policy(_clock);

        _clock.Now = Start - ConsentPolicy.DefaultClockSkew;
        policy.Check(record).Should().Be(ConsentRecordStatus.Valid);
        _clock.Now = Start - ConsentPolicy.DefaultClockSkew - TimeSpan.FromSeconds(1);
        policy.Check(record).Should().Be(ConsentRecordStatus.FutureDated);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Check_OtherRevision_IsAMismatch(int revision)
        => Policy(_clock, revision).Check(Policy(_clock).AcceptAll(Prompt)).Should().Be(ConsentRecordStatus.PolicyRevisionMismatch);

    public static TheoryData<string> ProtectiveCases => ["none", "expired", "revision", "future"];

    [Theory]
    [MemberData(nameof(ProtectiveCases))]
    public void Evaluate_NoCountingRecord_DeniesEveryOptionalPurpose_AndPrompts(string @case)
    {
        var accepted = Policy(_clock).AcceptAll(Prompt);
        var policy = Policy(_clock, revision: @case == "revision" ? 4 : 3);
        _clock.Now = @case switch
        {
            "expired" => accepted.ExpiresAt,
            "future" => Start - TimeSpan.FromHours(1),
            _ => Start,
        };

        var state = policy.Evaluate(@case == "none" ? null : accepted, globalPrivacyControl: false);

        state.Record.Should().BeNull();
        state.PromptRequired.Should().BeTrue();
        state.Status.Should().Be(@case switch
        {
            "none" => ConsentRecordStatus.Missing,
            "expired" => ConsentRecordStatus.Expired,
            "revision" => ConsentRecordStatus.PolicyRevisionMismatch,
            _ => ConsentRecordStatus.FutureDated,
        });
        policy.Purposes.Should().OnlyContain(p => !state.IsGranted(p));
        state.IsGranted(ConsentPurpose.StrictlyNecessary).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_CurrentAnswer_NeedsNoPrompt_AndReportsItsChoices()
    {
        var policy = Policy(_clock);
        var record = policy.Customize(Prompt, [ConsentPurpose.Functionality]);

        var state = policy.Evaluate(record, globalPrivacyControl: false);

        state.Status.Should().Be(ConsentRecordStatus.Valid);
        state.PromptRequired.Should().BeFalse();
        state.IsGranted(ConsentPurpose.Functionality).Should().BeTrue();
        state.IsGranted(ConsentPurpose.Analytics).Should().BeFalse();
        state.AreAllGranted().Should().BeFalse();
        policy.Evaluate(policy.AcceptAll(Prompt), false).AreAllGranted().Should().BeTrue();
    }

    [Fact]
    public void Evaluate_PolicyAddsAPurpose_PromptsAgain()
    {
        var record = Policy(_clock, purposes: [ConsentPurpose.Analytics]).AcceptAll(Prompt);

        var state = Policy(_clock).Evaluate(record, false);

        state.PromptRequired.Should().BeTrue();
        state.IsGranted(ConsentPurpose.Analytics).Should().BeTrue();
        state.IsGranted(ConsentPurpose.Advertising).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_PrivacySignal_OverridesAGrantMadeWithoutIt()
    {
        var policy = Policy(_clock);
        var accepted = policy.AcceptAll(Prompt);

        var state = policy.Evaluate(accepted, globalPrivacyControl: true);

        state.IsGranted(ConsentPurpose.Advertising).Should().BeFalse();
        state.IsGranted(ConsentPurpose.Personalization).Should().BeFalse();
        state.IsGranted(ConsentPurpose.Analytics).Should().BeTrue();
        state.PromptRequired.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_PrivacySignal_HonoursAChoiceMadeWithTheSignalOn()
    {
        var policy = Policy(_clock);
        var accepted = policy.AcceptAll(Prompt with { GlobalPrivacyControl = true });

        var state = policy.Evaluate(accepted, globalPrivacyControl: true);

        state.IsGranted(ConsentPurpose.Advertising).Should().BeTrue();
        accepted.GlobalPrivacyControl.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_PrivacySignalAlone_GrantsNothing_AndStillPrompts()
    {
        var policy = Policy(_clock);

        foreach (var state in new[] { policy.Evaluate(null, true), policy.Evaluate(policy.FromPrivacySignal("en"), true) })
        {
            state.PromptRequired.Should().BeTrue();
            policy.Purposes.Should().OnlyContain(p => !state.IsGranted(p));
            state.GetChoice(ConsentPurpose.Advertising).Should().Be(ConsentChoice.Denied);
        }
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData(" 1 ", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("1, 1", false)]
    [InlineData("true", false)]
    public void GlobalPrivacyControl_IsEnabled_OnlyForOne(string? header, bool expected)
        => GlobalPrivacyControl.IsEnabled(header).Should().Be(expected);

    [Fact]
    public void Purposes_Invalid_Throw()
    {
        var duplicate = () => new ConsentPolicy { Revision = 1, Purposes = [ConsentPurpose.Analytics, ConsentPurpose.Analytics] };
        var essential = () => new ConsentPolicy { Revision = 1, Purposes = [ConsentPurpose.StrictlyNecessary] };
        var revision = () => new ConsentPolicy { Revision = 0 };
        var lifetime = () => new ConsentPolicy { Revision = 1, Lifetime = TimeSpan.FromDays(401) };

        duplicate.Should().Throw<ArgumentException>();
        essential.Should().Throw<ArgumentException>();
        revision.Should().Throw<ArgumentOutOfRangeException>();
        lifetime.Should().Throw<ArgumentOutOfRangeException>();
    }
}
