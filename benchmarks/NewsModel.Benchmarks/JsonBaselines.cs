using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Newtonsoft.Json.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>
/// The JSON benchmarks' page and their general-purpose baselines: System.Text.Json by reflection on the model and
/// Newtonsoft.Json, both with camelCase names and nulls left out, as NewsModel writes.
/// </summary>
internal static class JsonBaselines
{
    /// <summary>Reflection STJ with NewsModel's encoder (letters of every script unescaped, HTML-sensitive characters escaped).</summary>
    public static JsonSerializerOptions Reflection { get; } = Create(JavaScriptEncoder.Create(UnicodeRanges.All));

    /// <summary>Reflection STJ with the relaxed encoder (what the first harness used).</summary>
    public static JsonSerializerOptions ReflectionRelaxed { get; } = Create(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public static global::Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings { get; } = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
    };

    /// <summary>The reference page, parsed.</summary>
    public static NewsPage Page() => NewsPageText.Parse(ReferencePage.Load());

    /// <summary>Every string the page keeps, in JSON order: what any serializer must transcode at least.</summary>
    public static string[] Strings(NewsPage page)
    {
        var strings = new List<string?> { page.UiLanguage, page.ContentLanguage };
        if (page.Article is { } article)
        {
            strings.AddRange([article.Headline, article.Summary, .. article.Body, article.Image?.Caption]);
        }

        foreach (var reaction in page.Reactions)
        {
            strings.AddRange([reaction.Text, reaction.Platform]);
        }

        foreach (var story in page.RelatedStories.Concat(page.Stories))
        {
            strings.AddRange([story.Title, story.Summary, story.Image?.Caption]);
        }

        if (page.Consent is { } consent)
        {
            strings.AddRange([consent.Title, consent.Message, .. consent.Actions.Select(a => a.Label)]);
        }

        strings.AddRange(page.UnclassifiedText);
        return [.. strings.OfType<string>()];
    }

    private static JsonSerializerOptions Create(JavaScriptEncoder encoder)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = encoder,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
