using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NewsModel.Localization;

namespace NewsModel.Consent;

/// <summary>
/// Something a site asks consent for, such as analytics: a stable id (what records and cookies store) and the labels
/// the banner's settings view shows. Two purposes are equal when their ids are.
/// </summary>
/// <remarks>
/// <see cref="StrictlyNecessary"/> is always granted and cannot be denied; every other purpose is optional and counts
/// as denied until the user grants it. Apps add their own purposes with <see cref="Create(string, IEnumerable{ConsentPurposeText})"/>.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ConsentPurpose : IEquatable<ConsentPurpose>
{
    /// <summary>The longest purpose id.</summary>
    public const int MaxIdLength = 32;

    private static readonly SearchValues<char> s_idChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-");

    private readonly LabelKey _nameKey, _descriptionKey;

    private ConsentPurpose(string id, bool isEssential, ImmutableArray<ConsentPurposeText> texts)
    {
        Id = id;
        IsEssential = isEssential;
        Texts = texts;
    }

    private ConsentPurpose(string id, bool isEssential, LabelKey nameKey, LabelKey descriptionKey)
        : this(id, isEssential, [])
    {
        _nameKey = nameKey;
        _descriptionKey = descriptionKey;
        IsStandard = true;
    }

    /// <summary>What the site needs to work at all (security, load balancing, remembering this choice): always granted (<c>necessary</c>).</summary>
    public static ConsentPurpose StrictlyNecessary { get; } = new("necessary", isEssential: true, LabelKey.ConsentNecessaryName, LabelKey.ConsentNecessaryDescription);

    /// <summary>Measuring how the site is used (<c>analytics</c>).</summary>
    public static ConsentPurpose Analytics { get; } = new("analytics", isEssential: false, LabelKey.ConsentAnalyticsName, LabelKey.ConsentAnalyticsDescription);

    /// <summary>Advertising, its measurement and the sharing of data with advertisers (<c>advertising</c>).</summary>
    public static ConsentPurpose Advertising { get; } = new("advertising", isEssential: false, LabelKey.ConsentAdvertisingName, LabelKey.ConsentAdvertisingDescription);

    /// <summary>Content and advertising chosen for the user from what the site learns about them (<c>personalization</c>).</summary>
    public static ConsentPurpose Personalization { get; } = new("personalization", isEssential: false, LabelKey.ConsentPersonalizationName, LabelKey.ConsentPersonalizationDescription);

    /// <summary>Features the user can do without, such as remembered preferences and embedded media (<c>functionality</c>).</summary>
    public static ConsentPurpose Functionality { get; } = new("functionality", isEssential: false, LabelKey.ConsentFunctionalityName, LabelKey.ConsentFunctionalityDescription);

    /// <summary>The optional purposes NewsModel defines, in the order a settings view lists them: analytics, advertising, personalization, functionality.</summary>
    public static ImmutableArray<ConsentPurpose> Standard { get; } = [Analytics, Advertising, Personalization, Functionality];

    /// <summary>
    /// The purpose's stable id, as records, cookies and audit logs store it: 1 to <see cref="MaxIdLength"/> characters
    /// <c>a-z</c>, <c>0-9</c>, <c>_</c> and <c>-</c>, starting with a letter.
    /// </summary>
    public string Id { get; }

    /// <summary>Whether the purpose is <see cref="StrictlyNecessary"/>: always granted, never asked about.</summary>
    public bool IsEssential { get; }

    /// <summary>An app-defined purpose's names and descriptions, one per language; empty for NewsModel's own purposes, whose labels are in the label catalog (<see cref="LabelKey.ConsentAnalyticsName"/> and the like).</summary>
    public ImmutableArray<ConsentPurposeText> Texts { get; }

    /// <summary>Whether the purpose is one of NewsModel's own, whose name and description are in the label catalog.</summary>
    public bool IsStandard { get; }

    /// <summary>The purpose's name in a language, for the banner's settings view (see <see cref="GetName(string, LabelCatalog)"/>).</summary>
    /// <param name="language">A BCP 47 tag, such as <c>pt-BR</c>.</param>
    /// <returns>The name.</returns>
    public string GetName(string language) => GetName(language, LabelCatalog.Default);

    /// <summary>
    /// The purpose's name in a language: for NewsModel's own purposes the catalog's label (along the catalog's fallback to
    /// <see cref="LabelCatalog.NeutralLanguage"/>); for an app's purpose the text of the language or its nearest parent,
    /// else the neutral language's, else the first text, else the id.
    /// </summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <param name="catalog">The label catalog of NewsModel's own purposes.</param>
    /// <returns>The name.</returns>
    public string GetName(string language, LabelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(catalog);
        return IsStandard ? catalog.GetLabel(language, _nameKey) ?? Id : FindText(language)?.Name ?? Id;
    }

    /// <summary>The purpose's description in a language, for the banner's settings view (see <see cref="GetDescription(string, LabelCatalog)"/>).</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <returns>The description; empty for an app's purpose without texts.</returns>
    public string GetDescription(string language) => GetDescription(language, LabelCatalog.Default);

    /// <summary>The purpose's description in a language, found as <see cref="GetName(string, LabelCatalog)"/> finds the name.</summary>
    /// <param name="language">A BCP 47 tag.</param>
    /// <param name="catalog">The label catalog of NewsModel's own purposes.</param>
    /// <returns>The description; empty for an app's purpose without texts.</returns>
    public string GetDescription(string language, LabelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(catalog);
        return IsStandard ? catalog.GetLabel(language, _descriptionKey) ?? string.Empty : FindText(language)?.Description ?? string.Empty;
    }

    /// <summary>Defines an app's own optional purpose.</summary>
    /// <param name="id">The stable id (see <see cref="Id"/>); not one of NewsModel's own ids.</param>
    /// <param name="texts">Its name and description in each language the app shows, at most one per language.</param>
    /// <returns>The purpose.</returns>
    /// <exception cref="ArgumentException">The id is not valid or is NewsModel's own, or two texts have the same language.</exception>
    public static ConsentPurpose Create(string id, IEnumerable<ConsentPurposeText> texts)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(texts);
        if (!IsValidId(id))
        {
            throw new ArgumentException(DiagnosticMessages.InvalidConsentPurposeId(id), nameof(id));
        }

        if (TryGetStandard(id, out _))
        {
            throw new ArgumentException(DiagnosticMessages.ReservedConsentPurposeId(id), nameof(id));
        }

        var list = texts.ToImmutableArray();
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in list)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            if (!languages.Add(text.Language))
            {
                throw new ArgumentException(DiagnosticMessages.DuplicateConsentPurposeLanguage(id, text.Language), nameof(texts));
            }
        }

        return new ConsentPurpose(id, isEssential: false, list);
    }

    /// <summary>Finds one of NewsModel's own purposes by id.</summary>
    /// <param name="id">The id, such as <c>analytics</c>.</param>
    /// <param name="purpose">The purpose, when found.</param>
    /// <returns>Whether the id is one of NewsModel's own purposes (including <see cref="StrictlyNecessary"/>).</returns>
    public static bool TryGetStandard(ReadOnlySpan<char> id, [NotNullWhen(true)] out ConsentPurpose? purpose)
    {
        purpose = id.SequenceEqual(StrictlyNecessary.Id) ? StrictlyNecessary
            : id.SequenceEqual(Analytics.Id) ? Analytics
            : id.SequenceEqual(Advertising.Id) ? Advertising
            : id.SequenceEqual(Personalization.Id) ? Personalization
            : id.SequenceEqual(Functionality.Id) ? Functionality
            : null;
        return purpose is not null;
    }

    /// <summary>Whether a text is a valid purpose id (see <see cref="Id"/>).</summary>
    /// <param name="id">The text.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidId(ReadOnlySpan<char> id)
        => id.Length is > 0 and <= MaxIdLength && char.IsAsciiLetterLower(id[0]) && !id.ContainsAnyExcept(s_idChars);

    private ConsentPurposeText? FindText(string language)
    {
        if (Texts.IsEmpty)
        {
            return null;
        }

        foreach (var tag in LanguageFallback.GetFallbackChain(language).Append(LabelCatalog.NeutralLanguage))
        {
            foreach (var text in Texts)
            {
                if (string.Equals(text.Language, tag, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }
        }

        return Texts[0];
    }

    /// <inheritdoc/>
    public bool Equals(ConsentPurpose? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsentPurpose);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The purpose's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}

/// <summary>An app-defined purpose's name and description in one language, for the banner's settings view.</summary>
public sealed record ConsentPurposeText
{
    /// <summary>The language, a BCP 47 tag such as <c>fr</c> or <c>pt-BR</c>.</summary>
    public required string Language { get; init => field = ConsentText.RequireLanguage(value); }

    /// <summary>The purpose's name, such as "Weather widget".</summary>
    public required string Name { get; init => field = ConsentText.RequireText(value); }

    /// <summary>One or two sentences on what the purpose does with the user's data.</summary>
    public required string Description { get; init => field = ConsentText.RequireText(value); }
}
