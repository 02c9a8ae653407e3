using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsModel.Json;

namespace NewsModel.Consent;

/// <summary>
/// Reads and writes a <see cref="ConsentHistory"/> as JSON for an app's audit log, with the conventions of NewsModel's
/// page JSON: camelCase names, a <c>schemaVersion</c>, strict reading, and every error a <see cref="NewsDiagnostic"/>
/// with its code, JSON path, line and column.
/// </summary>
/// <remarks>
/// <para>
/// The schema (version <see cref="SchemaVersion"/>), in the order written: <c>schemaVersion</c> (required), <c>entries</c>
/// [{<c>event</c> (required: <c>given</c>, <c>changed</c>, <c>withdrawn</c>, <c>reasked</c> or <c>privacySignal</c>),
/// <c>record</c> (required) {<c>id</c> (a UUID), <c>decision</c> (<c>acceptAll</c>, <c>rejectAll</c>, <c>custom</c>,
/// <c>withdrawal</c> or <c>privacySignal</c>), <c>createdAt</c> and <c>expiresAt</c> (UTC instants to the second, such as
/// <c>2025-08-31T12:30:15Z</c>), <c>policyRevision</c> (an integer of 1 or more), <c>language</c>, <c>noticeHash</c>
/// (64 lowercase hexadecimal digits; left out when there is none), <c>globalPrivacyControl</c> (a boolean), <c>choices</c>
/// (an object from purpose id to <c>granted</c> or <c>denied</c>)}}]. Every record member but <c>noticeHash</c> and
/// <c>choices</c> is required.
/// </para>
/// <para>
/// Reading is strict: unknown and duplicate properties, nulls where the schema has none, wrong types, comments, trailing
/// commas, JSON deeper than <see cref="NewsPageJsonOptions.MaxDepth"/> and input over <see cref="NewsPageJsonOptions.MaxInputLength"/> (bytes of UTF-8) are errors, and so is a history that could not
/// have been appended: entries out of time order, a record id twice, or an <c>event</c> other than the one
/// <see cref="ConsentHistory.Classify(ConsentRecord?, ConsentRecord)"/> gives. Thread-safe.
/// </para>
/// </remarks>
public static class ConsentHistoryJson
{
    /// <summary>The <c>schemaVersion</c> this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Writes a history as compact JSON.</summary>
    /// <param name="history">The history.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ConsentHistory history) => Serialize(history, null);

    /// <summary>Writes a history as JSON.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">How to write (<see cref="NewsPageJsonOptions.WriteIndented"/>); <see langword="null"/> for compact JSON.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ConsentHistory history, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(history);
        var buffer = new ArrayBufferWriter<byte>(256 + (history.Entries.Length * 512));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options?.WriteIndented ?? false, NewLine = "\n" }))
        {
            Serialize(writer, history);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a history to a JSON writer (inside an app's own JSON, for example), with the writer's settings.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="history">The history.</param>
    public static void Serialize(Utf8JsonWriter writer, ConsentHistory history)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(history);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion"u8, SchemaVersion);
        writer.WriteStartArray("entries"u8);
        foreach (var entry in history.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, EventName(entry.Event));
            writer.WriteStartObject("record"u8);
            WriteRecord(writer, entry.Record);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a history from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The history.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid history; the exception names the JSON path.</exception>
    public static ConsentHistory Deserialize(string json) => Deserialize(json, null);

    /// <summary>Reads a history from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read (<see cref="NewsPageJsonOptions.MaxDepth"/>); <see langword="null"/> for the defaults.</param>
    /// <returns>The history.</returns>
    /// <exception cref="NewsFormatException">The JSON is not a valid history; the exception names the JSON path.</exception>
    public static ConsentHistory Deserialize(string json, NewsPageJsonOptions? options) => DeserializeWithDiagnostics(json, options).Value;

    /// <summary>Reads a history from JSON without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="history">The history, when the JSON is valid.</param>
    /// <returns>Whether the JSON is a valid history.</returns>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out ConsentHistory? history) => TryDeserialize(json, null, out history);

    /// <summary>Reads a history from JSON without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <param name="history">The history, when the JSON is valid.</param>
    /// <returns>Whether the JSON is a valid history.</returns>
    public static bool TryDeserialize(string json, NewsPageJsonOptions? options, [NotNullWhen(true)] out ConsentHistory? history)
    {
        var result = DeserializeWithDiagnostics(json, options);
        history = result.GetValueOrDefault();
        return result.Success;
    }

    /// <summary>Reads a history from JSON, reporting instead of throwing: the history, or the error (with its JSON path, line and column).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result.</returns>
    public static ParseResult<ConsentHistory> DeserializeWithDiagnostics(string json) => DeserializeWithDiagnostics(json, null);

    /// <summary>Reads a history from JSON, reporting instead of throwing: the history, or the error (with its JSON path, line and column).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    public static ParseResult<ConsentHistory> DeserializeWithDiagnostics(string json, NewsPageJsonOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        var limit = (options ?? NewsPageJsonOptions.Default).MaxInputLength;
        return InputLimit.Exceeds(json, limit, out var length)
            ? InputLimit.TooLarge<ConsentHistory>(DiagnosticBag.ForErrors(), length, limit, JsonPath.Root)
            : DeserializeWithDiagnostics(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a history from UTF-8 JSON, reporting instead of throwing: the history, or the error (with its JSON path, line and column).</summary>
    /// <param name="utf8Json">The JSON as UTF-8.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    public static ParseResult<ConsentHistory> DeserializeWithDiagnostics(ReadOnlySpan<byte> utf8Json, NewsPageJsonOptions? options)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        options ??= NewsPageJsonOptions.Default;
        if (utf8Json.Length > options.MaxInputLength)
        {
            return InputLimit.TooLarge<ConsentHistory>(DiagnosticBag.ForErrors(), utf8Json.Length, options.MaxInputLength, JsonPath.Root);
        }

        var maxDepth = options.MaxDepth;
        if (JsonStructureValidator.Validate(utf8Json, maxDepth) is { } error)
        {
            return JsonDiagnostics.Fail<ConsentHistory>(DiagnosticBag.ForErrors(), utf8Json, error);
        }

        var reader = new Utf8JsonReader(utf8Json, JsonStructureValidator.ReaderOptions(maxDepth));
        try
        {
            reader.Read();
            return DiagnosticBag.ForErrors().ToResult(ReadHistory(ref reader));
        }
        catch (HistoryReadException exception)
        {
            return JsonDiagnostics.Fail<ConsentHistory>(DiagnosticBag.ForErrors(), utf8Json, new JsonReadError(exception.Code, exception.Message, exception.Path, exception.Offset));
        }
    }

    private static void WriteRecord(Utf8JsonWriter writer, ConsentRecord record)
    {
        writer.WriteString("id"u8, record.Id.ToString("D"));
        writer.WriteString("decision"u8, DecisionName(record.Decision));
        writer.WriteString("createdAt"u8, record.CreatedAt.ToString(InstantFormat, CultureInfo.InvariantCulture));
        writer.WriteString("expiresAt"u8, record.ExpiresAt.ToString(InstantFormat, CultureInfo.InvariantCulture));
        writer.WriteNumber("policyRevision"u8, record.PolicyRevision);
        writer.WriteString("language"u8, record.Language);
        if (record.NoticeHash is { } hash)
        {
            writer.WriteString("noticeHash"u8, hash);
        }

        writer.WriteBoolean("globalPrivacyControl"u8, record.GlobalPrivacyControl);
        writer.WriteStartObject("choices"u8);
        foreach (var choice in record.Choices)
        {
            writer.WriteString(choice.PurposeId, choice.Choice == ConsentChoice.Granted ? "granted"u8 : "denied"u8);
        }

        writer.WriteEndObject();
    }

    private static ConsentHistory ReadHistory(ref Utf8JsonReader reader)
    {
        const string path = JsonPath.Root;
        Expect(ref reader, JsonTokenType.StartObject, path, DiagnosticMessages.JsonObjectValue);
        var history = ConsentHistory.Empty;
        var hasVersion = false;
        while (NextProperty(ref reader, out var name))
        {
            var member = path + "." + name;
            switch (name)
            {
                case "schemaVersion":
                    ReadSchemaVersion(ref reader, member);
                    hasVersion = true;
                    break;
                case "entries":
                    Expect(ref reader, JsonTokenType.StartArray, member, DiagnosticMessages.JsonArrayValue);
                    var index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        history = ReadEntry(ref reader, history, JsonPath.AppendIndex(member, index++));
                    }

                    break;
                default:
                    throw UnknownProperty(ref reader, path, name);
            }
        }

        ThrowIfMissing(ref reader, !hasVersion, path, "schemaVersion");
        return history;
    }

    private static void ReadSchemaVersion(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        var expected = DiagnosticMessages.JsonSchemaVersionValue(SchemaVersion);
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Invalid(ref reader, path, expected);
        }

        if (!reader.TryGetInt32(out var version) || version != SchemaVersion)
        {
            throw new HistoryReadException(
                NewsDiagnosticCode.UnsupportedSchemaVersion,
                DiagnosticMessages.UnsupportedSchemaVersion(Encoding.UTF8.GetString(reader.ValueSpan), SchemaVersion),
                path,
                reader.TokenStartIndex);
        }
    }

    private static ConsentHistory ReadEntry(ref Utf8JsonReader reader, ConsentHistory history, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(ref reader, path, DiagnosticMessages.JsonObjectValue);
        }

        ConsentHistoryEvent? written = null;
        ConsentRecord? record = null;
        long eventOffset = 0, recordOffset = 0;
        while (NextProperty(ref reader, out var name))
        {
            var member = path + "." + name;
            reader.Read();
            switch (name)
            {
                case "event":
                    eventOffset = reader.TokenStartIndex;
                    written = ReadEnum(ref reader, member, DiagnosticMessages.JsonConsentEventValue, ParseEvent);
                    break;
                case "record":
                    recordOffset = reader.TokenStartIndex;
                    record = ReadRecord(ref reader, member);
                    break;
                default:
                    throw UnknownProperty(ref reader, path, name);
            }
        }

        ThrowIfMissing(ref reader, written is null, path, "event");
        ThrowIfMissing(ref reader, record is null, path, "record");
        var current = history.Current;
        if (current is not null && record!.CreatedAt < current.CreatedAt)
        {
            throw new HistoryReadException(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.InvalidJsonValue(DiagnosticMessages.ConsentHistoryOutOfOrder), path + ".record.createdAt", recordOffset);
        }

        foreach (var entry in history.Entries)
        {
            if (entry.Record.Id == record!.Id)
            {
                throw new HistoryReadException(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.InvalidJsonValue(DiagnosticMessages.ConsentHistoryDuplicateId(record.Id)), path + ".record.id", recordOffset);
            }
        }

        var derived = ConsentHistory.Classify(current, record!);
        if (derived != written)
        {
            throw new HistoryReadException(
                NewsDiagnosticCode.InvalidJsonValue,
                DiagnosticMessages.ConsentHistoryEventMismatch(EventName(written!.Value), EventName(derived)),
                path + ".event",
                eventOffset);
        }

        return history.Append(record!);
    }

    private static ConsentRecord ReadRecord(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(ref reader, path, DiagnosticMessages.JsonObjectValue);
        }

        Guid? id = null;
        ConsentDecision? decision = null;
        DateTimeOffset? created = null, expires = null;
        int? revision = null;
        string? language = null, hash = null;
        bool? gpc = null;
        var choices = ImmutableArray<ConsentPurposeChoice>.Empty;
        while (NextProperty(ref reader, out var name))
        {
            var member = path + "." + name;
            reader.Read();
            switch (name)
            {
                case "id":
                    var idText = ReadString(ref reader, member, DiagnosticMessages.JsonConsentIdValue);
                    id = Guid.TryParseExact(idText, "D", out var parsed) && parsed != Guid.Empty ? parsed : throw Invalid(ref reader, member, DiagnosticMessages.JsonConsentIdValue);
                    break;
                case "decision":
                    decision = ReadEnum(ref reader, member, DiagnosticMessages.JsonConsentDecisionValue, ParseDecision);
                    break;
                case "createdAt":
                    created = ReadInstant(ref reader, member);
                    break;
                case "expiresAt":
                    expires = ReadInstant(ref reader, member);
                    break;
                case "policyRevision":
                    revision = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number >= 1
                        ? number
                        : throw Invalid(ref reader, member, DiagnosticMessages.JsonPositiveIntegerValue);
                    break;
                case "language":
                    language = ReadString(ref reader, member, DiagnosticMessages.JsonConsentLanguageValue);
                    if (!ConsentText.IsValidLanguage(language))
                    {
                        throw Invalid(ref reader, member, DiagnosticMessages.JsonConsentLanguageValue);
                    }

                    break;
                case "noticeHash":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        hash = ReadString(ref reader, member, DiagnosticMessages.JsonNoticeHashValue);
                        if (!ConsentPrompt.IsCanonicalHash(hash))
                        {
                            throw Invalid(ref reader, member, DiagnosticMessages.JsonNoticeHashValue);
                        }
                    }

                    break;
                case "globalPrivacyControl":
                    gpc = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw Invalid(ref reader, member, DiagnosticMessages.JsonBooleanValue),
                    };
                    break;
                case "choices":
                    choices = ReadChoices(ref reader, member);
                    break;
                default:
                    throw UnknownProperty(ref reader, path, name);
            }
        }

        ThrowIfMissing(ref reader, id is null, path, "id");
        ThrowIfMissing(ref reader, decision is null, path, "decision");
        ThrowIfMissing(ref reader, created is null, path, "createdAt");
        ThrowIfMissing(ref reader, expires is null, path, "expiresAt");
        ThrowIfMissing(ref reader, revision is null, path, "policyRevision");
        ThrowIfMissing(ref reader, language is null, path, "language");
        ThrowIfMissing(ref reader, gpc is null, path, "globalPrivacyControl");
        return new ConsentRecord
        {
            Id = id!.Value,
            Decision = decision!.Value,
            CreatedAt = created!.Value,
            ExpiresAt = expires!.Value,
            PolicyRevision = revision!.Value,
            Language = language!,
            NoticeHash = hash,
            GlobalPrivacyControl = gpc!.Value,
            Choices = choices,
        };
    }

    private static ImmutableArray<ConsentPurposeChoice> ReadChoices(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(ref reader, path, DiagnosticMessages.JsonObjectValue);
        }

        var choices = ImmutableArray.CreateBuilder<ConsentPurposeChoice>();
        while (NextProperty(ref reader, out var id))
        {
            var member = path + "." + id;
            if (!ConsentPurpose.IsValidId(id) || id == ConsentPurpose.StrictlyNecessary.Id || choices.Count == ConsentRecord.MaxChoices)
            {
                throw new HistoryReadException(
                    NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.InvalidJsonValue(DiagnosticMessages.InvalidConsentChoicePurpose(id)), member, reader.TokenStartIndex);
            }

            reader.Read();
            var choice = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("granted"u8) ? ConsentChoice.Granted
                : reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("denied"u8) ? ConsentChoice.Denied
                : throw Invalid(ref reader, member, DiagnosticMessages.JsonConsentChoiceValue);
            choices.Add(new ConsentPurposeChoice { PurposeId = id, Choice = choice });
        }

        return choices.ToImmutable();
    }

    private static DateTimeOffset ReadInstant(ref Utf8JsonReader reader, string path)
    {
        var text = ReadString(ref reader, path, DiagnosticMessages.JsonInstantValue);
        return DateTimeOffset.TryParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            && instant >= DateTimeOffset.UnixEpoch
            ? instant
            : throw Invalid(ref reader, path, DiagnosticMessages.JsonInstantValue);
    }

    private static T ReadEnum<T>(ref Utf8JsonReader reader, string path, string expected, Func<string, T?> parse)
        where T : struct
        => parse(ReadString(ref reader, path, expected)) ?? throw Invalid(ref reader, path, expected);

    private static string ReadString(ref Utf8JsonReader reader, string path, string expected)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Invalid(ref reader, path, expected);

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = null;
            return false;
        }

        name = reader.GetString()!;
        return true;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, string expected)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
        }

        if (reader.TokenType != type)
        {
            throw Invalid(ref reader, path, expected);
        }
    }

    private static void ThrowIfMissing(ref Utf8JsonReader reader, bool missing, string path, string name)
    {
        if (missing)
        {
            throw new HistoryReadException(
                NewsDiagnosticCode.MissingJsonProperty, DiagnosticMessages.MissingJsonProperty("\"" + name + "\""), path + "." + name, reader.TokenStartIndex);
        }
    }

    private static HistoryReadException Invalid(ref Utf8JsonReader reader, string path, string expected)
        => new(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnexpectedJsonValue(expected), path, reader.TokenStartIndex);

    private static HistoryReadException UnknownProperty(ref Utf8JsonReader reader, string path, string name)
    {
        var builder = new StringBuilder(path);
        JsonPath.AppendProperty(builder, name);
        return new(NewsDiagnosticCode.InvalidJsonValue, DiagnosticMessages.UnknownConsentJsonProperty(name), builder.ToString(), reader.TokenStartIndex);
    }

    private static string EventName(ConsentHistoryEvent value) => value switch
    {
        ConsentHistoryEvent.Given => "given",
        ConsentHistoryEvent.Changed => "changed",
        ConsentHistoryEvent.Withdrawn => "withdrawn",
        ConsentHistoryEvent.Reasked => "reasked",
        ConsentHistoryEvent.PrivacySignal => "privacySignal",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    private static ConsentHistoryEvent? ParseEvent(string name) => name switch
    {
        "given" => ConsentHistoryEvent.Given,
        "changed" => ConsentHistoryEvent.Changed,
        "withdrawn" => ConsentHistoryEvent.Withdrawn,
        "reasked" => ConsentHistoryEvent.Reasked,
        "privacySignal" => ConsentHistoryEvent.PrivacySignal,
        _ => null,
    };

    private static string DecisionName(ConsentDecision value) => value switch
    {
        ConsentDecision.AcceptAll => "acceptAll",
        ConsentDecision.RejectAll => "rejectAll",
        ConsentDecision.Custom => "custom",
        ConsentDecision.Withdrawal => "withdrawal",
        ConsentDecision.PrivacySignal => "privacySignal",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    private static ConsentDecision? ParseDecision(string name) => name switch
    {
        "acceptAll" => ConsentDecision.AcceptAll,
        "rejectAll" => ConsentDecision.RejectAll,
        "custom" => ConsentDecision.Custom,
        "withdrawal" => ConsentDecision.Withdrawal,
        "privacySignal" => ConsentDecision.PrivacySignal,
        _ => null,
    };

#pragma warning disable CA1032, CA1064 // Internal signal out of the reader's recursion; never escapes ConsentHistoryJson's entry points.
    private sealed class HistoryReadException(NewsDiagnosticCode code, string message, string path, long offset) : Exception(message)
#pragma warning restore CA1032, CA1064
    {
        public NewsDiagnosticCode Code { get; } = code;

        public string Path { get; } = path;

        public long Offset { get; } = offset;
    }
}
