using System.Text.RegularExpressions;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed partial class ConsentCookieTests
{
    private readonly ManualClock _clock = new(Start);

    private ConsentCookie Signed(ConsentPolicy? policy = null) => new(policy ?? Policy(_clock), Ring());

    public static TheoryData<bool> SignedAndUnsigned => [true, false];

    [Theory]
    [MemberData(nameof(SignedAndUnsigned))]
    public void WriteThenTryRead_EveryDecisionAndChoiceCombination_RoundTrips(bool withKeys)
    {
        var policy = Policy(_clock);
        var cookie = withKeys ? Signed(policy) : new ConsentCookie(policy);
        var purposes = ConsentPurpose.Standard;
        var count = 0;
        foreach (var decision in Enum.GetValues<ConsentDecision>())
        {
            for (var combination = 0; combination < 81; combination++)
            {
                foreach (var (hash, gpc) in new[] { (Prompt.NoticeHash, false), (null, true) })
                {
                    var choices = purposes.Select((p, i) => new ConsentPurposeChoice { PurposeId = p.Id, Choice = (ConsentChoice)(combination / (int)Math.Pow(3, i) % 3) });
                    var record = policy.AcceptAll(Prompt) with { Decision = decision, NoticeHash = hash, GlobalPrivacyControl = gpc, Choices = [.. choices] };

                    var value = cookie.Write(record);

                    cookie.TryRead(value, out var read, out var status).Should().BeTrue($"{value} ({status})");
                    read.Should().Be(record);
                    status.Should().Be(ConsentRecordStatus.Valid);
                    count++;
                }
            }
        }

        count.Should().Be(5 * 81 * 2);
    }

    [Fact]
    public void Write_IsByteForByteTheSpecifiedFormat_CheckedAgainstAnIndependentEncoder()
    {
        var fields = new CookieOracle.Fields();
        var record = new ConsentRecord
        {
            Id = new Guid(fields.Id, bigEndian: true),
            Decision = ConsentDecision.Custom,
            CreatedAt = Start,
            ExpiresAt = Start.AddDays(1),
            PolicyRevision = 3,
            Language = "en",
            NoticeHash = Convert.ToHexString(fields.Hash),
            Choices = [new() { PurposeId = "analytics", Choice = ConsentChoice.Granted }, new() { PurposeId = "advertising", Choice = ConsentChoice.Denied }],
        };
        var payload = CookieOracle.Payload(fields);

        Signed().Write(record).Should().Be(CookieOracle.SignedValue(payload, "a", KeyA));
        new ConsentCookie(Policy(_clock)).Write(record).Should().Be(CookieOracle.UnsignedValue(payload));
        new ConsentCookie(Policy(_clock)).Write(record with { GlobalPrivacyControl = true, NoticeHash = null })
            .Should().Be(CookieOracle.UnsignedValue(CookieOracle.Payload(fields with { Flags = 1 })));
    }

    [Fact]
    public void TryRead_OracleValue_GivesItsFields()
    {
        var fields = new CookieOracle.Fields { Decision = 5, Flags = 1, Language = "zh-Hant", Choices = [("a-b", 2), ("a_b", 1), ("weather", 2)] };

        Signed().TryRead(CookieOracle.SignedValue(CookieOracle.Payload(fields), "a", KeyA), out var record, out _).Should().BeTrue();

        record!.Id.Should().Be(new Guid(fields.Id, bigEndian: true));
        record.Decision.Should().Be(ConsentDecision.PrivacySignal);
        record.GlobalPrivacyControl.Should().BeTrue();
        record.NoticeHash.Should().BeNull();
        record.CreatedAt.Should().Be(Start);
        record.ExpiresAt.Should().Be(Start.AddDays(1));
        record.Language.Should().Be("zh-Hant");
        record.Choices.Select(c => (c.PurposeId, c.Choice)).Should().Equal(("a-b", ConsentChoice.Granted), ("a_b", ConsentChoice.Denied), ("weather", ConsentChoice.Granted));
    }

    public static TheoryData<string?, ConsentRecordStatus> FormErrors => new()
    {
        { null, ConsentRecordStatus.Missing },
        { "", ConsentRecordStatus.Missing },
        { new string('A', ConsentCookie.MaxLength + 1), ConsentRecordStatus.TooLong },
        { "1." + new string('A', ConsentCookie.MaxLength), ConsentRecordStatus.TooLong },
        { "hello world", ConsentRecordStatus.Malformed },
        { "1.AAAA AAAA", ConsentRecordStatus.Malformed },
        { "1.AAAA=", ConsentRecordStatus.Malformed },
        { "1.AA+/", ConsentRecordStatus.Malformed },
        { "1.é", ConsentRecordStatus.Malformed },
        { "1", ConsentRecordStatus.Malformed },
        { "1.", ConsentRecordStatus.Malformed },
        { ".AAAA", ConsentRecordStatus.Malformed },
        { "v1.AAAA", ConsentRecordStatus.Malformed },
        { "1.AAAA.a", ConsentRecordStatus.Malformed },
        { "1.AAAA.a.", ConsentRecordStatus.Malformed },
        { "1.AAAA..AAAA", ConsentRecordStatus.Malformed },
        { "1.AAAA.a.AAAA.AAAA", ConsentRecordStatus.Malformed },
        { "1..a.AAAA", ConsentRecordStatus.Malformed },
        { "1.AAAA.abcdefghijklmnopq.AAAA", ConsentRecordStatus.Malformed },
        { "2.AAAA", ConsentRecordStatus.UnsupportedVersion },
        { "0.AAAA", ConsentRecordStatus.UnsupportedVersion },
        { "10.AAAA", ConsentRecordStatus.UnsupportedVersion },
        { "99999999999999999999.AAAA", ConsentRecordStatus.UnsupportedVersion },
        { "1.A", ConsentRecordStatus.InvalidEncoding },
        { "1.AB", ConsentRecordStatus.InvalidEncoding }, // the unused low bits of 'B' are not zero
        { "1.AAB", ConsentRecordStatus.InvalidEncoding },
        { "1.AA", ConsentRecordStatus.InvalidContent },
        { "1.AAAA", ConsentRecordStatus.InvalidContent },
    };

    [Theory]
    [MemberData(nameof(FormErrors))]
    public void TryRead_UnsignedReader_RefusesWithTheReason(string? value, ConsentRecordStatus expected)
    {
        new ConsentCookie(Policy(_clock)).TryRead(value, out var record, out var status).Should().BeFalse();

        status.Should().Be(expected);
        record.Should().BeNull();
        ConsentCookie.Describe(status).Should().NotBeNullOrWhiteSpace();
    }

    public static TheoryData<string, CookieOracle.Fields> ContentErrors
    {
        get
        {
            var valid = new CookieOracle.Fields();
            return new()
            {
                { "trailing byte", valid with { Trailer = [0] } },
                { "empty id", valid with { Id = new byte[16] } },
                { "decision 0", valid with { Decision = 0 } },
                { "decision 6", valid with { Decision = 6 } },
                { "unknown flag", valid with { Flags = 6 } },
                { "no lifetime", valid with { Lifetime = 0 } },
                { "revision 0", valid with { Revision = 0 } },
                { "revision above int", valid with { Revision = (ulong)int.MaxValue + 1 } },
                { "created after 9999", valid with { Created = 253_402_300_800 } },
                { "expiry after 9999", valid with { Created = 253_402_300_000, Lifetime = 800 } },
                { "empty language", valid with { Language = "" } },
                { "underscore language", valid with { Language = "en_US" } },
                { "digit-first language", valid with { Language = "1en" } },
                { "36-letter language", valid with { Language = new string('a', 36) } },
                { "choice 0", valid with { Choices = [("analytics", 0)] } },
                { "choice 3", valid with { Choices = [("analytics", 3)] } },
                { "unsorted ids", valid with { Choices = [("analytics", 2), ("advertising", 1)] } },
                { "duplicate ids", valid with { Choices = [("analytics", 2), ("analytics", 2)] } },
                { "essential id", valid with { Choices = [("necessary", 2)] } },
                { "empty id", valid with { Choices = [("", 2)] } },
                { "uppercase id", valid with { Choices = [("Analytics", 2)] } },
                { "33-letter id", valid with { Choices = [(new string('a', 33), 2)] } },
                { "65 choices", valid with { Choices = [.. Enumerable.Range(0, 65).Select(i => ("p" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), (byte)2))] } },
            };
        }
    }

    [Theory]
    [MemberData(nameof(ContentErrors))]
    public void TryRead_SignedValueWithInvalidContent_IsInvalidContent(string @case, CookieOracle.Fields fields)
    {
        var value = CookieOracle.SignedValue(CookieOracle.Payload(fields), "a", KeyA);

        Signed().TryRead(value, out var record, out var status).Should().BeFalse(@case);

        status.Should().Be(ConsentRecordStatus.InvalidContent, @case);
        record.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(20)]
    public void TryRead_TruncatedPayload_IsInvalidContent(int keep)
    {
        var payload = CookieOracle.Payload(new CookieOracle.Fields())[..keep];
        if (payload.Length == 0)
        {
            payload = [0];
        }

        Signed().TryRead(CookieOracle.SignedValue(payload, "a", KeyA), out _, out var status).Should().BeFalse();

        status.Should().Be(ConsentRecordStatus.InvalidContent);
    }

    [Fact]
    public void TryRead_NonMinimalNumber_IsInvalidContent()
    {
        var payload = CookieOracle.Payload(new CookieOracle.Fields { Revision = 3 }).ToList();
        var valid = CookieOracle.Payload(new CookieOracle.Fields());
        // The revision 3 is one byte after the two varints; spell it 0x83 0x00 instead.
        var created = Leb128Length((ulong)Start.ToUnixTimeSeconds());
        var revisionAt = 18 + created + Leb128Length(86_400);
        payload[revisionAt].Should().Be(3);
        payload[revisionAt] = 0x83;
        payload.Insert(revisionAt + 1, 0x00);

        Signed().TryRead(CookieOracle.SignedValue(valid, "a", KeyA), out _, out _).Should().BeTrue();
        Signed().TryRead(CookieOracle.SignedValue([.. payload], "a", KeyA), out _, out var status).Should().BeFalse();
        status.Should().Be(ConsentRecordStatus.InvalidContent);
    }

    [Fact]
    public void TryRead_Signatures_EachRefusalWithItsReason()
    {
        var policy = Policy(_clock);
        var record = policy.AcceptAll(Prompt);
        var signedA = new ConsentCookie(policy, Ring("a", KeyA)).Write(record);
        var unsigned = new ConsentCookie(policy).Write(record);
        var macStart = signedA.LastIndexOf('.') + 1;
        var tamperedPayload = signedA[..5] + (signedA[5] == 'A' ? 'B' : 'A') + signedA[6..];
        var tamperedMac = signedA[..macStart] + (signedA[macStart] == 'A' ? 'B' : 'A') + signedA[(macStart + 1)..];
        var grantedToDenied = CookieOracle.Sign(signedA[..(macStart - 1)], KeyB);

        Status(new ConsentCookie(policy, Ring("a", KeyA)), unsigned).Should().Be(ConsentRecordStatus.SignatureMissing);
        Status(new ConsentCookie(policy), signedA).Should().Be(ConsentRecordStatus.UnknownKey);
        Status(new ConsentCookie(policy, Ring("b", KeyA)), signedA).Should().Be(ConsentRecordStatus.UnknownKey);
        Status(new ConsentCookie(policy, Ring("a", KeyB)), signedA).Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), grantedToDenied).Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), tamperedPayload).Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), tamperedMac).Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), signedA[..^1]).Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), signedA + "A").Should().Be(ConsentRecordStatus.BadSignature);
        Status(new ConsentCookie(policy, Ring("a", KeyA)), signedA).Should().Be(ConsentRecordStatus.Valid);
    }

    [Fact]
    public void TryRead_RotatedKeys_OldCookiesVerify_NewOnesAreSignedWithTheNewKey()
    {
        var policy = Policy(_clock);
        var record = policy.AcceptAll(Prompt);
        var before = new ConsentCookie(policy, Ring("k1", KeyA));
        var rotated = new ConsentCookie(policy, new ConsentKeyRing(new ConsentSigningKey("k2", KeyB), [new ConsentSigningKey("k1", KeyA)]));
        var retired = new ConsentCookie(policy, Ring("k2", KeyB));
        var old = before.Write(record);

        var fresh = rotated.Write(record);

        rotated.TryRead(old, out var read, out _).Should().BeTrue();
        read.Should().Be(record);
        fresh.Should().Contain(".k2.").And.Be(CookieOracle.Sign(fresh[..fresh.LastIndexOf('.')], KeyB));
        Status(retired, fresh).Should().Be(ConsentRecordStatus.Valid);
        Status(retired, old).Should().Be(ConsentRecordStatus.UnknownKey);
    }

    [Fact]
    public void TryRead_ValidityAgainstThePolicy_EachRefusalWithItsReason()
    {
        var policy = Policy(_clock, lifetime: TimeSpan.FromDays(30));
        var cookie = new ConsentCookie(policy, Ring());
        var value = cookie.Write(policy.AcceptAll(Prompt));

        _clock.Now = Start.AddDays(30);
        Status(cookie, value).Should().Be(ConsentRecordStatus.Expired);
        _clock.Now = Start.AddMinutes(-6);
        Status(cookie, value).Should().Be(ConsentRecordStatus.FutureDated);
        _clock.Now = Start.AddDays(1);
        Status(cookie, value).Should().Be(ConsentRecordStatus.Valid);
        Status(new ConsentCookie(Policy(_clock, revision: 4, lifetime: TimeSpan.FromDays(30)), Ring()), value).Should().Be(ConsentRecordStatus.PolicyRevisionMismatch);
    }

    [Fact]
    public void Evaluate_RefusedValue_KeepsTheReason_AndDeniesEverything()
    {
        var cookie = Signed();

        var state = cookie.Evaluate("1.AAAA.a.AAAA", globalPrivacyControl: false);

        state.Status.Should().Be(ConsentRecordStatus.BadSignature);
        state.Record.Should().BeNull();
        state.PromptRequired.Should().BeTrue();
        cookie.Policy.Purposes.Should().OnlyContain(p => !state.IsGranted(p));
    }

    [Fact]
    public void Write_Values_AreUrlSafeCookieOctets_AndCompact()
    {
        var standard = Signed().Write(Policy(_clock).AcceptAll(Prompt));
        var tenPolicy = Policy(_clock, purposes: CustomPurposes(10));
        var ten = new ConsentCookie(tenPolicy, Ring()).Write(tenPolicy.AcceptAll(Prompt));
        var maxPolicy = Policy(_clock, purposes: CustomPurposes(ConsentRecord.MaxChoices));
        var longest = new ConsentCookie(maxPolicy, Ring(new string('k', ConsentSigningKey.MaxIdLength))).Write(
            maxPolicy.AcceptAll(Prompt with { Language = new string('a', 35) }) with { CreatedAt = DateTimeOffset.MaxValue.AddYears(-1), ExpiresAt = DateTimeOffset.MaxValue });

        foreach (var value in new[] { standard, ten, longest })
        {
            UrlSafe().IsMatch(value).Should().BeTrue(value);
            Uri.EscapeDataString(value).Should().Be(value);
        }

        standard.Length.Should().BeLessThan(300);
        ten.Length.Should().BeLessThan(1000);
        longest.Length.Should().BeLessThan(ConsentCookie.MaxLength - 100, "a cookie's name and attributes need room too");
    }

    [Fact]
    public void Write_RecordExpiringAtCreation_Throws()
    {
        var record = Policy(_clock).AcceptAll(Prompt);

        var act = () => Signed().Write(record with { ExpiresAt = record.CreatedAt });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SigningKey_ShortKeyOrBadId_Throws_AndToStringHidesTheSecret()
    {
        ((Action)(() => _ = new ConsentSigningKey("a", new byte[31]))).Should().Throw<ArgumentException>().WithMessage("*31*32*");
        ((Action)(() => _ = new ConsentSigningKey("a.b", KeyA))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new ConsentKeyRing(new ConsentSigningKey("a", KeyA), [new ConsentSigningKey("a", KeyB)]))).Should().Throw<ArgumentException>();
        ConsentSigningKey.FromBase64("a", Convert.ToBase64String(KeyA)).ToString().Should().Be("ConsentSigningKey a");
        ((Action)(() => ConsentSigningKey.FromBase64("a", "not base64!"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SigningKey_FromBase64_SignsLikeTheRawKey()
    {
        var record = Policy(_clock).AcceptAll(Prompt);
        var standard = new ConsentCookie(Policy(_clock), new ConsentKeyRing(ConsentSigningKey.FromBase64("a", Convert.ToBase64String(KeyB))));
        var urlSafe = new ConsentCookie(Policy(_clock), new ConsentKeyRing(ConsentSigningKey.FromBase64("a", CookieOracle.Base64Url(KeyB))));

        standard.Write(record).Should().Be(urlSafe.Write(record)).And.Be(new ConsentCookie(Policy(_clock), Ring("a", KeyB)).Write(record));
    }

    private static ConsentRecordStatus Status(ConsentCookie cookie, string value)
    {
        cookie.TryRead(value, out _, out var status);
        return status;
    }

    private static int Leb128Length(ulong value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex UrlSafe();
}
