using System.Text.Json.Serialization;

namespace NewsModel.Json;

/// <summary>
/// The source-generated serializer metadata of the canonical JSON: camelCase names, nulls omitted, strict reading
/// (no duplicate or unknown properties, no null where the schema has none, no comments or trailing commas).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(JsonPage))]
internal sealed partial class NewsPageJsonContext : JsonSerializerContext
{
}
