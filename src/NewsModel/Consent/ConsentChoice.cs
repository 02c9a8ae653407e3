namespace NewsModel.Consent;

/// <summary>What a user chose for one purpose.</summary>
/// <remarks>The default value, <see cref="NotAsked"/>, counts as <see cref="Denied"/> wherever consent is checked.</remarks>
public enum ConsentChoice
{
    /// <summary>The user was not asked about the purpose (it counts as denied).</summary>
    NotAsked = 0,

    /// <summary>The user declined the purpose.</summary>
    Denied = 1,

    /// <summary>The user agreed to the purpose.</summary>
    Granted = 2,
}

/// <summary>The action that produced a <see cref="ConsentRecord"/>.</summary>
public enum ConsentDecision
{
    /// <summary>The user accepted every optional purpose.</summary>
    AcceptAll = 1,

    /// <summary>The user declined every optional purpose.</summary>
    RejectAll = 2,

    /// <summary>The user chose purpose by purpose.</summary>
    Custom = 3,

    /// <summary>The user withdrew an earlier consent: every optional purpose is denied.</summary>
    Withdrawal = 4,

    /// <summary>
    /// The browser's Global Privacy Control signal (<c>Sec-GPC: 1</c>) denied advertising and personalization; the user
    /// has not chosen yet, and the signal consents to nothing.
    /// </summary>
    PrivacySignal = 5,
}
