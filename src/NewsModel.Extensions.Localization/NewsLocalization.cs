using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace NewsModel.Localization;

/// <summary>
/// NewsModel's labels for an app: the catalog the page-text parser and writer use, and the localizer for the app's own
/// UI, built from the same data (the package's resources plus the app's <see cref="NewsLocalizationOptions"/>). Immutable
/// and thread-safe; build one per app (<c>services.AddNewsModelLocalization()</c> registers it) or use <see cref="Default"/>.
/// </summary>
/// <remarks>
/// <para>
/// A label is looked up along the language's fallback chain: the tag, its parents (<c>yo-NG</c>, then <c>yo</c>), then
/// <see cref="LabelCatalog.NeutralLanguage"/>. At each step the app's labels come first, then the package's resources,
/// read through <see cref="ResourceManager"/> from the satellite assemblies, or, where they cannot be loaded
/// (globalization-invariant mode), from the same resources compiled into NewsModel's <see cref="LabelCatalog.Default"/>. <see cref="LocalizedLabel"/>
/// tells which language and source served the text.
/// </para>
/// <para>Count-dependent labels pick their form by the CLDR plural rules of the language that serves them (<see cref="PluralRules"/>).</para>
/// </remarks>
public sealed class NewsLocalization
{
    /// <summary>The base name of the label resources in this assembly and its satellites (see <see cref="NewsLabels"/>).</summary>
    internal const string ResourceBaseName = "NewsModel.Resources.Localization.NewsLabels";

    private static readonly ResourceManager s_resources = new(ResourceBaseName, typeof(NewsLocalization).Assembly);
    private static readonly FrozenSet<string> s_shippedLanguages = LabelCatalog.Default.Languages.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The resource set of each shipped language, or null where ResourceManager cannot load it: a fixed table of lazy
    // values, loaded on first use, so no state changes after start-up but the once-only loads.
    private static readonly FrozenDictionary<string, Lazy<ResourceSet?>> s_resourceSets = s_shippedLanguages.ToFrozenDictionary(
        tag => tag,
        tag => new Lazy<ResourceSet?>(() => LoadResourceSet(tag), LazyThreadSafetyMode.ExecutionAndPublication),
        StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, LabelSet> _application;
    private readonly FrozenSet<string> _resourceNames;

    private NewsLocalization(IReadOnlyList<LabelSet> application)
    {
        var catalog = LabelCatalog.Default;
        var merged = new Dictionary<string, LabelSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in application)
        {
            catalog = catalog.With(set);
            merged[set.Language] = merged.TryGetValue(set.Language, out var earlier) ? earlier.Merge(set) : set;
        }

        Catalog = catalog;
        TextOptions = new NewsPageTextOptions { Catalog = catalog };
        _application = merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _resourceNames = catalog.LabelSets.SelectMany(set => set.Resources).Select(pair => pair.Key).ToFrozenSet(StringComparer.Ordinal);
        Localizer = new NewsLabelLocalizer(this);
    }

    /// <summary>NewsModel's labels without app additions.</summary>
    public static NewsLocalization Default { get; } = new([]);

    /// <summary>
    /// The labels of every language, the app's included (<see cref="TextOptions"/> holds it for reading and writing), so
    /// that pages in the app's languages are read and written too.
    /// </summary>
    public LabelCatalog Catalog { get; }

    /// <summary>
    /// Page-text options that use <see cref="Catalog"/>: one object for <see cref="NewsPageText.Parse(string, NewsPageTextOptions?)"/>
    /// and <see cref="NewsPageText.Write(NewsPage, NewsPageTextOptions?)"/> (derive others with <c>with</c>, such as
    /// <c>TextOptions with { Strict = true }</c>).
    /// </summary>
    public NewsPageTextOptions TextOptions { get; }

    /// <summary>The localizer, for <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public NewsLabelLocalizer Localizer { get; }

    /// <summary>Builds the labels without app additions: <see cref="Default"/>.</summary>
    /// <returns>The localization.</returns>
    public static NewsLocalization Create() => Default;

    /// <summary>Builds the labels with the app's additions and overrides.</summary>
    /// <param name="configure">Adds or overrides labels; <see langword="null"/> for none.</param>
    /// <returns>The localization.</returns>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)] // Create(null) means "no additions", not a null options object.
    public static NewsLocalization Create(Action<NewsLocalizationOptions>? configure)
    {
        var options = new NewsLocalizationOptions();
        configure?.Invoke(options);
        return Create(options);
    }

    /// <summary>Builds the labels with the app's additions and overrides.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The localization.</returns>
    public static NewsLocalization Create(NewsLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Labels.Count == 0 ? Default : new NewsLocalization(options.Labels);
    }

    /// <summary>Gets a label for a language, along its fallback chain.</summary>
    /// <param name="language">A BCP 47 tag, such as <c>yo-NG</c>; empty for the neutral language.</param>
    /// <param name="key">The label's key (a count-dependent key gives its <see cref="PluralCategory.Other"/> form).</param>
    /// <returns>The label, with the language that served it.</returns>
    public LocalizedLabel GetLabel(string language, LabelKey key)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Resolve(language, key, PluralCategory.Other);
    }

    /// <summary>Gets a label for a language by resource name (<c>related_news</c>, <c>reading_time_one</c>), along its fallback chain.</summary>
    /// <param name="language">A BCP 47 tag; empty for the neutral language.</param>
    /// <param name="name">The resource name.</param>
    /// <returns>The label, with the language that served it; <see cref="LabelSource.NotFound"/> for a name that is not a label's.</returns>
    public LocalizedLabel GetLabel(string language, string name)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(name);
        return LabelKeys.TryParseResourceName(name, out var key, out var category)
            ? Resolve(language, key, category)
            : new LocalizedLabel(name, name, language, null, LabelSource.NotFound);
    }

    /// <summary>Formats a count-dependent label, such as <see cref="LabelKey.ReadingTime"/>, for a count.</summary>
    /// <param name="language">A BCP 47 tag; empty for the neutral language.</param>
    /// <param name="key">The key.</param>
    /// <param name="count">The count, put in for <c>{0}</c>.</param>
    /// <returns>The formatted text, such as "3 минуты чтения", with the language that served it.</returns>
    /// <remarks>The form follows the CLDR plural category of <paramref name="count"/> in the requested language (in the serving language when CLDR has no rules for the requested one); the number is formatted with the requested language's culture where it can be created, else invariantly.</remarks>
    public LocalizedLabel FormatCount(string language, LabelKey key, long count)
    {
        ArgumentNullException.ThrowIfNull(language);
        var requested = Normalize(language);

        // The requested language's rules pick the form (pt-PT counts 0 as other, though pt serves its texts); where CLDR
        // has no rules for it (an app's language), the serving language's rules do.
        var requestedHasRules = PluralRules.HasRules(requested);
        foreach (var tag in FallbackChain(requested))
        {
            var category = PluralRules.GetCategory(requestedHasRules ? requested : tag, count);
            var found = TryGet(tag, key, category)
                ?? TryGet(tag, key, PluralRules.GetCategory(tag, count))
                ?? TryGet(tag, key, PluralCategory.Other);
            if (found is { } hit)
            {
                var text = string.Format(GetFormatProvider(requested), hit.Text, count);
                return new LocalizedLabel(LabelKeys.GetResourceName(key, hit.Category), text, requested, tag, hit.Source);
            }
        }

        var name = LabelKeys.GetResourceName(key, PluralCategory.Other);
        return new LocalizedLabel(name, name, requested, null, LabelSource.NotFound);
    }

    /// <summary>The direction a language's labels run, for a renderer's <c>dir</c> attribute.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The direction.</returns>
    public TextDirection GetTextDirection(string language) => Catalog.GetTextDirection(language);

    /// <summary>Every label resource name of any language in the catalog.</summary>
    internal IEnumerable<string> ResourceNames => _resourceNames;

    internal static string Normalize(string language) => language.Trim().Length == 0 ? LabelCatalog.NeutralLanguage : language.Trim();

    internal static IFormatProvider GetFormatProvider(string language)
        => Cultures.Find(language) ?? CultureInfo.InvariantCulture;

    /// <summary>The tag, its parents, then the neutral language.</summary>
    internal static IEnumerable<string> FallbackChain(string language)
    {
        var chain = LanguageFallback.GetFallbackChain(language);
        foreach (var tag in chain)
        {
            yield return tag;
        }

        if (chain.Count == 0 || !chain[^1].Equals(LabelCatalog.NeutralLanguage, StringComparison.OrdinalIgnoreCase))
        {
            yield return LabelCatalog.NeutralLanguage;
        }
    }

    private LocalizedLabel Resolve(string language, LabelKey key, PluralCategory category)
    {
        var requested = Normalize(language);
        var name = LabelKeys.GetResourceName(key, category);
        foreach (var tag in FallbackChain(requested))
        {
            if (TryGet(tag, key, category) is { } hit)
            {
                return new LocalizedLabel(name, hit.Text, requested, tag, hit.Source);
            }
        }

        return new LocalizedLabel(name, name, requested, null, LabelSource.NotFound);
    }

    private (string Text, PluralCategory Category, LabelSource Source)? TryGet(string tag, LabelKey key, PluralCategory category)
    {
        if (_application.TryGetValue(tag, out var app) && app.GetText(key, category) is { } own)
        {
            return (own, category, LabelSource.Application);
        }

        if (!s_shippedLanguages.Contains(tag))
        {
            return null;
        }

        if (GetResourceSet(tag)?.GetString(LabelKeys.GetResourceName(key, category)) is { } resource)
        {
            return (resource, category, LabelSource.Resources);
        }

        return LabelCatalog.Default.Find(tag) is { } shipped && string.Equals(shipped.Language, tag, StringComparison.OrdinalIgnoreCase) && shipped.GetText(key, category) is { } compiled
            ? (compiled, category, LabelSource.CompiledCatalog)
            : null;
    }

    private static ResourceSet? GetResourceSet(string tag)
        => s_resourceSets.TryGetValue(tag, out var set) ? set.Value : null;

    private static ResourceSet? LoadResourceSet(string tag)
    {
        // Globalization-invariant mode: only the invariant culture exists, so no satellite can be loaded.
        var culture = tag.Equals(LabelCatalog.NeutralLanguage, StringComparison.OrdinalIgnoreCase) ? CultureInfo.InvariantCulture : Cultures.Find(tag);
        return culture is null ? null : s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
    }
}
