using System.Globalization;
using Microsoft.Extensions.Localization;

namespace NewsModel.Localization;

/// <summary>
/// The <see cref="IStringLocalizer{T}"/> of NewsModel's labels, for <see cref="CultureInfo.CurrentUICulture"/>, over a
/// <see cref="NewsLocalization"/> (so it sees the app's added and overridden labels, like the parser does).
/// </summary>
/// <remarks>
/// <para>
/// Like the stock localizer, a string served by a parent or the neutral language is reported as found; unlike it,
/// <see cref="LocalizedString.SearchedLocation"/> names the language that served it (such as <c>yo</c> for <c>yo-NG</c>),
/// and <see cref="GetLabel(string, CultureInfo?)"/> returns a <see cref="LocalizedLabel"/> that says whether it was a fallback.
/// </para>
/// <para>
/// A count-dependent label takes the count as its first argument and picks the CLDR plural form:
/// <c>localizer["reading_time", 5]</c> is "5 минут чтения" under <c>ru</c>.
/// </para>
/// </remarks>
public sealed class NewsLabelLocalizer : IStringLocalizer<NewsLabels>
{
    private readonly NewsLocalization _localization;

    internal NewsLabelLocalizer(NewsLocalization localization) => _localization = localization;

    /// <inheritdoc/>
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return ToLocalizedString(GetLabel(name));
        }
    }

    /// <inheritdoc/>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var culture = CultureInfo.CurrentUICulture;
            var language = LanguageOf(culture);
            if (arguments is [var first, ..] && IsWholeNumber(first, out var count)
                && LabelKeys.TryParseResourceName(name, out var key) && LabelKeys.IsCountDependent(key))
            {
                return ToLocalizedString(_localization.FormatCount(language, key, count));
            }

            var label = _localization.GetLabel(language, name);
            var value = label.ResourceNotFound ? label.Value : string.Format(culture, label.Value, arguments);
            return new LocalizedString(name, value, label.ResourceNotFound, label.ServedLanguage);
        }
    }

    /// <summary>Gets a label with the language that served it.</summary>
    /// <param name="name">The resource name, such as <c>related_news</c>.</param>
    /// <param name="culture">The culture; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The label.</returns>
    public LocalizedLabel GetLabel(string name, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _localization.GetLabel(LanguageOf(culture ?? CultureInfo.CurrentUICulture), name);
    }

    /// <inheritdoc/>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var language = LanguageOf(CultureInfo.CurrentUICulture);
        var own = NewsLocalization.Normalize(language);
        foreach (var name in _localization.ResourceNames.Order(StringComparer.Ordinal))
        {
            var label = _localization.GetLabel(language, name);
            if (!label.ResourceNotFound && (includeParentCultures || string.Equals(label.ServedLanguage, own, StringComparison.OrdinalIgnoreCase)))
            {
                yield return ToLocalizedString(label);
            }
        }
    }

    private static string LanguageOf(CultureInfo culture) => culture.Name.Length == 0 ? LabelCatalog.NeutralLanguage : culture.Name;

    private static LocalizedString ToLocalizedString(LocalizedLabel label)
        => new(label.Name, label.Value, label.ResourceNotFound, label.ServedLanguage);

    private static bool IsWholeNumber(object value, out long count)
    {
        switch (value)
        {
            case int i: count = i; return true;
            case long l: count = l; return true;
            case short s: count = s; return true;
            case byte b: count = b; return true;
            case uint u: count = u; return true;
            case ushort us: count = us; return true;
            case sbyte sb: count = sb; return true;
            case ulong ul when ul <= long.MaxValue: count = (long)ul; return true;
            default: count = 0; return false;
        }
    }
}
