using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace NewsModel.Json;

// The canonical JSON schema, version 1, as data-transfer types: the only place where JSON names and the order of
// properties are defined. The model does not know about JSON; NewsPageJsonMapper converts between the two.
// Property names come from the context's camelCase policy; declaration order is the written order.
// Members that a page must have are checked in OnDeserialized (STJ's own "required" check does not say which member
// is missing); explicit nulls for non-nullable members are rejected by RespectNullableAnnotations.

/// <summary>The root object of a page's JSON.</summary>
internal sealed class JsonPage : IJsonOnDeserialized
{
    [JsonConverter(typeof(SchemaVersionJsonConverter))]
    public int? SchemaVersion { get; set; }

    public string? UiLanguage { get; set; }

    public string? ContentLanguage { get; set; }

    public JsonArticle? Article { get; set; }

    public JsonTag? Tag { get; set; }

    public ImmutableArray<JsonReaction> Reactions { get; set; } = [];

    public ImmutableArray<JsonStory> RelatedStories { get; set; } = [];

    public ImmutableArray<JsonStory> Stories { get; set; } = [];

    public JsonConsent? Consent { get; set; }

    // Written only when non-empty: the mapper leaves it default (not empty) for a page without unclassified text.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<string> UnclassifiedText { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        JsonSchemaErrors.ThrowIfMissing(SchemaVersion is null, "schemaVersion");
        JsonSchemaErrors.ThrowIfNullItem(Reactions, "reactions");
        JsonSchemaErrors.ThrowIfNullItem(RelatedStories, "relatedStories");
        JsonSchemaErrors.ThrowIfNullItem(Stories, "stories");
        JsonSchemaErrors.ThrowIfNullItem(UnclassifiedText, "unclassifiedText");
    }
}

/// <summary>The article of an article page.</summary>
internal sealed class JsonArticle : IJsonOnDeserialized
{
    public string? Headline { get; set; }

    public string? Summary { get; set; }

    public ImmutableArray<string> Body { get; set; } = [];

    public JsonImage? Image { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => JsonSchemaErrors.ThrowIfNullItem(Body, "body");
}

/// <summary>An image: the hero image of an article or the picture of a story card.</summary>
internal sealed class JsonImage : IJsonOnDeserialized
{
    private bool _hasAiGenerated;

    // Absent when the page shows the image without a caption (a story card's AI-image badge alone).
    public string? Caption { get; set; }

    public bool AiGenerated
    {
        get;
        set
        {
            field = value;
            _hasAiGenerated = true;
        }
    }

    void IJsonOnDeserialized.OnDeserialized()
    {
        JsonSchemaErrors.ThrowIfMissing(!_hasAiGenerated, "aiGenerated");
    }
}

/// <summary>The tag a tag page shows.</summary>
internal sealed class JsonTag
{
    public string? Name { get; set; }

    public bool FollowButton { get; set; }
}

/// <summary>One paragraph of the "What people are saying" section.</summary>
internal sealed class JsonReaction : IJsonOnDeserialized
{
    public string Text { get; set; } = null!;

    public string? Platform { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => JsonSchemaErrors.ThrowIfMissing(Text is null, "text");
}

/// <summary>A story card, in <c>relatedStories</c> or in a tag page's <c>stories</c>.</summary>
internal sealed class JsonStory : IJsonOnDeserialized
{
    private bool _hasAiReported;

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public JsonImage? Image { get; set; }

    public bool AiReported
    {
        get;
        set
        {
            field = value;
            _hasAiReported = true;
        }
    }

    void IJsonOnDeserialized.OnDeserialized() => JsonSchemaErrors.ThrowIfMissing(!_hasAiReported, "aiReported");
}

/// <summary>The cookie-consent banner.</summary>
internal sealed class JsonConsent : IJsonOnDeserialized
{
    public string Title { get; set; } = null!;

    public string? Message { get; set; }

    public ImmutableArray<JsonConsentAction> Actions { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        JsonSchemaErrors.ThrowIfMissing(Title is null, "title");
        JsonSchemaErrors.ThrowIfNullItem(Actions, "actions");
    }
}

/// <summary>One button of the consent banner.</summary>
internal sealed class JsonConsentAction : IJsonOnDeserialized
{
    private bool _hasKind;

    [JsonConverter(typeof(ConsentActionKindJsonConverter))]
    public ConsentActionKind Kind
    {
        get;
        set
        {
            field = value;
            _hasKind = true;
        }
    }

    public string Label { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized()
    {
        JsonSchemaErrors.ThrowIfMissing(!_hasKind, "kind");
        JsonSchemaErrors.ThrowIfMissing(Label is null, "label");
    }
}
