using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsModel.Consent;

namespace NewsModel.Benchmarks;

/// <summary>
/// Writing and verifying a signed consent cookie (the standard purposes, accept all), against a baseline that only
/// computes the one HMAC-SHA256 of the same length that each of them needs.
/// </summary>
[MemoryDiagnoser]
public class ConsentCookieBenchmarks
{
    private ConsentCookie _cookie = null!;
    private ConsentRecord _record = null!;
    private string _value = string.Empty;
    private byte[] _key = [];
    private byte[] _signedPart = [];
    private byte[] _mac = new byte[32];

    [GlobalSetup]
    public void Setup()
    {
        _key = RandomNumberGenerator.GetBytes(32);
        var policy = new ConsentPolicy { Revision = 1 };
        _cookie = new ConsentCookie(policy, new ConsentKeyRing(new ConsentSigningKey("k1", _key)));
        var notice = new ConsentNotice { Title = "This site uses cookies", Message = "We use cookies.", Actions = [new ConsentAction(ConsentActionKind.Accept, "Accept")] };
        _record = policy.AcceptAll(ConsentPrompt.ForNotice(notice, "en"));
        _value = _cookie.Write(_record);
        _signedPart = Encoding.ASCII.GetBytes("newsmodel-consent-cookie\n" + _value[.._value.LastIndexOf('.')]);
    }

    /// <summary>The cryptographic floor: one HMAC-SHA256 over the signed part of the value.</summary>
    [Benchmark(Baseline = true)]
    public int HmacOnly() => HMACSHA256.HashData(_key, _signedPart, _mac);

    [Benchmark]
    public string Write() => _cookie.Write(_record);

    [Benchmark]
    public bool TryRead() => _cookie.TryRead(_value, out _, out _);
}
