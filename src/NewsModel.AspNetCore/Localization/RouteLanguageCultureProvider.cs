using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using NewsModel.Localization;

namespace NewsModel.AspNetCore;

/// <summary>
/// Takes a request's culture from the language its URL starts with (<c>/{lang}/...</c>, or a <c>lang</c> route value),
/// resolved along the label catalog's fallback: <c>/pt-BR/...</c> gives <c>pt</c>, <c>/zh-TW/...</c> gives <c>zh-Hant</c>,
/// and a first segment that is no catalog language gives no result (the next provider decides).
/// </summary>
public sealed class RouteLanguageCultureProvider : RequestCultureProvider
{
    /// <summary>The longest first path segment looked up as a language.</summary>
    public const int MaxLanguageLength = 35;

    /// <summary>The catalog whose languages the route may name; <see cref="LabelCatalog.Default"/> by default.</summary>
    public LabelCatalog Catalog { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = LabelCatalog.Default;

    /// <summary>The catalog language a request's route names, or <see langword="null"/> when it names none.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The language, such as <c>yo</c>.</returns>
    public string? GetLanguage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.RouteValues["lang"] is string routeValue)
        {
            return Resolve(routeValue);
        }

        var path = context.Request.Path.Value.AsSpan();
        if (path.Length < 2 || path[0] != '/')
        {
            return null;
        }

        path = path[1..];
        var end = path.IndexOf('/');
        return Resolve(end < 0 ? path : path[..end]);
    }

    /// <inheritdoc/>
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        => Task.FromResult(GetLanguage(httpContext) is { } language ? new ProviderCultureResult(language) : null);

    private string? Resolve(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty || segment.Length > MaxLanguageLength)
        {
            return null;
        }

        foreach (var c in segment)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return null;
            }
        }

        return Catalog.Find(segment.ToString())?.Language;
    }

    /// <summary>
    /// The cultures of a catalog's languages that this platform can create (with invariant globalization, none; the route
    /// language is still resolved, see <see cref="GetLanguage(HttpContext)"/>).
    /// </summary>
    internal static List<CultureInfo> CreatableCultures(LabelCatalog catalog)
    {
        var cultures = new List<CultureInfo>();
        foreach (var language in catalog.Languages)
        {
            try
            {
                cultures.Add(CultureInfo.GetCultureInfo(language, predefinedOnly: true));
            }
            catch (CultureNotFoundException)
            {
                // Not known to this platform's globalization data: requests in it keep the default culture.
            }
        }

        return cultures;
    }
}
