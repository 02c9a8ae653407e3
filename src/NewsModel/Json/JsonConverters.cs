using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Json;

/// <summary>
/// Reads and writes a whole <see cref="NewsPage"/> as canonical JSON inside an application's own serialization
/// (see <see cref="NewsPageJson.TypeInfoResolver"/>), with the same reader and writer as <see cref="NewsPageJson"/>.
/// Errors surface as <see cref="JsonException"/>, as for any converter, with the diagnostic's message and the path within the page.
/// </summary>
internal sealed class NewsPageJsonConverter : JsonConverter<NewsPage>
{
    public override NewsPage? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var pageReader = new NewsPageJsonReader(reader, NewsPageJsonOptions.DefaultMaxDepth);
        NewsPage page;
        try
        {
            page = pageReader.ReadPage();
        }
        catch (JsonReadException exception)
        {
            throw new JsonException(DiagnosticMessages.WithinPage(exception.Error.Message, exception.Error.Path), exception);
        }

        reader = pageReader.Reader;
        return page;
    }

    public override void Write(Utf8JsonWriter writer, NewsPage value, JsonSerializerOptions options)
        => NewsPageJsonWriter.Write(writer, value);
}

/// <summary>
/// Resolves <see cref="NewsPage"/> to its canonical JSON contract for any <see cref="JsonSerializerOptions"/>: a value
/// whose converter is <see cref="NewsPageJsonConverter"/>, built as source generation builds it for a converter, with no
/// reflection (safe for trimming and native AOT). There is deliberately no property-based contract of the model.
/// </summary>
internal sealed class NewsPageJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    public static NewsPageJsonTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type == typeof(NewsPage) ? JsonMetadataServices.CreateValueInfo<NewsPage>(options, new NewsPageJsonConverter()) : null;
    }
}
