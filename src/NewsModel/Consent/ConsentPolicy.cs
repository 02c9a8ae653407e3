using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Consent;

/// <summary>
/// An app's consent policy: its revision, the optional purposes it asks about, how long a choice lasts, and the clock.
/// It makes records for the user's actions and decides what a stored record means now.
/// </summary>
/// <remarks>
/// <para>
/// Declining is as easy as accepting: <see cref="AcceptAll(ConsentPrompt)"/>, <see cref="RejectAll(ConsentPrompt)"/> and
/// <see cref="Withdraw(ConsentPrompt)"/> take the same single argument.
/// </para>
/// <para>
/// Protective defaults: no record, an expired record, a record for another revision, or an unreadable one all mean that
/// every optional purpose is denied and the banner must be shown again (<see cref="ConsentState.PromptRequired"/>).
/// Raise <see cref="Revision"/> whenever the purposes or the notice change in a way users must see.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsentPolicy
{
    /// <summary>The default tolerance for clocks that run ahead: five minutes.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The number of calendar months a choice lasts by default (see <see cref="Lifetime"/>).</summary>
    public const int DefaultLifetimeMonths = 6;

    private readonly ImmutableArray<ConsentPurpose> _purposes = ConsentPurpose.Standard;

    /// <summary>The policy's revision, 1 or more; a record for any other revision no longer counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public required int Revision
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    }

    /// <summary>
    /// The optional purposes the banner asks about, in the order a settings view lists them; <see cref="ConsentPurpose.Standard"/>
    /// by default. <see cref="ConsentPurpose.StrictlyNecessary"/> is implied and must not be listed.
    /// </summary>
    /// <exception cref="ArgumentException">The list lists a purpose twice, lists <see cref="ConsentPurpose.StrictlyNecessary"/> or a null, or has more than <see cref="ConsentRecord.MaxChoices"/> purposes.</exception>
    public ImmutableArray<ConsentPurpose> Purposes { get => _purposes; init => _purposes = CheckPurposes(value); }

    /// <summary>
    /// How long a choice lasts, after which the user is asked again; <see langword="null"/> (the default) for
    /// <see cref="DefaultLifetimeMonths"/> calendar months.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is shorter than one second or longer than 400 days (browsers keep no cookie longer).</exception>
    public TimeSpan? Lifetime
    {
        get;
        init
        {
            if (value is { } lifetime)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(lifetime, TimeSpan.FromSeconds(1), nameof(value));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, TimeSpan.FromDays(400), nameof(value));
            }

            field = value;
        }
    }

    /// <summary>How far a record's creation may lie in the future before it is refused as <see cref="ConsentRecordStatus.FutureDated"/>; five minutes by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than a day.</exception>
    public TimeSpan ClockSkew
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, TimeSpan.FromDays(1));
            field = value;
        }
    } = DefaultClockSkew;

    /// <summary>The clock; <see cref="TimeProvider.System"/> by default.</summary>
    public TimeProvider TimeProvider { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = TimeProvider.System;

    /// <summary>Finds one of the policy's purposes (or <see cref="ConsentPurpose.StrictlyNecessary"/>) by id.</summary>
    /// <param name="id">The purpose's id.</param>
    /// <param name="purpose">The purpose, when found.</param>
    /// <returns>Whether the policy has the purpose.</returns>
    public bool TryGetPurpose(ReadOnlySpan<char> id, [NotNullWhen(true)] out ConsentPurpose? purpose)
    {
        foreach (var candidate in _purposes)
        {
            if (id.SequenceEqual(candidate.Id))
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = id.SequenceEqual(ConsentPurpose.StrictlyNecessary.Id) ? ConsentPurpose.StrictlyNecessary : null;
        return purpose is not null;
    }

    /// <summary>When a choice made at an instant expires under this policy.</summary>
    /// <param name="createdAt">When the choice was made.</param>
    /// <returns>The expiry, in UTC to the whole second.</returns>
    public DateTimeOffset GetExpiry(DateTimeOffset createdAt)
    {
        var created = ConsentRecord.ToStoredInstant(createdAt);
        return ConsentRecord.ToStoredInstant(Lifetime is { } lifetime ? created + lifetime : created.AddMonths(DefaultLifetimeMonths));
    }

    /// <summary>Records that the user accepted every optional purpose.</summary>
    /// <param name="prompt">What the user was shown.</param>
    /// <returns>The record, every purpose of <see cref="Purposes"/> granted.</returns>
    public ConsentRecord AcceptAll(ConsentPrompt prompt) => Create(prompt, ConsentDecision.AcceptAll, static (_, _) => ConsentChoice.Granted, null);

    /// <summary>Records that the user declined every optional purpose.</summary>
    /// <param name="prompt">What the user was shown.</param>
    /// <returns>The record, every purpose of <see cref="Purposes"/> denied.</returns>
    public ConsentRecord RejectAll(ConsentPrompt prompt) => Create(prompt, ConsentDecision.RejectAll, static (_, _) => ConsentChoice.Denied, null);

    /// <summary>Records that the user withdrew their consent.</summary>
    /// <param name="prompt">What the user was shown (the settings view they withdrew from).</param>
    /// <returns>The record, every purpose of <see cref="Purposes"/> denied.</returns>
    public ConsentRecord Withdraw(ConsentPrompt prompt) => Create(prompt, ConsentDecision.Withdrawal, static (_, _) => ConsentChoice.Denied, null);

    /// <summary>Records a purpose-by-purpose choice.</summary>
    /// <param name="prompt">What the user was shown.</param>
    /// <param name="granted">The purposes the user granted; every other purpose of <see cref="Purposes"/> is denied. <see cref="ConsentPurpose.StrictlyNecessary"/> may be listed and changes nothing.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A granted purpose is not one of <see cref="Purposes"/>.</exception>
    public ConsentRecord Customize(ConsentPrompt prompt, IEnumerable<ConsentPurpose> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var purpose in granted)
        {
            ArgumentNullException.ThrowIfNull(purpose, nameof(granted));
            if (purpose.IsEssential)
            {
                continue;
            }

            if (!TryGetPurpose(purpose.Id, out _))
            {
                throw new ArgumentException(DiagnosticMessages.ConsentPurposeNotInPolicy(purpose.Id), nameof(granted));
            }

            set.Add(purpose.Id);
        }

        return Create(prompt, ConsentDecision.Custom, static (purpose, state) => ((HashSet<string>)state!).Contains(purpose.Id) ? ConsentChoice.Granted : ConsentChoice.Denied, set);
    }

    /// <summary>
    /// Records the browser's Global Privacy Control signal for a user who has not chosen: advertising and personalization
    /// denied (where the policy has them), everything else not asked. It grants nothing, and the banner is still shown.
    /// </summary>
    /// <param name="language">The interface language of the request.</param>
    /// <returns>The record, with no notice hash.</returns>
    public ConsentRecord FromPrivacySignal(string language)
        => Create(
            new ConsentPrompt { Language = language, NoticeHash = null, GlobalPrivacyControl = true },
            ConsentDecision.PrivacySignal,
            static (purpose, _) => IsPrivacySignalPurpose(purpose) ? ConsentChoice.Denied : ConsentChoice.NotAsked,
            null);

    /// <summary>Whether a record counts now: not expired (at its own expiry or this policy's lifetime, whichever is first), not made in the future, and for this revision.</summary>
    /// <param name="record">The record.</param>
    /// <returns><see cref="ConsentRecordStatus.Valid"/>, or why the record does not count.</returns>
    public ConsentRecordStatus Check(ConsentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Check(record.CreatedAt, record.ExpiresAt, record.PolicyRevision);
    }

    /// <summary>
    /// What a stored record means for this request: the choice for each purpose, and whether the banner must be shown.
    /// </summary>
    /// <param name="record">The stored record, or <see langword="null"/> when there is none (or it could not be read).</param>
    /// <param name="globalPrivacyControl">
    /// Whether the request carries the Global Privacy Control signal. It denies advertising and personalization, unless
    /// the record was itself made while the signal was on (the user then chose otherwise actively).
    /// </param>
    /// <returns>The state.</returns>
    public ConsentState Evaluate(ConsentRecord? record, bool globalPrivacyControl)
        => Evaluate(record, record is null ? ConsentRecordStatus.Missing : Check(record), globalPrivacyControl);

    /// <summary>The state for a record whose status is known (a cookie read reports why it refused a value).</summary>
    internal ConsentState Evaluate(ConsentRecord? record, ConsentRecordStatus status, bool globalPrivacyControl)
    {
        var counted = status == ConsentRecordStatus.Valid ? record : null;
        var prompt = counted is null || counted.Decision == ConsentDecision.PrivacySignal;
        if (!prompt)
        {
            foreach (var purpose in _purposes)
            {
                if (counted!.GetChoice(purpose.Id) == ConsentChoice.NotAsked)
                {
                    prompt = true;
                    break;
                }
            }
        }

        var signalDenies = globalPrivacyControl && counted?.GlobalPrivacyControl != true;
        return new ConsentState(this, counted, counted is null ? status : ConsentRecordStatus.Valid, globalPrivacyControl, signalDenies, prompt);
    }

    /// <summary>The checks of <see cref="Check(ConsentRecord)"/> on a record's fields, before a record is built from a cookie.</summary>
    internal ConsentRecordStatus Check(DateTimeOffset createdAt, DateTimeOffset expiresAt, int revision)
    {
        var now = TimeProvider.GetUtcNow();
        if (createdAt > now + ClockSkew)
        {
            return ConsentRecordStatus.FutureDated;
        }

        var expiry = GetExpiry(createdAt);
        if (now >= expiresAt || now >= expiry)
        {
            return ConsentRecordStatus.Expired;
        }

        return revision == Revision ? ConsentRecordStatus.Valid : ConsentRecordStatus.PolicyRevisionMismatch;
    }

    internal static bool IsPrivacySignalPurpose(ConsentPurpose purpose)
        => purpose.Equals(ConsentPurpose.Advertising) || purpose.Equals(ConsentPurpose.Personalization);

    private ConsentRecord Create(ConsentPrompt prompt, ConsentDecision decision, Func<ConsentPurpose, object?, ConsentChoice> choose, object? state)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var now = ConsentRecord.ToStoredInstant(TimeProvider.GetUtcNow());
        var choices = ImmutableArray.CreateBuilder<ConsentPurposeChoice>(_purposes.Length);
        foreach (var purpose in _purposes)
        {
            choices.Add(new ConsentPurposeChoice { PurposeId = purpose.Id, Choice = choose(purpose, state) });
        }

        return new ConsentRecord
        {
            Id = ConsentRecord.NewId(),
            Decision = decision,
            CreatedAt = now,
            ExpiresAt = GetExpiry(now),
            PolicyRevision = Revision,
            Language = prompt.Language,
            NoticeHash = prompt.NoticeHash,
            GlobalPrivacyControl = prompt.GlobalPrivacyControl,
            Choices = choices.DrainToImmutable(),
        };
    }

    private static ImmutableArray<ConsentPurpose> CheckPurposes(ImmutableArray<ConsentPurpose> value)
    {
        if (value.IsDefault)
        {
            return [];
        }

        if (value.Length > ConsentRecord.MaxChoices)
        {
            throw new ArgumentException(DiagnosticMessages.TooManyConsentChoices(value.Length, ConsentRecord.MaxChoices), nameof(value));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var purpose in value)
        {
            if (purpose is null || purpose.IsEssential || !ids.Add(purpose.Id))
            {
                throw new ArgumentException(DiagnosticMessages.InvalidPolicyPurpose(purpose?.Id), nameof(value));
            }
        }

        return value;
    }
}
