using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using NewsModel.AspNetCore;
using NewsModel.Consent;
using NewsModel.Localization;

namespace NewsModel.WebSample;

/// <summary>Builds the sample site: services, the request pipeline and the routes.</summary>
internal static class WebSampleApp
{
    /// <summary>The configuration key of the consent cookie's signing key (base64 of 32 or more random bytes).</summary>
    public const string SigningKeyConfigurationKey = "Consent:SigningKey";

    private const string NonceItem = "csp-nonce";

    /// <summary>Creates the app; <paramref name="configure"/> lets a host (the tests) change the builder first.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        // The labels of every catalog language, for the app's UI and NewsModel's parser alike.
        builder.Services.AddNewsModelLocalization();
        builder.Services.AddSingleton<SamplePages>();

        var configuredKey = builder.Configuration[SigningKeyConfigurationKey];
        builder.Services.AddNewsModelConsent(options =>
        {
            options.Policy = new ConsentPolicy { Revision = 1 };

            // A real site keeps its key in a secret store. Without one, the sample makes a key per run: cookies from an
            // earlier run then fail their signature and the banner is shown again, as for any invalid cookie.
            options.SigningKey = string.IsNullOrEmpty(configuredKey)
                ? ConsentSigningKey.Generate("dev")
                : ConsentSigningKey.FromBase64("k1", configuredKey);
        });

        // /{lang}/... sets the request culture where the platform has it (none under invariant globalization); the
        // labels themselves come from the catalog by the route's language, so they never depend on CultureInfo.
        builder.Services.AddNewsModelRequestLocalization();

        var app = builder.Build();
        app.Use(SecurityHeadersAsync);
        app.UseRequestLocalization();
        app.UseNewsModelConsent();

        app.MapNewsModelConsent();
        app.MapGet("/", (HttpContext context, NewsLocalization localization) => Results.Redirect("/" + PreferredLanguage(context, localization.Catalog) + "/"));
        app.MapGet("/{lang}/", (string lang, HttpContext context) => Html(context, lang, (view, site) => view.Home(site)));
        app.MapGet("/{lang}/article/{id}", (string lang, string id, HttpContext context) =>
        {
            if (id.EndsWith(".json", StringComparison.Ordinal))
            {
                // The article's canonical JSON: the library's own writer, through System.Text.Json's JsonTypeInfo.
                var article = context.RequestServices.GetRequiredService<SamplePages>().Find(id[..^".json".Length]);
                return article is null || ResolveLanguage(context, lang) is null ? Results.NotFound() : Results.Json(article.Page, NewsPageJson.TypeInfo);
            }

            return Html(context, lang, (view, site) => site.Find(id) is { } found ? view.Article(found) : null);
        });

        return app;
    }

    /// <summary>The CSP nonce of the request (a fresh one per response).</summary>
    public static string GetNonce(HttpContext context) => (string)context.Items[NonceItem]!;

    private static Task SecurityHeadersAsync(HttpContext context, Func<Task> next)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceItem] = nonce;
        var headers = context.Response.Headers;

        // Nothing is loaded from anywhere else: scripts and styles only inline with this response's nonce, images only
        // from the site or data: URIs, forms only to the site.
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self' data:; " +
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }

    private static IResult Html(HttpContext context, string lang, Func<PageView, SamplePages, string?> render)
    {
        if (ResolveLanguage(context, lang) is not { } language)
        {
            return Results.NotFound();
        }

        var services = context.RequestServices;
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var view = new PageView(
            services.GetRequiredService<NewsLocalization>(),
            services.GetRequiredService<NewsModelConsentService>(),
            language,
            context.GetConsent(),
            GetNonce(context),
            tokens,
            context.Request.Path.Value ?? "/");
        var html = render(view, services.GetRequiredService<SamplePages>());
        return html is null ? Results.NotFound() : Results.Content(html, "text/html; charset=utf-8");
    }

    // The catalog language the route names, along the catalog's fallback (pt-BR is served by pt, zh-TW by zh-Hant).
    private static string? ResolveLanguage(HttpContext context, string lang)
        => lang.Length <= RouteLanguageCultureProvider.MaxLanguageLength
            ? context.RequestServices.GetRequiredService<NewsLocalization>().Catalog.Find(lang)?.Language
            : null;

    // The first language of Accept-Language (by quality) that the catalog serves, else the neutral language.
    private static string PreferredLanguage(HttpContext context, LabelCatalog catalog)
    {
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in accepted.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value;
            if (!string.IsNullOrEmpty(tag) && tag != "*" && tag.Length <= RouteLanguageCultureProvider.MaxLanguageLength && catalog.Find(tag) is { } set)
            {
                return set.Language;
            }
        }

        return LabelCatalog.NeutralLanguage;
    }
}
