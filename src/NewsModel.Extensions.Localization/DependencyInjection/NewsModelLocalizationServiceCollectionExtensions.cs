using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using NewsModel.Localization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsModel's labels with a service container.</summary>
public static class NewsModelLocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers NewsModel's labels: <see cref="IStringLocalizer{T}"/> of <see cref="NewsLabels"/> (a
    /// <see cref="NewsLabelLocalizer"/>), the <see cref="NewsLocalization"/> behind it, and its <see cref="LabelCatalog"/> for
    /// the page-text parser and writer; also Microsoft.Extensions.Localization's own services (<c>AddLocalization()</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds or overrides labels; may be called more than once (the calls add up).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsModelLocalization(this IServiceCollection services, Action<NewsLocalizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLocalization();
        var options = services.AddOptions<NewsLocalizationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => NewsLocalization.Create(provider.GetRequiredService<IOptions<NewsLocalizationOptions>>().Value));
        services.TryAddSingleton(provider => provider.GetRequiredService<NewsLocalization>().Localizer);
        services.TryAddSingleton<IStringLocalizer<NewsLabels>>(provider => provider.GetRequiredService<NewsLabelLocalizer>());
        services.TryAddSingleton(provider => provider.GetRequiredService<NewsLocalization>().Catalog);
        return services;
    }
}
