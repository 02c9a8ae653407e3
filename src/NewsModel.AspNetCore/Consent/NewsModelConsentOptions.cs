using Microsoft.AspNetCore.Http;
using NewsModel.Consent;
using NewsModel.Localization;

namespace NewsModel.AspNetCore;

/// <summary>How <c>AddNewsModelConsent</c> stores, reads and applies consent. Set <see cref="Policy"/> and <see cref="SigningKey"/>.</summary>
public sealed class NewsModelConsentOptions
{
    /// <summary>The default cookie name. The <c>__Host-</c> prefix makes browsers keep the cookie only when it is <c>Secure</c>, on path <c>/</c> and without a domain, so no subdomain can set or overwrite it.</summary>
    public const string DefaultCookieName = "__Host-nm-consent";

    /// <summary>The consent policy (required): its revision, purposes and lifetime.</summary>
    public ConsentPolicy? Policy { get; set; }

    /// <summary>The key that signs consent cookies (required): at least 32 random bytes, from the app's secret store (see <see cref="ConsentSigningKey.FromBase64(string, string)"/>).</summary>
    public ConsentSigningKey? SigningKey { get; set; }

    /// <summary>Older keys that still verify cookies after a key rotation; drop one once its cookies have expired.</summary>
    public IList<ConsentSigningKey> RetiredKeys { get; } = [];

    /// <summary>The cookie's name; <see cref="DefaultCookieName"/> by default.</summary>
    public string CookieName { get; set; } = DefaultCookieName;

    /// <summary>
    /// The purposes that ASP.NET Core's <c>ITrackingConsentFeature.CanTrack</c> (and so the cookie policy's non-essential
    /// cookies) requires, every one granted; empty (the default) for every purpose of the policy.
    /// </summary>
    public IList<ConsentPurpose> TrackingPurposes { get; } = [];

    /// <summary>The label catalog that resolves request languages and builds the default notice; <see cref="LabelCatalog.Default"/> by default.</summary>
    public LabelCatalog Catalog { get; set; } = LabelCatalog.Default;

    /// <summary>
    /// The notice shown in a catalog language, whose exact text each record's hash proves; by default the catalog's
    /// banner: <see cref="LabelKey.CookieTitle"/>, <see cref="LabelKey.CookieMessage"/>, then the
    /// <see cref="LabelKey.CookieDecline"/> and <see cref="LabelKey.CookieAccept"/> buttons. Set it when the app shows other text.
    /// It is called once per language; the notice's hash is kept for the service's lifetime.
    /// </summary>
    public Func<string, ConsentNotice>? NoticeFactory { get; set; }

    /// <summary>Called after each record is made and its cookie appended, for the app's audit log (see <see cref="ConsentHistory"/>).</summary>
    public Action<HttpContext, ConsentRecord>? OnRecorded { get; set; }
}
