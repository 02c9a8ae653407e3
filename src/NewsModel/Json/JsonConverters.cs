using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Json;

/// <summary>Reads <c>schemaVersion</c>: a number that must be <see cref="NewsPageJson.SchemaVersion"/>.</summary>
internal sealed class SchemaVersionJsonConverter : JsonConverter<int?>
{
    // Called for null too, so that "schemaVersion": null is a wrong value rather than a missing member.
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new NewsJsonException(
                NewsDiagnosticCode.InvalidJsonValue,
                DiagnosticMessages.UnexpectedJsonValue(DiagnosticMessages.JsonSchemaVersionValue(NewsPageJson.SchemaVersion)));
        }

        if (reader.TryGetInt32(out var version) && version == NewsPageJson.SchemaVersion)
        {
            return version;
        }

        var raw = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
        throw new NewsJsonException(
            NewsDiagnosticCode.UnsupportedSchemaVersion,
            DiagnosticMessages.UnsupportedSchemaVersion(raw, NewsPageJson.SchemaVersion));
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value ?? NewsPageJson.SchemaVersion);
}

/// <summary>Reads and writes <see cref="ConsentActionKind"/> as its exact camelCase name (<c>decline</c>, <c>accept</c>, <c>other</c>).</summary>
internal sealed class ConsentActionKindJsonConverter : JsonConverter<ConsentActionKind>
{
    public override ConsentActionKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new NewsJsonException(
                NewsDiagnosticCode.InvalidJsonValue,
                DiagnosticMessages.UnexpectedJsonValue(DiagnosticMessages.JsonConsentActionKindValue));
        }

        if (reader.ValueTextEquals("decline"u8))
        {
            return ConsentActionKind.Decline;
        }

        if (reader.ValueTextEquals("accept"u8))
        {
            return ConsentActionKind.Accept;
        }

        if (reader.ValueTextEquals("other"u8))
        {
            return ConsentActionKind.Other;
        }

        throw new NewsJsonException(
            NewsDiagnosticCode.InvalidJsonValue,
            DiagnosticMessages.UnknownConsentActionKind(reader.GetString() ?? string.Empty));
    }

    public override void Write(Utf8JsonWriter writer, ConsentActionKind value, JsonSerializerOptions options)
        => writer.WriteStringValue(value switch
        {
            ConsentActionKind.Decline => "decline"u8,
            ConsentActionKind.Accept => "accept"u8,
            ConsentActionKind.Other => "other"u8,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, DiagnosticMessages.UndefinedConsentActionKind),
        });
}

/// <summary>
/// Reads and writes a whole <see cref="NewsPage"/> as canonical JSON inside an application's own serialization
/// (see <see cref="NewsPageJson.TypeInfoResolver"/>). Errors surface as <see cref="JsonException"/>, as for any converter.
/// </summary>
internal sealed class NewsPageJsonConverter : JsonConverter<NewsPage>
{
    public override NewsPage? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var json = JsonSerializer.Deserialize(ref reader, NewsPageJsonContext.Default.JsonPage);
        return json is null ? null : NewsPageJsonMapper.ToModel(json);
    }

    public override void Write(Utf8JsonWriter writer, NewsPage value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, NewsPageJsonMapper.ToJson(value), NewsPageJsonContext.Default.JsonPage);
}

/// <summary>Resolves <see cref="NewsPage"/> to its canonical JSON contract, for any <see cref="JsonSerializerOptions"/>.</summary>
internal sealed class NewsPageJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    public static NewsPageJsonTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type == typeof(NewsPage) ? JsonMetadataServices.CreateValueInfo<NewsPage>(options, new NewsPageJsonConverter()) : null;
    }
}
