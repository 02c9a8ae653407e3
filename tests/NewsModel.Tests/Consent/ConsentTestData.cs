using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NewsModel.Consent;

namespace NewsModel.Tests.Consent;

/// <summary>A clock the test sets by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

internal static class ConsentTestData
{
    public static readonly DateTimeOffset Start = new(2025, 8, 31, 12, 30, 15, TimeSpan.Zero);

    public static readonly ConsentNotice Notice = NewNotice(
        "This site uses cookies",
        "We use cookies for analytics to improve our site.",
        [new ConsentAction(ConsentActionKind.Decline, "Decline"), new ConsentAction(ConsentActionKind.Accept, "Accept")]);

    public static ConsentNotice NewNotice(string title, string? message, ImmutableArray<ConsentAction> actions = default)
        => new() { Title = title, Message = message, Actions = actions.IsDefault ? [] : actions };

    public static readonly ConsentPrompt Prompt = ConsentPrompt.ForNotice(Notice, "en");

    public static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static readonly byte[] KeyB = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];

    public static ConsentPolicy Policy(TimeProvider clock, int revision = 3, TimeSpan? lifetime = null, ImmutableArray<ConsentPurpose>? purposes = null)
        => new() { Revision = revision, TimeProvider = clock, Lifetime = lifetime, Purposes = purposes ?? ConsentPurpose.Standard };

    public static ConsentKeyRing Ring(string id = "a", byte[]? key = null, params ConsentSigningKey[] retired)
        => new(new ConsentSigningKey(id, key ?? KeyA), retired);

    /// <summary>Custom purposes with long ids, for size limits.</summary>
    public static ImmutableArray<ConsentPurpose> CustomPurposes(int count, int idLength = ConsentPurpose.MaxIdLength)
        => [.. Enumerable.Range(0, count).Select(i =>
            ConsentPurpose.Create(("p" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).PadRight(idLength, 'x'), []))];
}

/// <summary>
/// The cookie format written again from its specification (ConsentCookieFormat's remarks), with other APIs than the
/// library's (Convert.ToBase64String, a MemoryStream, the HMACSHA256 instance API): an oracle that shares no code with it.
/// </summary>
public static class CookieOracle
{
    public sealed record Fields
    {
        public byte[] Id { get; init; } = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e").ToByteArray(bigEndian: true);

        public byte Decision { get; init; } = 3;

        public byte Flags { get; init; } = 2;

        public ulong Created { get; init; } = (ulong)ConsentTestData.Start.ToUnixTimeSeconds();

        public ulong Lifetime { get; init; } = 86_400;

        public ulong Revision { get; init; } = 3;

        public string Language { get; init; } = "en";

        public byte[] Hash { get; init; } = SHA256.HashData("notice"u8.ToArray());

        public (string Id, byte Choice)[] Choices { get; init; } = [("advertising", 1), ("analytics", 2)];

        /// <summary>Bytes appended after the last field (none for a valid payload).</summary>
        public byte[] Trailer { get; init; } = [];
    }

    public static byte[] Payload(Fields fields)
    {
        using var stream = new MemoryStream();
        stream.Write(fields.Id);
        stream.WriteByte(fields.Decision);
        stream.WriteByte(fields.Flags);
        Leb128(stream, fields.Created);
        Leb128(stream, fields.Lifetime);
        Leb128(stream, fields.Revision);
        stream.WriteByte((byte)fields.Language.Length);
        stream.Write(Encoding.ASCII.GetBytes(fields.Language));
        if ((fields.Flags & 2) != 0)
        {
            stream.Write(fields.Hash);
        }

        Leb128(stream, (ulong)fields.Choices.Length);
        foreach (var (id, choice) in fields.Choices)
        {
            stream.WriteByte((byte)id.Length);
            stream.Write(Encoding.ASCII.GetBytes(id));
            stream.WriteByte(choice);
        }

        stream.Write(fields.Trailer);
        return stream.ToArray();
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }

    public static string UnsignedValue(byte[] payload) => "1." + Base64Url(payload);

    public static string SignedValue(byte[] payload, string keyId, byte[] key) => Sign("1." + Base64Url(payload) + "." + keyId, key);

    /// <summary>Appends the signature of a value's signed part: HMAC-SHA256 of "newsmodel-consent-cookie\n" + text.</summary>
    public static string Sign(string signedPart, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes("newsmodel-consent-cookie\n" + signedPart));
        return signedPart + "." + Base64Url(mac);
    }

    private static void Leb128(Stream stream, ulong value)
    {
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            stream.WriteByte(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }
}
