namespace NewsModel.Localization;

/// <summary>Where a localized label came from.</summary>
public enum LabelSource
{
    /// <summary>No language on the fallback chain has the resource; the value is the resource name.</summary>
    NotFound = 0,

    /// <summary>Labels the app added or overrode (<see cref="NewsLocalizationOptions"/>).</summary>
    Application = 1,

    /// <summary>NewsModel's resources read through <see cref="System.Resources.ResourceManager"/>: a satellite assembly, or the main assembly for the neutral language.</summary>
    Resources = 2,

    /// <summary>
    /// The same resources compiled into NewsModel's <see cref="LabelCatalog.Default"/> at build time, used where <see cref="System.Resources.ResourceManager"/>
    /// cannot load them (globalization-invariant mode, where the language's culture cannot be created, or a missing satellite).
    /// </summary>
    CompiledCatalog = 3,
}

/// <summary>A label looked up for a language, with the language that actually served it.</summary>
/// <param name="Name">The resource name, such as <c>related_news</c> or <c>reading_time_few</c>.</param>
/// <param name="Value">The text (formatted, for a count); the resource name when not found.</param>
/// <param name="RequestedLanguage">The language asked for, such as <c>yo-NG</c>.</param>
/// <param name="ServedLanguage">The language whose text this is, such as <c>yo</c>, or <see langword="null"/> when not found.</param>
/// <param name="Source">Where the text came from.</param>
public sealed record LocalizedLabel(string Name, string Value, string RequestedLanguage, string? ServedLanguage, LabelSource Source)
{
    /// <summary>Whether no language on the fallback chain has the resource.</summary>
    public bool ResourceNotFound => ServedLanguage is null;

    /// <summary>Whether a parent or the neutral language served the label instead of the language asked for (a missing translation).</summary>
    public bool IsFallback => ServedLanguage is not null && !string.Equals(ServedLanguage, RequestedLanguage, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}
