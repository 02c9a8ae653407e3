namespace NewsModel.Consent;

/// <summary>
/// The consent layer's own messages: why a stored record does or does not count. They sit beside the types they describe
/// because Diagnostics, a lower layer, may not know Consent; every other message is in <c>DiagnosticMessages</c>.
/// </summary>
internal static class ConsentMessages
{
    public static string Describe(ConsentRecordStatus status) => status switch
    {
        ConsentRecordStatus.Missing => "There is no consent record.",
        ConsentRecordStatus.Valid => "The consent record is valid and current.",
        ConsentRecordStatus.TooLong => "The consent cookie is longer than 4096 characters; it was not decoded.",
        ConsentRecordStatus.Malformed => "The consent cookie is not in the cookie format (wrong parts or characters).",
        ConsentRecordStatus.UnsupportedVersion => "The consent cookie is of a format version this library does not read.",
        ConsentRecordStatus.InvalidEncoding => "The consent cookie's payload is not valid unpadded base64url.",
        ConsentRecordStatus.InvalidContent => "The consent cookie's record is not valid (a field is missing, out of range or followed by extra bytes).",
        ConsentRecordStatus.SignatureMissing => "The consent cookie is not signed, and a signature is required.",
        ConsentRecordStatus.UnknownKey => "The consent cookie is signed with a key this reader does not have.",
        ConsentRecordStatus.BadSignature => "The consent cookie's signature does not match: it was changed or signed with another key.",
        ConsentRecordStatus.Expired => "The consent record has expired; the user must be asked again.",
        ConsentRecordStatus.FutureDated => "The consent record is dated in the future.",
        ConsentRecordStatus.PolicyRevisionMismatch => "The consent record answers another revision of the policy; the user must be asked again.",
        _ => "The consent record status is not a defined ConsentRecordStatus value.",
    };
}
