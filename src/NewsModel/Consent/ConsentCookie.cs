using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Consent;

/// <summary>
/// Writes a <see cref="ConsentRecord"/> as a compact, versioned, URL-safe cookie value, signed with HMAC-SHA256 when the
/// app gives keys, and reads it back without ever throwing for bad input.
/// </summary>
/// <remarks>
/// <para>
/// A value is <c>1.</c><i>payload</i> (unsigned) or <c>1.</c><i>payload</i><c>.</c><i>key id</i><c>.</c><i>signature</i>
/// (signed), all in <c>A-Z a-z 0-9 - _ .</c>: a record with the standard purposes takes about 200 characters, one with
/// 64 purposes of 32-character ids about 3,100, always below <see cref="MaxLength"/>.
/// </para>
/// <para>
/// With a key ring, <see cref="Write(ConsentRecord)"/> signs with <see cref="ConsentKeyRing.SigningKey"/>, and reading
/// requires a signature by one of <see cref="ConsentKeyRing.VerificationKeys"/>, compared in constant time. The signature
/// is checked before anything of the payload is decoded. Without a key ring values are unsigned, and signed values are
/// refused (there is no key to check them with).
/// </para>
/// <para>
/// Reading then checks the record against the policy: expired, future-dated and other-revision records are refused too,
/// each with its own <see cref="ConsentRecordStatus"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ConsentCookie
{
    /// <summary>The longest value read; longer ones are refused as <see cref="ConsentRecordStatus.TooLong"/> before any decoding.</summary>
    public const int MaxLength = 4096;

    /// <summary>The format version written, the value's first character.</summary>
    public const int FormatVersion = ConsentCookieFormat.Version;

    /// <summary>Creates a reader and writer of unsigned values.</summary>
    /// <param name="policy">The policy records are checked against.</param>
    public ConsentCookie(ConsentPolicy policy)
        : this(policy, null)
    {
    }

    /// <summary>Creates a cookie reader and writer.</summary>
    /// <param name="policy">The policy records are checked against.</param>
    /// <param name="keys">The signing keys, or <see langword="null"/> for unsigned values.</param>
    public ConsentCookie(ConsentPolicy policy, ConsentKeyRing? keys)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        Keys = keys;
    }

    /// <summary>The policy records are checked against.</summary>
    public ConsentPolicy Policy { get; }

    /// <summary>The signing keys, or <see langword="null"/> when values are unsigned.</summary>
    public ConsentKeyRing? Keys { get; }

    /// <summary>Writes a record as a cookie value (signed when there are keys).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The record expires at or before its creation.</exception>
    public string Write(ConsentRecord record) => ConsentCookieFormat.Write(record, Keys?.SigningKey);

    /// <summary>Reads a cookie value. Never throws: any input that is not a valid, current record gives <see langword="false"/> and the reason.</summary>
    /// <param name="value">The cookie value, or <see langword="null"/> when the request has none.</param>
    /// <param name="record">The record, when the value is valid and current.</param>
    /// <param name="status"><see cref="ConsentRecordStatus.Valid"/>, or why the value was refused.</param>
    /// <returns>Whether the value holds a record that counts.</returns>
    public bool TryRead(string? value, [NotNullWhen(true)] out ConsentRecord? record, out ConsentRecordStatus status)
        => TryRead(value.AsSpan(), out record, out status);

    /// <inheritdoc cref="TryRead(string?, out ConsentRecord?, out ConsentRecordStatus)"/>
    public bool TryRead(ReadOnlySpan<char> value, [NotNullWhen(true)] out ConsentRecord? record, out ConsentRecordStatus status)
    {
        status = ConsentCookieFormat.TryRead(value, Keys, out record);
        if (status == ConsentRecordStatus.Valid && record is not null)
        {
            status = Policy.Check(record);
            if (status == ConsentRecordStatus.Valid)
            {
                return true;
            }
        }

        record = null;
        return false;
    }

    /// <summary>Reads a cookie value and evaluates it for a request (see <see cref="ConsentPolicy.Evaluate(ConsentRecord?, bool)"/>).</summary>
    /// <param name="value">The cookie value, or <see langword="null"/> when the request has none.</param>
    /// <param name="globalPrivacyControl">Whether the request carries the Global Privacy Control signal.</param>
    /// <returns>The state; when the value was refused, it has no record and its <see cref="ConsentState.Status"/> says why.</returns>
    public ConsentState Evaluate(string? value, bool globalPrivacyControl)
    {
        TryRead(value, out var record, out var status);
        return Policy.Evaluate(record, status, globalPrivacyControl);
    }

    /// <summary>A sentence that explains a status, for logs.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The explanation.</returns>
    public static string Describe(ConsentRecordStatus status) => ConsentMessages.Describe(status);
}
