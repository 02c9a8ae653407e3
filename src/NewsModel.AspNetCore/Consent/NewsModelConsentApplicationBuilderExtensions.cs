using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using NewsModel.AspNetCore;
using NewsModel.Consent;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds NewsModel's consent handling to the request pipeline and maps its endpoints.</summary>
public static class NewsModelConsentApplicationBuilderExtensions
{
    /// <summary>
    /// Reads and verifies the consent cookie and the <c>Sec-GPC</c> header on each request, exposes the state
    /// (<see cref="ConsentHttpContextExtensions.GetConsent(HttpContext)"/>, <see cref="IConsentFeature"/>), and runs ASP.NET
    /// Core's cookie policy with NewsModel's record behind <see cref="ITrackingConsentFeature"/>: non-essential cookies are
    /// dropped unless the record allows tracking. Use it instead of <c>UseCookiePolicy()</c>, before the endpoints.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseNewsModelConsent(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var service = app.ApplicationServices.GetRequiredService<NewsModelConsentService>();
        app.Use(next => context =>
        {
            context.Features.Set<IConsentFeature>(new ConsentFeature(service.Evaluate(context)));
            return next(context);
        });
        app.UseCookiePolicy();

        // The cookie policy sets its own tracking feature; NewsModel's answers in its place (the policy's filtering asks
        // CheckConsentNeeded, which reads the same record).
        app.Use(next => context =>
        {
            context.Features.Set<ITrackingConsentFeature>(new TrackingConsentFeature(context, service));
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// Maps the POST endpoints a banner's forms call: <c>{prefix}/accept</c>, <c>{prefix}/reject</c>,
    /// <c>{prefix}/customize</c> (form fields <c>purpose</c>, one per granted purpose id) and <c>{prefix}/withdraw</c>. Each
    /// requires a valid antiforgery token (<c>__RequestVerificationToken</c> form field or <c>RequestVerificationToken</c>
    /// header; 400 without), records the action, sets the cookie, and answers 303 to the form's local <c>returnUrl</c>
    /// (a path on this site, never another site), or 204 without one. The language recorded is the form's <c>language</c> field, the
    /// route's <c>lang</c> value or the request's UI culture (see <see cref="NewsModelConsentService.ResolveLanguage(HttpContext)"/>).
    /// </summary>
    /// <param name="endpoints">The endpoint builder.</param>
    /// <param name="prefix">The route prefix, such as <c>/consent</c> or <c>/{lang}/consent</c>.</param>
    /// <returns>The group of the four endpoints, for further conventions.</returns>
    public static RouteGroupBuilder MapNewsModelConsent(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/accept", context => HandleAsync(context, ConsentDecision.AcceptAll));
        group.MapPost("/reject", context => HandleAsync(context, ConsentDecision.RejectAll));
        group.MapPost("/customize", context => HandleAsync(context, ConsentDecision.Custom));
        group.MapPost("/withdraw", context => HandleAsync(context, ConsentDecision.Withdrawal));
        return group;
    }

    /// <summary>Maps the consent endpoints under <c>/consent</c> (see <see cref="MapNewsModelConsent(IEndpointRouteBuilder, string)"/>).</summary>
    /// <param name="endpoints">The endpoint builder.</param>
    /// <returns>The group of the four endpoints.</returns>
    public static RouteGroupBuilder MapNewsModelConsent(this IEndpointRouteBuilder endpoints) => MapNewsModelConsent(endpoints, "/consent");

    private static async Task HandleAsync(HttpContext context, ConsentDecision decision)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false) : null;
        var service = context.RequestServices.GetRequiredService<NewsModelConsentService>();
        var granted = new List<ConsentPurpose>();
        if (decision == ConsentDecision.Custom && form is not null)
        {
            foreach (var id in form["purpose"])
            {
                if (id is not null && service.Policy.TryGetPurpose(id, out var purpose))
                {
                    granted.Add(purpose);
                }
            }
        }

        service.Record(context, decision, granted);
        var returnUrl = form?["returnUrl"] ?? StringValues.Empty;
        if (returnUrl.Count == 1 && IsLocalUrl(returnUrl.ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = returnUrl.ToString();
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
    }

    // A path on this site: "/" or "/path", never "//host" or "/\\host" (which browsers read as another site), nor control characters.
    internal static bool IsLocalUrl(string url)
        => url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.AsSpan().ContainsAnyInRange('\0', '\u001F');
}
