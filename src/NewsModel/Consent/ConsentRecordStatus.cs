namespace NewsModel.Consent;

/// <summary>Whether a stored consent record counts, and if not, why: every value but <see cref="Valid"/> means no consent.</summary>
/// <remarks>The default value is <see cref="Missing"/>, so that a status nobody set never reads as valid.</remarks>
public enum ConsentRecordStatus
{
    /// <summary>There is no record (no cookie, or an empty one).</summary>
    Missing = 0,

    /// <summary>The record counts.</summary>
    Valid = 1,

    /// <summary>The value is longer than <see cref="ConsentCookie.MaxLength"/> characters; it was not decoded.</summary>
    TooLong = 2,

    /// <summary>The value is not in the cookie format: wrong parts, or characters the format does not use.</summary>
    Malformed = 3,

    /// <summary>The value is of a format version this library does not read.</summary>
    UnsupportedVersion = 4,

    /// <summary>A part of the value is not valid unpadded base64url.</summary>
    InvalidEncoding = 5,

    /// <summary>The decoded record is not valid: a field is missing, out of range, of the wrong length, or followed by extra bytes.</summary>
    InvalidContent = 6,

    /// <summary>The value carries no signature, but the reader has keys and requires one.</summary>
    SignatureMissing = 7,

    /// <summary>The value is signed with a key id the reader does not have (or the reader has no keys at all).</summary>
    UnknownKey = 8,

    /// <summary>The signature does not match: the value was changed, or signed with another key under the same id.</summary>
    BadSignature = 9,

    /// <summary>The record has expired (at its own expiry or the policy's lifetime, whichever comes first): ask again.</summary>
    Expired = 10,

    /// <summary>The record was made later than now (beyond the policy's clock skew).</summary>
    FutureDated = 11,

    /// <summary>The record answers another revision of the policy than the current one: ask again.</summary>
    PolicyRevisionMismatch = 12,
}
