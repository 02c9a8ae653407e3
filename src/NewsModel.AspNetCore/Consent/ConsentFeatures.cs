using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using NewsModel.Consent;

namespace NewsModel.AspNetCore;

/// <summary>The consent of the current request, set by <c>UseNewsModelConsent</c> (see <see cref="ConsentHttpContextExtensions.GetConsent(HttpContext)"/>).</summary>
public interface IConsentFeature
{
    /// <summary>The request's consent state; after a recorded action, the new one.</summary>
    ConsentState State { get; }
}

internal sealed class ConsentFeature(ConsentState state) : IConsentFeature
{
    public ConsentState State { get; set; } = state;
}

/// <summary>
/// ASP.NET Core's tracking consent answered by NewsModel's record: <see cref="CanTrack"/> only when every tracking purpose
/// is granted. Granting and withdrawing record the user's action like the endpoints do.
/// </summary>
internal sealed class TrackingConsentFeature(HttpContext context, NewsModelConsentService service) : ITrackingConsentFeature
{
    public bool IsConsentNeeded => true;

    public bool HasConsent => service.AllowsTracking(context.GetConsent());

    public bool CanTrack => HasConsent;

    public void GrantConsent() => service.Record(context, ConsentDecision.AcceptAll, null);

    public void WithdrawConsent() => service.Record(context, ConsentDecision.Withdrawal, null);

    // A cookie made before the user acts would record a choice nobody made; NewsModel records consent on the user's POST.
    public string CreateConsentCookie()
        => throw new NotSupportedException("NewsModel records consent when the user acts: post to the accept endpoint mapped by MapNewsModelConsent, or call GrantConsent() while handling that request.");
}
