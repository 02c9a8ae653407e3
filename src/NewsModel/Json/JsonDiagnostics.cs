using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Json;

/// <summary>Turns what went wrong in a read into a <see cref="NewsDiagnostic"/>: code, message, JSON path, 1-based line and UTF-16 column.</summary>
internal static class JsonDiagnostics
{
    /// <summary>A diagnostic for an error that System.Text.Json raised in the schema pass.</summary>
    public static NewsDiagnostic FromSchemaException(ReadOnlySpan<byte> utf8, JsonException exception)
    {
        // System.Text.Json gives the position just after the token it was reading; point at the token itself.
        var offset = TokenStartBefore(utf8, OffsetOf(utf8, exception.LineNumber, exception.BytePositionInLine));
        if (exception is NewsJsonException own)
        {
            return At(utf8, offset, own.Code, own.DiagnosticMessage, JsonPath.Combine(exception.Path, own.Member));
        }

        var path = exception.Path ?? JsonPath.Root;
        if (exception.InnerException is JsonException reader)
        {
            // Malformed JSON is caught by the structure pass; kept for safety.
            return At(utf8, offset, NewsDiagnosticCode.InvalidJson, DiagnosticMessages.InvalidJson(ReasonOf(reader)), path);
        }

        // What is left is a value the schema does not allow: a wrong type, a null, or a property the schema does not have.
        return At(utf8, offset, NewsDiagnosticCode.InvalidJsonValue, DescribeInvalidValue(path), path);
    }

    /// <summary>A diagnostic at a byte offset of the input: 1-based line, 1-based column in UTF-16 code units.</summary>
    public static NewsDiagnostic At(ReadOnlySpan<byte> utf8, long byteOffset, NewsDiagnosticCode code, string message, string path)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1;
        return new NewsDiagnostic(code, NewsDiagnosticSeverity.Error, message, line, column, path);
    }

    /// <summary>The byte offset of a 0-based line and byte position in that line, as <see cref="JsonException"/> gives them.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long? lineNumber, long? bytePositionInLine)
    {
        var lineStart = 0;
        for (var i = 0L; i < (lineNumber ?? 0); i++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return lineStart + (bytePositionInLine ?? 0);
    }

    // The start of the token that ends at or just before the offset. Runs only on well-formed input (after the structure pass).
    private static long TokenStartBefore(ReadOnlySpan<byte> utf8, long offset)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        while (reader.Read())
        {
            if (reader.BytesConsumed >= offset)
            {
                return reader.TokenStartIndex;
            }
        }

        return offset;
    }

    /// <summary>The reader's explanation without its own 0-based position, which the diagnostic states 1-based.</summary>
    public static string ReasonOf(JsonException exception)
    {
        var message = exception.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position < 0)
        {
            position = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return position < 0 ? message : message[..position];
    }

    /// <summary>Says what the schema expects at <paramref name="path"/>, from the source-generated metadata (the schema is not written down twice).</summary>
    private static string DescribeInvalidValue(string path)
    {
        var context = NewsPageJsonContext.Default;
        JsonTypeInfo? info = context.JsonPage;
        foreach (var (name, _) in JsonPath.Split(path))
        {
            if (name is not null)
            {
                if (info.Kind != JsonTypeInfoKind.Object)
                {
                    break;
                }

                var property = FindProperty(info, name);
                if (property is null)
                {
                    return DiagnosticMessages.UnknownJsonProperty(name);
                }

                info = context.GetTypeInfo(property.PropertyType);
            }
            else
            {
                if (info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is null)
                {
                    break;
                }

                info = context.GetTypeInfo(info.ElementType);
            }

            if (info is null)
            {
                return DiagnosticMessages.UnexpectedJsonValue(DiagnosticMessages.JsonAnyValidValue);
            }
        }

        return DiagnosticMessages.UnexpectedJsonValue(ExpectedValue(info));
    }

    private static JsonPropertyInfo? FindProperty(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static string ExpectedValue(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            return DiagnosticMessages.JsonObjectValue;
        }

        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            return DiagnosticMessages.JsonArrayValue;
        }

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return type == typeof(string) ? DiagnosticMessages.JsonStringValue
            : type == typeof(bool) ? DiagnosticMessages.JsonBooleanValue
            : type == typeof(ConsentActionKind) ? DiagnosticMessages.JsonConsentActionKindValue
            : type == typeof(int) ? DiagnosticMessages.JsonSchemaVersionValue(NewsPageJson.SchemaVersion)
            : DiagnosticMessages.JsonAnyValidValue;
    }
}
