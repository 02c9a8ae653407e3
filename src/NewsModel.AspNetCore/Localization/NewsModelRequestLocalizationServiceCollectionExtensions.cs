using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using NewsModel.AspNetCore;
using NewsModel.Localization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Request localization from the route's language.</summary>
public static class NewsModelRequestLocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Configures ASP.NET Core's request localization for the label catalog's languages: the cultures of every catalog
    /// language the platform knows, the neutral language by default, and a <see cref="RouteLanguageCultureProvider"/> first,
    /// so that <c>/{lang}/...</c> sets the request's culture. Then call <c>app.UseRequestLocalization()</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsModelRequestLocalization(this IServiceCollection services) => AddNewsModelRequestLocalization(services, LabelCatalog.Default);

    /// <summary>Configures request localization for a catalog's languages (see <see cref="AddNewsModelRequestLocalization(IServiceCollection)"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsModelRequestLocalization(this IServiceCollection services, LabelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalog);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = RouteLanguageCultureProvider.CreatableCultures(catalog);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            var neutral = cultures.Find(c => c.Name == LabelCatalog.NeutralLanguage) ?? CultureInfo.InvariantCulture;
            options.DefaultRequestCulture = new RequestCulture(neutral);
            options.RequestCultureProviders.Insert(0, new RouteLanguageCultureProvider { Catalog = catalog });
        });
        return services;
    }
}
