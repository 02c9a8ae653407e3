using System.Text;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

/// <summary>
/// Hostile cookie values through <see cref="ConsentCookie.TryRead(string?, out ConsentRecord?, out ConsentRecordStatus)"/>.
/// Case <c>i</c> draws from <c>new Random(BaseSeed + i)</c>, so a failure names its case and replays alone.
/// </summary>
/// <remarks>
/// Invariants for every value:
/// <list type="number">
/// <item>TryRead never throws, and it returns true exactly when the status is Valid and there is a record;</item>
/// <item>an accepted value is the one encoding of its record: writing the record again gives the same value;</item>
/// <item>a mutation of a signed value is refused, or reads as the original record: it never grants a purpose the signed
///   record did not grant (checked through the evaluated state too).</item>
/// </list>
/// </remarks>
public sealed class ConsentCookieFuzzTests
{
    private const int MutationCases = 100_000;
    private const int RandomCases = 20_000;
    private const int SignedGarbageCases = 20_000;
    private const int BaseSeed = 11_000_011;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly string[] s_hostile = ["", ".", "..", "=", "+", "/", " ", "\0", "\uFFFD", "\uD800", "é", "1.", "2.", "\r\n", ";", ",", "%2E"];

    private readonly ManualClock _clock = new(Start.AddDays(1));

    [Fact]
    public void TryRead_MutatedSignedValues_NeverThrow_AndNeverGrantWhatTheRecordDidNot()
    {
        var policy = Policy(_clock, purposes: [.. ConsentPurpose.Standard, .. CustomPurposes(3, 8)]);
        var cookie = new ConsentCookie(policy, Ring("a", KeyA, new ConsentSigningKey("old", KeyB)));
        var failures = new List<string>();
        for (var i = 0; i < MutationCases && failures.Count < 8; i++)
        {
            var random = new Random(BaseSeed + i);
            var original = RandomRecord(random, policy);
            var value = cookie.Write(original);
            var (mutated, how) = Mutate(random, value);

            var failure = Check(cookie, mutated, original);
            if (failure is not null)
            {
                failures.Add($"case {i} ({how}): {failure}: {mutated}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void TryRead_RandomText_NeverThrows_AndAcceptsOnlyCanonicalValues()
    {
        var policy = Policy(_clock);
        var readers = new[] { new ConsentCookie(policy), new ConsentCookie(policy, Ring()) };
        var failures = new List<string>();
        for (var i = 0; i < RandomCases && failures.Count < 8; i++)
        {
            var random = new Random(BaseSeed - i);
            var value = RandomText(random);
            foreach (var reader in readers)
            {
                if (Check(reader, value, original: null) is { } failure)
                {
                    failures.Add($"case {i}: {failure}: {value}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void TryRead_CorrectlySignedGarbagePayloads_NeverThrow_AndAcceptOnlyCanonicalValues()
    {
        // The signature passes, so the payload parser itself meets the hostile bytes: random bytes, and valid payloads
        // with bytes flipped, cut off or appended.
        var policy = Policy(_clock);
        var cookie = new ConsentCookie(policy, Ring());
        var valid = CookieOracle.Payload(new CookieOracle.Fields { Created = (ulong)Start.ToUnixTimeSeconds() });
        var failures = new List<string>();
        var accepted = 0;
        for (var i = 0; i < SignedGarbageCases && failures.Count < 8; i++)
        {
            var random = new Random(BaseSeed + MutationCases + i);
            byte[] payload;
            switch (random.Next(4))
            {
                case 0:
                    payload = new byte[random.Next(1, 200)];
                    random.NextBytes(payload);
                    break;
                case 1:
                    payload = [.. valid];
                    for (var flips = random.Next(1, 4); flips > 0; flips--)
                    {
                        payload[random.Next(payload.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 2:
                    payload = valid[..random.Next(1, valid.Length)];
                    break;
                default:
                    var extra = new byte[random.Next(1, 8)];
                    random.NextBytes(extra);
                    payload = [.. valid, .. extra];
                    break;
            }

            var value = CookieOracle.SignedValue(payload, "a", KeyA);
            if (Check(cookie, value, original: null) is { } failure)
            {
                failures.Add($"case {i}: {failure}: {value}");
            }

            accepted += cookie.TryRead(value, out _, out _) ? 1 : 0;
        }

        failures.Should().BeEmpty();
        accepted.Should().BeGreaterThan(0, "some flips (a choice, a hash byte, an id byte) still make valid records");
    }

    private static string? Check(ConsentCookie cookie, string value, ConsentRecord? original)
    {
        bool ok;
        ConsentRecord? record;
        ConsentRecordStatus status;
        ConsentState state;
        try
        {
            ok = cookie.TryRead(value, out record, out status);
            state = cookie.Evaluate(value, globalPrivacyControl: false);
        }
        catch (Exception exception)
        {
            return "threw " + exception.GetType().Name + ": " + exception.Message;
        }

        if (ok != (status == ConsentRecordStatus.Valid) || ok != (record is not null) || state.Status != status)
        {
            return $"inconsistent result: {ok}, {status}, {record is not null}, {state.Status}";
        }

        if (!ok)
        {
            return cookie.Policy.Purposes.Any(state.IsGranted) ? "a refused value granted a purpose" : null;
        }

        if (cookie.Write(record!) != value)
        {
            return "accepted a value that is not its record's one encoding";
        }

        if (original is not null)
        {
            if (record != original)
            {
                return "a changed signed value read as another record";
            }

            foreach (var purpose in cookie.Policy.Purposes)
            {
                if (state.IsGranted(purpose) && !original.IsGranted(purpose))
                {
                    return $"granted {purpose.Id}, which the signed record did not";
                }
            }
        }

        return null;
    }

    private ConsentRecord RandomRecord(Random random, ConsentPolicy policy)
    {
        _clock.Now = Start.AddSeconds(random.Next(0, 1_000_000));
        var prompt = random.Next(4) == 0 ? Prompt with { GlobalPrivacyControl = true } : Prompt;
        var record = random.Next(5) switch
        {
            0 => policy.AcceptAll(prompt),
            1 => policy.RejectAll(prompt),
            2 => policy.Withdraw(prompt),
            3 => policy.FromPrivacySignal("pt-BR"),
            _ => policy.Customize(prompt, policy.Purposes.Where(_ => random.Next(2) == 0)),
        };
        _clock.Now = record.CreatedAt.AddHours(1);
        return record;
    }

    private static (string Value, string How) Mutate(Random random, string value)
    {
        var chars = new StringBuilder(value);
        var how = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            if (chars.Length == 0)
            {
                chars.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var at = random.Next(chars.Length);
            switch (random.Next(9))
            {
                case 0:
                    chars[at] = (char)(chars[at] ^ (1 << random.Next(16)));
                    how.Add($"flip@{at}");
                    break;
                case 1:
                    chars.Length = at;
                    how.Add($"cut@{at}");
                    break;
                case 2:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    how.Add($"insert@{at}");
                    break;
                case 3:
                    chars.Remove(at, 1);
                    how.Add($"delete@{at}");
                    break;
                case 4:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    how.Add($"replace@{at}");
                    break;
                case 5:
                    chars.Insert(at, s_hostile[random.Next(s_hostile.Length)]);
                    how.Add($"hostile@{at}");
                    break;
                case 6:
                    var length = random.Next(1, Math.Min(64, chars.Length - at) + 1);
                    chars.Insert(at, chars.ToString(at, length));
                    how.Add($"repeat@{at}+{length}");
                    break;
                case 7:
                    chars[0] = (char)('0' + random.Next(10));
                    how.Add("version");
                    break;
                default:
                    chars.Append(new string('A', random.Next(1, 5000)));
                    how.Add("oversize");
                    break;
            }
        }

        return (chars.ToString(), string.Join(",", how));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(2) == 0)
        {
            builder.Append(random.Next(3)).Append('.');
        }

        var length = random.Next(3) == 0 ? random.Next(0, 5000) : random.Next(0, 120);
        for (var i = 0; i < length; i++)
        {
            var kind = random.Next(20);
            builder.Append(kind switch
            {
                0 => '.',
                1 => (char)random.Next(0, 0x80),
                2 => (char)random.Next(0x80, 0x10000),
                _ => Alphabet[random.Next(Alphabet.Length)],
            });
        }

        return builder.ToString();
    }
}
