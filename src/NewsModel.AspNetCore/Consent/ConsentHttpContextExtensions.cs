using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsModel.Consent;

namespace NewsModel.AspNetCore;

/// <summary>The consent of a request.</summary>
public static class ConsentHttpContextExtensions
{
    /// <summary>
    /// The request's consent: the state <c>UseNewsModelConsent</c> set, or, where the middleware did not run, the state
    /// read now from the cookie and the <c>Sec-GPC</c> header.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>The state.</returns>
    public static ConsentState GetConsent(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IConsentFeature>() is { } feature)
        {
            return feature.State;
        }

        var state = context.RequestServices.GetRequiredService<NewsModelConsentService>().Evaluate(context);
        context.Features.Set<IConsentFeature>(new ConsentFeature(state));
        return state;
    }
}
