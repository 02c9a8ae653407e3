namespace NewsModel.Consent;

/// <summary>
/// The Global Privacy Control signal: a browser setting by which the user asks sites not to sell or share their data,
/// sent as the request header <c>Sec-GPC: 1</c>.
/// </summary>
/// <remarks>
/// NewsModel treats the signal as a denial of <see cref="ConsentPurpose.Advertising"/> and
/// <see cref="ConsentPurpose.Personalization"/> until the user actively chooses otherwise while the signal is on (see
/// <see cref="ConsentPolicy.Evaluate(ConsentRecord?, bool)"/>); it never counts as consent to anything.
/// </remarks>
public static class GlobalPrivacyControl
{
    /// <summary>The request header's name.</summary>
    public const string HeaderName = "Sec-GPC";

    /// <summary>Whether a <c>Sec-GPC</c> header value turns the signal on: exactly <c>1</c> (spaces around it allowed); any other value, or none, does not.</summary>
    /// <param name="headerValue">The header's value, or <see langword="null"/> when the request has none.</param>
    /// <returns>Whether the signal is on.</returns>
    public static bool IsEnabled(string? headerValue) => headerValue is not null && headerValue.AsSpan().Trim(" \t").SequenceEqual("1");
}
