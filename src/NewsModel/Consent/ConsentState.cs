namespace NewsModel.Consent;

/// <summary>
/// What consent means for one request: the record that counts (if any), the choice for each purpose after the browser's
/// privacy signal, and whether the banner must be shown. Made by <see cref="ConsentPolicy.Evaluate(ConsentRecord?, bool)"/>
/// or <see cref="ConsentCookie.Evaluate(string?, bool)"/>. Immutable.
/// </summary>
public sealed class ConsentState
{
    private readonly bool _signalDenies;

    internal ConsentState(ConsentPolicy policy, ConsentRecord? record, ConsentRecordStatus status, bool globalPrivacyControl, bool signalDenies, bool promptRequired)
    {
        Policy = policy;
        Record = record;
        Status = status;
        GlobalPrivacyControl = globalPrivacyControl;
        _signalDenies = signalDenies;
        PromptRequired = promptRequired;
    }

    /// <summary>The policy the state was evaluated under.</summary>
    public ConsentPolicy Policy { get; }

    /// <summary>The record that counts, or <see langword="null"/> when there is none (see <see cref="Status"/>).</summary>
    public ConsentRecord? Record { get; }

    /// <summary><see cref="ConsentRecordStatus.Valid"/> when <see cref="Record"/> counts; otherwise why there is no record.</summary>
    public ConsentRecordStatus Status { get; }

    /// <summary>Whether the request carried the Global Privacy Control signal.</summary>
    public bool GlobalPrivacyControl { get; }

    /// <summary>
    /// Whether the banner must be shown: there is no record that counts, the record was made from the privacy signal
    /// alone, or the policy asks about a purpose the record does not answer.
    /// </summary>
    public bool PromptRequired { get; }

    /// <summary>The choice that holds for a purpose now.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>
    /// <see cref="ConsentChoice.Granted"/> for <see cref="ConsentPurpose.StrictlyNecessary"/>; <see cref="ConsentChoice.Denied"/>
    /// for advertising and personalization under the privacy signal (unless the user chose with the signal on); else
    /// the record's choice, or <see cref="ConsentChoice.NotAsked"/> without a record.
    /// </returns>
    public ConsentChoice GetChoice(ConsentPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (purpose.IsEssential)
        {
            return ConsentChoice.Granted;
        }

        if (_signalDenies && ConsentPolicy.IsPrivacySignalPurpose(purpose))
        {
            return ConsentChoice.Denied;
        }

        return Record?.GetChoice(purpose.Id) ?? ConsentChoice.NotAsked;
    }

    /// <summary>Whether a purpose is granted now (see <see cref="GetChoice(ConsentPurpose)"/>); anything but an explicit grant is a denial.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>Whether it is granted.</returns>
    public bool IsGranted(ConsentPurpose purpose) => GetChoice(purpose) == ConsentChoice.Granted;

    /// <summary>Whether every purpose of the policy is granted now.</summary>
    /// <returns>Whether all are granted.</returns>
    public bool AreAllGranted()
    {
        foreach (var purpose in Policy.Purposes)
        {
            if (!IsGranted(purpose))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short description: the status, whether to prompt, and each purpose's choice.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder("ConsentState { Status = ").Append(Status)
            .Append(", PromptRequired = ").Append(PromptRequired)
            .Append(", GlobalPrivacyControl = ").Append(GlobalPrivacyControl);
        foreach (var purpose in Policy.Purposes)
        {
            builder.Append(", ").Append(purpose.Id).Append(" = ").Append(GetChoice(purpose));
        }

        return builder.Append(" }").ToString();
    }
}
