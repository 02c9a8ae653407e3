using System.Text;

namespace NewsModel.Consent;

/// <summary>One Google Consent Mode signal's value.</summary>
public enum ConsentModeValue
{
    /// <summary><c>denied</c>.</summary>
    Denied = 0,

    /// <summary><c>granted</c>.</summary>
    Granted = 1,
}

/// <summary>
/// The parameters of a Google Consent Mode v2 <c>gtag('consent', 'default' | 'update', ...)</c> command. Immutable, with
/// value equality; every member is <see cref="ConsentModeValue.Denied"/> unless set.
/// </summary>
public sealed record ConsentModeParameters
{
    /// <summary><c>ad_storage</c>: storage for advertising.</summary>
    public ConsentModeValue AdStorage { get; init; }

    /// <summary><c>ad_user_data</c>: sending user data to Google for advertising.</summary>
    public ConsentModeValue AdUserData { get; init; }

    /// <summary><c>ad_personalization</c>: personalized advertising.</summary>
    public ConsentModeValue AdPersonalization { get; init; }

    /// <summary><c>analytics_storage</c>: storage for analytics.</summary>
    public ConsentModeValue AnalyticsStorage { get; init; }

    /// <summary><c>functionality_storage</c>: storage for features such as remembered settings.</summary>
    public ConsentModeValue FunctionalityStorage { get; init; }

    /// <summary><c>personalization_storage</c>: storage for personalized content.</summary>
    public ConsentModeValue PersonalizationStorage { get; init; }

    /// <summary><c>security_storage</c>: storage for security, such as authentication and fraud prevention.</summary>
    public ConsentModeValue SecurityStorage { get; init; }

    /// <summary>
    /// The parameters as a JavaScript object literal, in Google's documented order:
    /// <c>{'ad_storage':'denied','ad_user_data':'denied',...,'security_storage':'granted'}</c>. Only ASCII letters,
    /// underscores, quotes, colons, commas and braces: safe inside an HTML <c>&lt;script&gt;</c> element, and valid JSON
    /// once the single quotes are double ones.
    /// </summary>
    /// <returns>The object literal.</returns>
    public string ToScriptObject()
    {
        var builder = new StringBuilder(256);
        AppendObject(builder);
        return builder.ToString();
    }

    internal void AppendObject(StringBuilder builder)
    {
        builder.Append('{');
        Append(builder, "ad_storage", AdStorage, first: true);
        Append(builder, "ad_user_data", AdUserData);
        Append(builder, "ad_personalization", AdPersonalization);
        Append(builder, "analytics_storage", AnalyticsStorage);
        Append(builder, "functionality_storage", FunctionalityStorage);
        Append(builder, "personalization_storage", PersonalizationStorage);
        Append(builder, "security_storage", SecurityStorage);
        builder.Append('}');
    }

    private static void Append(StringBuilder builder, string name, ConsentModeValue value, bool first = false)
        => builder.Append(first ? "'" : ",'").Append(name).Append("':'").Append(value == ConsentModeValue.Granted ? "granted" : "denied").Append('\'');
}

/// <summary>
/// Google Consent Mode v2 from NewsModel's consent state: the <c>default</c> parameters (every optional signal denied,
/// <c>security_storage</c> granted), the <c>update</c> parameters for a user's choice, and the inline script a page runs
/// before any Google tag.
/// </summary>
/// <remarks>
/// Signals follow purposes: <c>ad_storage</c> and <c>ad_user_data</c> follow <see cref="ConsentPurpose.Advertising"/>,
/// <c>ad_personalization</c> needs both <see cref="ConsentPurpose.Advertising"/> and <see cref="ConsentPurpose.Personalization"/>,
/// <c>analytics_storage</c> follows <see cref="ConsentPurpose.Analytics"/>, <c>functionality_storage</c>
/// <see cref="ConsentPurpose.Functionality"/>, <c>personalization_storage</c> <see cref="ConsentPurpose.Personalization"/>;
/// <c>security_storage</c> is strictly necessary and always granted. Each follows <see cref="ConsentState.IsGranted(ConsentPurpose)"/>,
/// so the privacy signal and every protective default apply.
/// </remarks>
public static class GoogleConsentMode
{
    /// <summary>The <c>default</c> parameters: every optional signal denied, <c>security_storage</c> granted.</summary>
    public static ConsentModeParameters Default { get; } = new() { SecurityStorage = ConsentModeValue.Granted };

    /// <summary>The parameters that hold for a state (the <c>update</c> command's).</summary>
    /// <param name="state">The consent state of the request.</param>
    /// <returns>The parameters.</returns>
    public static ConsentModeParameters FromState(ConsentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var advertising = state.IsGranted(ConsentPurpose.Advertising);
        var personalization = state.IsGranted(ConsentPurpose.Personalization);
        return new ConsentModeParameters
        {
            AdStorage = Value(advertising),
            AdUserData = Value(advertising),
            AdPersonalization = Value(advertising && personalization),
            AnalyticsStorage = Value(state.IsGranted(ConsentPurpose.Analytics)),
            FunctionalityStorage = Value(state.IsGranted(ConsentPurpose.Functionality)),
            PersonalizationStorage = Value(personalization),
            SecurityStorage = ConsentModeValue.Granted,
        };
    }

    /// <summary>
    /// The inline script for a page, to run before any Google tag: it defines <c>gtag</c> on <c>window.dataLayer</c>, sets the
    /// <c>default</c> parameters, and when the user has a record that counts, the <c>update</c> parameters of the state.
    /// </summary>
    /// <param name="state">The consent state of the request, or <see langword="null"/> for the defaults only.</param>
    /// <returns>
    /// The script text, without the <c>&lt;script&gt;</c> element (add the page's CSP nonce there). It holds only fixed ASCII
    /// text, never <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> or <c>"</c>, so it is safe inside the element.
    /// </returns>
    public static string GetScript(ConsentState? state)
    {
        var builder = new StringBuilder(600);
        builder.Append("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}\n");
        builder.Append("gtag('consent','default',");
        Default.AppendObject(builder);
        builder.Append(");\n");
        if (state?.Record is not null)
        {
            builder.Append("gtag('consent','update',");
            FromState(state).AppendObject(builder);
            builder.Append(");\n");
        }

        return builder.ToString();
    }

    private static ConsentModeValue Value(bool granted) => granted ? ConsentModeValue.Granted : ConsentModeValue.Denied;
}
