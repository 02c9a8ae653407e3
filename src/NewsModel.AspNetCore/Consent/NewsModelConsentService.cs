using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using NewsModel.Consent;
using NewsModel.Localization;

namespace NewsModel.AspNetCore;

/// <summary>
/// The consent of requests: reads and verifies the cookie, applies the Global Privacy Control header, and records the
/// user's actions (cookie and audit callback). Registered as a singleton by <c>AddNewsModelConsent</c>; thread-safe.
/// </summary>
public sealed class NewsModelConsentService
{
    private static readonly System.Buffers.SearchValues<char> s_cookieNameStops = System.Buffers.SearchValues.Create("=;, \t\r\n\"");

    private readonly NewsModelConsentOptions _options;
    private readonly ImmutableArray<ConsentPurpose> _trackingPurposes;
    private readonly RouteLanguageCultureProvider _route;

    // One prompt per catalog language (the catalog resolves every request language to one of its own, so this stays small).
    private readonly ConcurrentDictionary<string, ConsentPrompt> _prompts = new(StringComparer.Ordinal);

    /// <summary>Creates the service from its options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="OptionsValidationException">The options lack a policy or a signing key, or name a tracking purpose the policy does not have.</exception>
    public NewsModelConsentService(IOptions<NewsModelConsentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var policy = _options.Policy ?? throw Invalid("NewsModelConsentOptions.Policy is required.");
        var key = _options.SigningKey ?? throw Invalid("NewsModelConsentOptions.SigningKey is required: consent cookies are always signed.");
        if (string.IsNullOrWhiteSpace(_options.CookieName) || _options.CookieName.AsSpan().ContainsAny(s_cookieNameStops))
        {
            throw Invalid("NewsModelConsentOptions.CookieName is not a valid cookie name.");
        }

        foreach (var purpose in _options.TrackingPurposes)
        {
            if (purpose is null || !policy.TryGetPurpose(purpose.Id, out _))
            {
                throw Invalid($"The tracking purpose '{purpose?.Id}' is not one of the policy's purposes.");
            }
        }

        Policy = policy;
        _route = new RouteLanguageCultureProvider { Catalog = _options.Catalog ?? throw Invalid("NewsModelConsentOptions.Catalog is required.") };
        Cookie = new ConsentCookie(policy, new ConsentKeyRing(key, _options.RetiredKeys));
        _trackingPurposes = _options.TrackingPurposes.Count > 0 ? [.. _options.TrackingPurposes] : policy.Purposes;
    }

    /// <summary>The consent policy.</summary>
    public ConsentPolicy Policy { get; }

    /// <summary>The cookie reader and writer, with the configured keys.</summary>
    public ConsentCookie Cookie { get; }

    /// <summary>The cookie's name.</summary>
    public string CookieName => _options.CookieName;

    /// <summary>Reads a request's consent: its cookie (verified) and its <c>Sec-GPC</c> header.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The state; with no valid cookie, every optional purpose is denied and the banner must be shown.</returns>
    public ConsentState Evaluate(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Cookie.Evaluate(context.Request.Cookies[CookieName], HasPrivacySignal(context));
    }

    /// <summary>Whether a state allows what ASP.NET Core calls tracking: every tracking purpose granted (see <see cref="NewsModelConsentOptions.TrackingPurposes"/>).</summary>
    /// <param name="state">The state.</param>
    /// <returns>Whether tracking is allowed.</returns>
    public bool AllowsTracking(ConsentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var purpose in _trackingPurposes)
        {
            if (!state.IsGranted(purpose))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The catalog language of a request: its <c>language</c> form field (when the form has been read), else the language of its route (a <c>lang</c>
    /// route value or the first path segment, see <see cref="RouteLanguageCultureProvider"/>), else the UI culture that
    /// request localization chose, else the catalog's neutral language; each resolved along the catalog's fallback
    /// (<c>pt-BR</c> to <c>pt</c>, <c>zh-TW</c> to <c>zh-Hant</c>).
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>A language of the catalog.</returns>
    public string ResolveLanguage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = _options.Catalog;
        // Only a form already read (the endpoints read it asynchronously): reading it here would block on the body.
        var form = context.Features.Get<IFormFeature>()?.Form is { } read && read.TryGetValue("language", out var field) ? field.ToString() : null;
        foreach (var candidate in new[] { form, _route.GetLanguage(context), context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && candidate.Length <= 64 && catalog.Find(candidate) is { } set)
            {
                return set.Language;
            }
        }

        return LabelCatalog.NeutralLanguage;
    }

    /// <summary>The notice shown in a catalog language (see <see cref="NewsModelConsentOptions.NoticeFactory"/>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The notice.</returns>
    public ConsentNotice GetNotice(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (_options.NoticeFactory is { } factory)
        {
            return factory(language);
        }

        var catalog = _options.Catalog;
        string Label(LabelKey key) => catalog.GetLabel(language, key) ?? LabelKeys.GetResourceName(key);
        return new ConsentNotice
        {
            Title = Label(LabelKey.CookieTitle),
            Message = Label(LabelKey.CookieMessage),
            Actions = [new ConsentAction(ConsentActionKind.Decline, Label(LabelKey.CookieDecline)), new ConsentAction(ConsentActionKind.Accept, Label(LabelKey.CookieAccept))],
        };
    }

    /// <summary>What the request's user was shown: the notice in the request's language, and the privacy signal.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The prompt.</returns>
    public ConsentPrompt GetPrompt(HttpContext context)
    {
        var language = ResolveLanguage(context);
        var prompt = _prompts.GetOrAdd(language, static (language, service) => ConsentPrompt.ForNotice(service.GetNotice(language), language), this);
        return HasPrivacySignal(context) ? prompt with { GlobalPrivacyControl = true } : prompt;
    }

    /// <summary>
    /// Records a user's action for a request: makes the record, appends its cookie (<c>Secure</c>, <c>HttpOnly</c>,
    /// <c>SameSite=Lax</c>, path <c>/</c>, expiring with the record, essential), makes it the request's consent, and calls
    /// <see cref="NewsModelConsentOptions.OnRecorded"/>. The caller checks that the user asked for it (an antiforgery-protected POST).
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="decision">What the user did: <see cref="ConsentDecision.AcceptAll"/>, <see cref="ConsentDecision.RejectAll"/>, <see cref="ConsentDecision.Custom"/> or <see cref="ConsentDecision.Withdrawal"/>.</param>
    /// <param name="granted">For <see cref="ConsentDecision.Custom"/>, the purposes granted; otherwise ignored.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The decision is <see cref="ConsentDecision.PrivacySignal"/> (no user action) or undefined.</exception>
    public ConsentRecord Record(HttpContext context, ConsentDecision decision, IEnumerable<ConsentPurpose>? granted)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prompt = GetPrompt(context);
        var record = decision switch
        {
            ConsentDecision.AcceptAll => Policy.AcceptAll(prompt),
            ConsentDecision.RejectAll => Policy.RejectAll(prompt),
            ConsentDecision.Custom => Policy.Customize(prompt, granted ?? []),
            ConsentDecision.Withdrawal => Policy.Withdraw(prompt),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Only a user's action is recorded here."),
        };

        context.Response.Cookies.Append(CookieName, Cookie.Write(record), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            Expires = record.ExpiresAt,
            IsEssential = true,
        });

        var state = Policy.Evaluate(record, prompt.GlobalPrivacyControl);
        if (context.Features.Get<IConsentFeature>() is ConsentFeature feature)
        {
            feature.State = state;
        }
        else
        {
            context.Features.Set<IConsentFeature>(new ConsentFeature(state));
        }

        _options.OnRecorded?.Invoke(context, record);
        return record;
    }

    private static bool HasPrivacySignal(HttpContext context)
        => GlobalPrivacyControl.IsEnabled(context.Request.Headers[GlobalPrivacyControl.HeaderName].ToString());

    private static OptionsValidationException Invalid(string message)
        => new(nameof(NewsModelConsentOptions), typeof(NewsModelConsentOptions), [message]);
}
