using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsModel.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsModel's consent handling.</summary>
public static class NewsModelConsentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NewsModelConsentService"/>, antiforgery (which the consent endpoints require), and a cookie policy
    /// that lets non-essential cookies through only when NewsModel's record allows tracking. Then call
    /// <c>app.UseNewsModelConsent()</c> and <c>app.MapNewsModelConsent()</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options: <see cref="NewsModelConsentOptions.Policy"/> and <see cref="NewsModelConsentOptions.SigningKey"/> at least.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNewsModelConsent(this IServiceCollection services, Action<NewsModelConsentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.TryAddSingleton<NewsModelConsentService>();
        services.AddAntiforgery();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<CookiePolicyOptions>, ConsentCookiePolicySetup>());
        return services;
    }
}

/// <summary>
/// Makes ASP.NET Core's cookie policy answer "may this request track?" with NewsModel's record: consent is needed unless
/// the record allows tracking, and the framework's own consent cookie can never be present (its value holds a character
/// no request cookie can), so a forged <c>.AspNet.Consent=yes</c> grants nothing.
/// </summary>
internal sealed class ConsentCookiePolicySetup : IPostConfigureOptions<CookiePolicyOptions>
{
    internal const string UnmatchableValue = "never;sent";

    public void PostConfigure(string? name, CookiePolicyOptions options)
    {
        options.CheckConsentNeeded = context => !context.RequestServices.GetRequiredService<NewsModelConsentService>().AllowsTracking(context.GetConsent());
        options.ConsentCookieValue = UnmatchableValue;
    }
}
