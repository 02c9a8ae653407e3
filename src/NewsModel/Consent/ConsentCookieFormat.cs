using System.Buffers;
using System.Buffers.Text;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace NewsModel.Consent;

/// <summary>
/// The consent cookie's value, format version 1: <c>1.</c><i>payload</i>, then for a signed value <c>.</c><i>key id</i><c>.</c><i>signature</i>.
/// </summary>
/// <remarks>
/// <para>
/// The payload and the signature are unpadded base64url; the key id is 1 to 16 of <c>A-Z a-z 0-9 _ -</c>, so the whole
/// value uses only URL-safe characters that a cookie may hold. The signature is the HMAC-SHA256, under the named key, of
/// the bytes <c>newsmodel-consent-cookie</c> and a line feed followed by the value's text up to (not including) the
/// last <c>.</c>: it covers the version, the payload and the key id.
/// </para>
/// <para>
/// The payload's bytes, in order: the record id (16 bytes, RFC 9562 byte order); the decision (1 byte,
/// <see cref="ConsentDecision"/>); flags (1 byte: 1 = made with the privacy signal on, 2 = a notice hash follows; no other
/// bits); the creation instant in Unix seconds, the lifetime in seconds (1 or more) and the policy revision (1 or more),
/// each an unsigned LEB128 number in its shortest form; the language (1 length byte, then 1 to 35 ASCII bytes); the
/// notice hash (32 bytes, when flagged); the number of choices (LEB128, at most 64); then per choice, in increasing
/// ordinal order of ids, the id (1 length byte, then 1 to 32 ASCII bytes) and the choice (1 = denied, 2 = granted).
/// Nothing may follow. Every value has exactly one encoding.
/// </para>
/// </remarks>
internal static class ConsentCookieFormat
{
    public const int Version = 1;

    public const int MacLength = 32;

    // Unpadded base64url length of the 32-byte MAC.
    public const int MacTextLength = 43;

    private const byte FlagPrivacySignal = 1;
    private const byte FlagNoticeHash = 2;
    private const int HashLength = 32;
    private const int MaxVarintLength = 10;
    private const int StackLimit = 1024;

    // Id, decision, flags, three numbers, language, hash, count, choices.
    public const int MaxPayloadLength = 16 + 1 + 1 + (3 * MaxVarintLength) + 1 + ConsentText.MaxLanguageLength + HashLength + 1
        + (ConsentRecord.MaxChoices * (1 + ConsentPurpose.MaxIdLength + 1));

    private static readonly long s_maxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private static readonly SearchValues<char> s_valueChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    private static readonly SearchValues<char> s_digits = SearchValues.Create("0123456789");

    /// <summary>The bytes that start every MAC input, so that a key shared with another use cannot sign consent cookies.</summary>
    private static ReadOnlySpan<byte> Domain => "newsmodel-consent-cookie\n"u8;

    public static string Write(ConsentRecord record, ConsentSigningKey? key)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.ExpiresAt <= record.CreatedAt)
        {
            throw new ArgumentException(DiagnosticMessages.ConsentRecordExpiresBeforeCreated, nameof(record));
        }

        Span<byte> payload = stackalloc byte[MaxPayloadLength];
        var payloadLength = WritePayload(record, payload);
        var encodedLength = Base64Url.GetEncodedLength(payloadLength);
        var textLength = 2 + encodedLength + (key is null ? 0 : 1 + key.Id.Length + 1 + MacTextLength);

        var rented = ArrayPool<byte>.Shared.Rent(Domain.Length + textLength);
        try
        {
            var buffer = rented.AsSpan(0, Domain.Length + textLength);
            Domain.CopyTo(buffer);
            var text = buffer[Domain.Length..];
            text[0] = (byte)('0' + Version);
            text[1] = (byte)'.';
            var position = 2 + Base64Url.EncodeToUtf8(payload[..payloadLength], text[2..]);
            if (key is not null)
            {
                text[position++] = (byte)'.';
                position += Encoding.ASCII.GetBytes(key.Id, text[position..]);
                Span<byte> mac = stackalloc byte[MacLength];
                HMACSHA256.HashData(key.Key, buffer[..(Domain.Length + position)], mac);
                text[position++] = (byte)'.';
                position += Base64Url.EncodeToUtf8(mac, text[position..]);
            }

            return Encoding.ASCII.GetString(text[..position]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a value; checks its form, its signature and its content, not yet whether it is current.</summary>
    public static ConsentRecordStatus TryRead(ReadOnlySpan<char> value, ConsentKeyRing? keys, out ConsentRecord? record)
    {
        record = null;
        if (value.IsEmpty)
        {
            return ConsentRecordStatus.Missing;
        }

        if (value.Length > ConsentCookie.MaxLength)
        {
            return ConsentRecordStatus.TooLong;
        }

        if (value.ContainsAnyExcept(s_valueChars))
        {
            return ConsentRecordStatus.Malformed;
        }

        var dot = value.IndexOf('.');
        var version = dot < 0 ? value : value[..dot];
        if (!version.SequenceEqual("1"))
        {
            return !version.IsEmpty && !version.ContainsAnyExcept(s_digits) ? ConsentRecordStatus.UnsupportedVersion : ConsentRecordStatus.Malformed;
        }

        if (dot < 0)
        {
            return ConsentRecordStatus.Malformed;
        }

        // "1." payload [ "." key id "." mac ]
        var rest = value[(dot + 1)..];
        var payloadEnd = rest.IndexOf('.');
        var payloadText = payloadEnd < 0 ? rest : rest[..payloadEnd];
        ReadOnlySpan<char> keyId = default, macText = default;
        var signed = payloadEnd >= 0;
        if (signed)
        {
            var afterPayload = rest[(payloadEnd + 1)..];
            var keyEnd = afterPayload.IndexOf('.');
            if (keyEnd < 0)
            {
                return ConsentRecordStatus.Malformed;
            }

            keyId = afterPayload[..keyEnd];
            macText = afterPayload[(keyEnd + 1)..];
            if (!ConsentSigningKey.IsValidId(keyId) || macText.IsEmpty || macText.Contains('.'))
            {
                return ConsentRecordStatus.Malformed;
            }
        }

        if (payloadText.IsEmpty)
        {
            return ConsentRecordStatus.Malformed;
        }

        if (keys is not null || signed)
        {
            var status = Verify(value, keys, signed, keyId, macText);
            if (status != ConsentRecordStatus.Valid)
            {
                return status;
            }
        }

        return TryDecodePayload(payloadText, out record);
    }

    private static ConsentRecordStatus Verify(ReadOnlySpan<char> value, ConsentKeyRing? keys, bool signed, ReadOnlySpan<char> keyId, ReadOnlySpan<char> macText)
    {
        if (!signed)
        {
            return ConsentRecordStatus.SignatureMissing;
        }

        if (keys?.Find(keyId) is not { } key)
        {
            return ConsentRecordStatus.UnknownKey;
        }

        Span<byte> given = stackalloc byte[MacLength];
        if (macText.Length != MacTextLength || !TryDecode(macText, given, out var macLength) || macLength != MacLength)
        {
            return ConsentRecordStatus.BadSignature;
        }

        var signedLength = value.Length - macText.Length - 1;
        var inputLength = Domain.Length + signedLength;
        byte[]? rented = null;
        var input = inputLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(inputLength));
        try
        {
            input = input[..inputLength];
            Domain.CopyTo(input);
            Ascii.FromUtf16(value[..signedLength], input[Domain.Length..], out _);
            Span<byte> expected = stackalloc byte[MacLength];
            HMACSHA256.HashData(key.Key, input, expected);
            return CryptographicOperations.FixedTimeEquals(expected, given) ? ConsentRecordStatus.Valid : ConsentRecordStatus.BadSignature;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ConsentRecordStatus TryDecodePayload(ReadOnlySpan<char> text, out ConsentRecord? record)
    {
        record = null;
        var maxLength = Base64Url.GetMaxDecodedLength(text.Length);
        if (maxLength > MaxPayloadLength)
        {
            return ConsentRecordStatus.InvalidContent;
        }

        Span<byte> payload = stackalloc byte[MaxPayloadLength];
        if (!TryDecode(text, payload, out var length))
        {
            return ConsentRecordStatus.InvalidEncoding;
        }

        return TryParsePayload(payload[..length], out record) ? ConsentRecordStatus.Valid : ConsentRecordStatus.InvalidContent;
    }

    /// <summary>Decodes unpadded base64url, refusing what has more than one encoding (a length of 1 mod 4, unused bits that are not zero).</summary>
    private static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        written = 0;
        var unused = (text.Length % 4) switch { 0 => 0, 2 => 4, 3 => 2, _ => -1 };
        if (unused < 0)
        {
            return false;
        }

        if (unused > 0 && (ValueOf(text[^1]) & ((1 << unused) - 1)) != 0)
        {
            return false;
        }

        return Base64Url.DecodeFromChars(text, destination, out var consumed, out written) == OperationStatus.Done && consumed == text.Length;
    }

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        _ => 63,
    };

    private static int WritePayload(ConsentRecord record, Span<byte> destination)
    {
        record.Id.TryWriteBytes(destination, bigEndian: true, out _);
        destination[16] = (byte)record.Decision;
        destination[17] = (byte)((record.GlobalPrivacyControl ? FlagPrivacySignal : 0) | (record.NoticeHash is null ? 0 : FlagNoticeHash));
        var position = 18;
        var created = record.CreatedAt.ToUnixTimeSeconds();
        position += WriteVarint((ulong)created, destination[position..]);
        position += WriteVarint((ulong)(record.ExpiresAt.ToUnixTimeSeconds() - created), destination[position..]);
        position += WriteVarint((ulong)record.PolicyRevision, destination[position..]);
        destination[position++] = (byte)record.Language.Length;
        position += Encoding.ASCII.GetBytes(record.Language, destination[position..]);
        if (record.NoticeHash is { } hash)
        {
            Convert.FromHexString(hash, destination.Slice(position, HashLength), out _, out _);
            position += HashLength;
        }

        position += WriteVarint((ulong)record.Choices.Length, destination[position..]);
        foreach (var choice in record.Choices)
        {
            destination[position++] = (byte)choice.PurposeId.Length;
            position += Encoding.ASCII.GetBytes(choice.PurposeId, destination[position..]);
            destination[position++] = (byte)choice.Choice;
        }

        return position;
    }

    private static int WriteVarint(ulong value, Span<byte> destination)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    private static bool TryParsePayload(ReadOnlySpan<byte> payload, out ConsentRecord? record)
    {
        record = null;
        var reader = new PayloadReader(payload);
        if (!reader.TryTake(16, out var idBytes)
            || !reader.TryByte(out var decision)
            || !reader.TryByte(out var flags)
            || !reader.TryVarint(out var created)
            || !reader.TryVarint(out var lifetime)
            || !reader.TryVarint(out var revision)
            || !reader.TryByte(out var languageLength)
            || !reader.TryTake(languageLength, out var languageBytes))
        {
            return false;
        }

        var id = new Guid(idBytes, bigEndian: true);
        if (id == Guid.Empty
            || decision is < (byte)ConsentDecision.AcceptAll or > (byte)ConsentDecision.PrivacySignal
            || (flags & ~(FlagPrivacySignal | FlagNoticeHash)) != 0
            || created > (ulong)s_maxUnixSeconds
            || lifetime == 0 || lifetime > (ulong)s_maxUnixSeconds - created
            || revision == 0 || revision > int.MaxValue)
        {
            return false;
        }

        Span<char> chars = stackalloc char[ConsentText.MaxLanguageLength];
        if (!TryAscii(languageBytes, chars, out var languageChars) || !ConsentText.IsValidLanguage(languageChars))
        {
            return false;
        }

        var language = new string(languageChars);
        string? hash = null;
        if ((flags & FlagNoticeHash) != 0)
        {
            if (!reader.TryTake(HashLength, out var hashBytes))
            {
                return false;
            }

            hash = Convert.ToHexStringLower(hashBytes);
        }

        if (!reader.TryVarint(out var count) || count > ConsentRecord.MaxChoices)
        {
            return false;
        }

        var choices = ImmutableArray.CreateBuilder<ConsentPurposeChoice>((int)count);
        ReadOnlySpan<byte> previous = default;
        Span<char> idChars = stackalloc char[ConsentPurpose.MaxIdLength];
        for (var i = 0; i < (int)count; i++)
        {
            if (!reader.TryByte(out var idLength)
                || !reader.TryTake(idLength, out var purposeBytes)
                || !reader.TryByte(out var choice)
                || choice is not ((byte)ConsentChoice.Denied or (byte)ConsentChoice.Granted)
                || (i > 0 && purposeBytes.SequenceCompareTo(previous) <= 0)
                || !TryAscii(purposeBytes, idChars, out var purposeId)
                || !ConsentPurpose.IsValidId(purposeId))
            {
                return false;
            }

            var purpose = ConsentPurpose.TryGetStandard(purposeId, out var standard) ? standard : null;
            if (purpose?.IsEssential == true)
            {
                return false;
            }

            choices.Add(new ConsentPurposeChoice { PurposeId = purpose?.Id ?? new string(purposeId), Choice = (ConsentChoice)choice });
            previous = purposeBytes;
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        var createdAt = DateTimeOffset.FromUnixTimeSeconds((long)created);
        record = new ConsentRecord
        {
            Id = id,
            Decision = (ConsentDecision)decision,
            CreatedAt = createdAt,
            ExpiresAt = createdAt.AddSeconds(lifetime),
            PolicyRevision = (int)revision,
            Language = language,
            NoticeHash = hash,
            GlobalPrivacyControl = (flags & FlagPrivacySignal) != 0,
            Choices = choices.MoveToImmutable(),
        };
        return true;
    }

    private static bool TryAscii(ReadOnlySpan<byte> bytes, Span<char> destination, out ReadOnlySpan<char> chars)
    {
        chars = default;
        if (bytes.Length > destination.Length || Ascii.ToUtf16(bytes, destination, out var written) != OperationStatus.Done)
        {
            return false;
        }

        chars = destination[..written];
        return true;
    }

    private ref struct PayloadReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public bool TryByte(out byte value)
        {
            if (_position < _data.Length)
            {
                value = _data[_position++];
                return true;
            }

            value = 0;
            return false;
        }

        public bool TryTake(int length, out ReadOnlySpan<byte> bytes)
        {
            if (length <= _data.Length - _position)
            {
                bytes = _data.Slice(_position, length);
                _position += length;
                return true;
            }

            bytes = default;
            return false;
        }

        // Unsigned LEB128 in its shortest form, at most 63 bits.
        public bool TryVarint(out ulong value)
        {
            value = 0;
            for (var shift = 0; shift < 63; shift += 7)
            {
                if (!TryByte(out var b))
                {
                    return false;
                }

                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    // A last byte of zero after the first is a longer spelling of a shorter number.
                    return b != 0 || shift == 0;
                }
            }

            return false;
        }
    }
}
