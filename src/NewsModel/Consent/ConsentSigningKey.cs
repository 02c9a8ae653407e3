using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;

namespace NewsModel.Consent;

/// <summary>
/// A secret key for the HMAC-SHA256 signature of consent cookies, with a short public id that the cookie names so that
/// the reader knows which key to check it with. Immutable; <see cref="ToString"/> shows the id only.
/// </summary>
public sealed class ConsentSigningKey
{
    /// <summary>The shortest key, in bytes (256 bits, the HMAC-SHA256 output size).</summary>
    public const int MinKeyLength = 32;

    /// <summary>The longest key id.</summary>
    public const int MaxIdLength = 16;

    private static readonly SearchValues<char> s_idChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    private readonly byte[] _key;

    /// <summary>Creates a key from its bytes (which are copied).</summary>
    /// <param name="id">The key's id: 1 to <see cref="MaxIdLength"/> ASCII letters, digits, <c>_</c> or <c>-</c>. It is public (every cookie shows it).</param>
    /// <param name="key">The secret, at least <see cref="MinKeyLength"/> bytes from a cryptographic random generator.</param>
    /// <exception cref="ArgumentException">The id is not valid, or the key is shorter than <see cref="MinKeyLength"/> bytes.</exception>
    public ConsentSigningKey(string id, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException(DiagnosticMessages.InvalidSigningKeyId(id), nameof(id));
        }

        if (key.Length < MinKeyLength)
        {
            throw new ArgumentException(DiagnosticMessages.SigningKeyTooShort(key.Length, MinKeyLength), nameof(key));
        }

        Id = id;
        _key = key.ToArray();
    }

    /// <summary>The key's public id.</summary>
    public string Id { get; }

    internal ReadOnlySpan<byte> Key => _key;

    /// <summary>Makes a new random key of <see cref="MinKeyLength"/> bytes.</summary>
    /// <param name="id">The key's id.</param>
    /// <returns>The key.</returns>
    public static ConsentSigningKey Generate(string id)
    {
        Span<byte> key = stackalloc byte[MinKeyLength];
        RandomNumberGenerator.Fill(key);
        var result = new ConsentSigningKey(id, key);
        CryptographicOperations.ZeroMemory(key);
        return result;
    }

    /// <summary>Creates a key from its base64 text, as an app's configuration or secret store holds it.</summary>
    /// <param name="id">The key's id.</param>
    /// <param name="base64Key">The secret in base64 (standard or URL-safe alphabet).</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The id is not valid, the text is not base64, or the key is too short.</exception>
    public static ConsentSigningKey FromBase64(string id, string base64Key)
    {
        ArgumentNullException.ThrowIfNull(base64Key);
        var text = base64Key.Trim().TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var bytes = new byte[System.Buffers.Text.Base64Url.GetMaxDecodedLength(text.Length)];
        var status = System.Buffers.Text.Base64Url.DecodeFromChars(text, bytes, out _, out var written);
        if (status != OperationStatus.Done)
        {
            throw new ArgumentException(DiagnosticMessages.SigningKeyNotBase64, nameof(base64Key));
        }

        try
        {
            return new ConsentSigningKey(id, bytes.AsSpan(0, written));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Whether a text is a valid key id.</summary>
    /// <param name="id">The text.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidId(ReadOnlySpan<char> id) => id.Length is > 0 and <= MaxIdLength && !id.ContainsAnyExcept(s_idChars);

    /// <summary>The key's id, never its secret.</summary>
    /// <returns>A description naming the id.</returns>
    public override string ToString() => "ConsentSigningKey " + Id;
}

/// <summary>
/// The keys of consent cookies: one signing key for new cookies, and the keys that still verify cookies signed before a
/// rotation. Rotate by making the new key the signing key and keeping the old one among the verification keys until the
/// cookies it signed have expired. Immutable and thread-safe.
/// </summary>
public sealed class ConsentKeyRing
{
    private readonly FrozenDictionary<string, ConsentSigningKey> _byId;

    /// <summary>Creates a key ring of one key.</summary>
    /// <param name="signingKey">The key that signs and verifies cookies.</param>
    public ConsentKeyRing(ConsentSigningKey signingKey)
        : this(signingKey, null)
    {
    }

    /// <summary>Creates a key ring.</summary>
    /// <param name="signingKey">The key that signs new cookies (it verifies too).</param>
    /// <param name="retiredKeys">Older keys that only verify, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">Two keys have the same id.</exception>
    public ConsentKeyRing(ConsentSigningKey signingKey, IEnumerable<ConsentSigningKey>? retiredKeys)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var all = ImmutableArray.CreateBuilder<ConsentSigningKey>();
        all.Add(signingKey);
        foreach (var key in retiredKeys ?? [])
        {
            ArgumentNullException.ThrowIfNull(key, nameof(retiredKeys));
            all.Add(key);
        }

        var byId = new Dictionary<string, ConsentSigningKey>(StringComparer.Ordinal);
        foreach (var key in all)
        {
            if (!byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException(DiagnosticMessages.DuplicateSigningKeyId(key.Id), nameof(retiredKeys));
            }
        }

        SigningKey = signingKey;
        VerificationKeys = all.ToImmutable();
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The key that signs new cookies.</summary>
    public ConsentSigningKey SigningKey { get; }

    /// <summary>Every key that verifies cookies: the signing key first, then the retired ones.</summary>
    public ImmutableArray<ConsentSigningKey> VerificationKeys { get; }

    internal ConsentSigningKey? Find(ReadOnlySpan<char> id)
        => _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var key) ? key : null;
}
