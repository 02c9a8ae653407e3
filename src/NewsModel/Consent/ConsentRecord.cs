using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsModel.Consent;

/// <summary>
/// What a user chose, as data an app keeps and an auditor can check: an unguessable id, the choice for each purpose, the
/// action that produced it, when, for which policy revision, in which language, and a hash of the exact notice shown.
/// </summary>
/// <remarks>
/// <para>
/// Records are made by <see cref="ConsentPolicy"/> (<see cref="ConsentPolicy.AcceptAll(ConsentPrompt)"/>,
/// <see cref="ConsentPolicy.RejectAll(ConsentPrompt)"/>, ...), stored by <see cref="ConsentCookie"/> and logged by
/// <see cref="ConsentHistory"/>. Immutable, with value equality. Instants are kept in UTC to the whole second (what the
/// cookie stores); setting one rounds it down.
/// </para>
/// <para>
/// A purpose the record does not mention was not asked about (<see cref="ConsentChoice.NotAsked"/>), which counts as
/// denied; <see cref="Choices"/> lists only the purposes granted or denied. <see cref="ConsentPurpose.StrictlyNecessary"/>
/// is never listed: it is always granted.
/// </para>
/// </remarks>
public sealed record ConsentRecord
{
    /// <summary>The most purposes a record lists.</summary>
    public const int MaxChoices = 64;

    private readonly ImmutableArray<ConsentPurposeChoice> _choices = [];

    /// <summary>The record's id, 122 random bits (a version 4 UUID from a cryptographic generator): unguessable, for the audit log.</summary>
    /// <exception cref="ArgumentException">The value is <see cref="Guid.Empty"/>.</exception>
    public required Guid Id
    {
        get;
        init => field = value == Guid.Empty ? throw new ArgumentException(DiagnosticMessages.EmptyConsentId, nameof(value)) : value;
    }

    /// <summary>The action that produced the record.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="ConsentDecision"/>.</exception>
    public required ConsentDecision Decision
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, DiagnosticMessages.UndefinedConsentDecision);
    }

    /// <summary>When the user chose, in UTC to the whole second.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is before 1970.</exception>
    public required DateTimeOffset CreatedAt { get; init => field = ToStoredInstant(value); }

    /// <summary>When the record stops counting and the user must be asked again, in UTC to the whole second; after <see cref="CreatedAt"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is before 1970.</exception>
    public required DateTimeOffset ExpiresAt { get; init => field = ToStoredInstant(value); }

    /// <summary>The revision of the consent policy the user answered (see <see cref="ConsentPolicy.Revision"/>); 1 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public required int PolicyRevision
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    }

    /// <summary>The interface language the notice was shown in, a BCP 47 tag such as <c>yo</c>.</summary>
    /// <exception cref="ArgumentException">The value is not a language tag of 1 to 35 ASCII letters, digits and hyphens.</exception>
    public required string Language { get; init => field = ConsentText.RequireLanguage(value); }

    /// <summary>
    /// The SHA-256 of the notice shown, as 64 lowercase hexadecimal digits (see <see cref="ConsentPrompt.HashNotice(ConsentNotice)"/>),
    /// or <see langword="null"/> when no notice was shown (a record made from the browser's privacy signal).
    /// </summary>
    /// <exception cref="ArgumentException">The value is not 64 hexadecimal digits.</exception>
    public string? NoticeHash { get; init => field = value is null ? null : ConsentPrompt.RequireHash(value); }

    /// <summary>Whether the browser sent the Global Privacy Control signal when the user chose (see <see cref="ConsentPolicy.Evaluate(ConsentRecord?, bool)"/>).</summary>
    public bool GlobalPrivacyControl { get; init; }

    /// <summary>
    /// The purposes granted or denied, ordered by id (ordinal); purposes not asked about are left out, and setting the
    /// list drops <see cref="ConsentChoice.NotAsked"/> entries and sorts it.
    /// </summary>
    /// <exception cref="ArgumentException">An id is not a valid optional purpose id, appears twice, or there are more than <see cref="MaxChoices"/>.</exception>
    public ImmutableArray<ConsentPurposeChoice> Choices { get => _choices; init => _choices = Normalize(value); }

    /// <summary>Makes a new record id: a version 4 UUID whose 122 random bits come from <see cref="RandomNumberGenerator"/>.</summary>
    /// <returns>The id.</returns>
    public static Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>What the record says for a purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns><see cref="ConsentChoice.Granted"/> for <see cref="ConsentPurpose.StrictlyNecessary"/>; else the listed choice, or <see cref="ConsentChoice.NotAsked"/>.</returns>
    public ConsentChoice GetChoice(ConsentPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return purpose.IsEssential ? ConsentChoice.Granted : GetChoice(purpose.Id);
    }

    /// <summary>What the record says for a purpose id.</summary>
    /// <param name="purposeId">The purpose's id.</param>
    /// <returns><see cref="ConsentChoice.Granted"/> for <see cref="ConsentPurpose.StrictlyNecessary"/>; else the listed choice, or <see cref="ConsentChoice.NotAsked"/>.</returns>
    public ConsentChoice GetChoice(ReadOnlySpan<char> purposeId)
    {
        if (purposeId.SequenceEqual(ConsentPurpose.StrictlyNecessary.Id))
        {
            return ConsentChoice.Granted;
        }

        var choices = _choices.AsSpan();
        int low = 0, high = choices.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = choices[middle].PurposeId.AsSpan().SequenceCompareTo(purposeId);
            if (order == 0)
            {
                return choices[middle].Choice;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ConsentChoice.NotAsked;
    }

    /// <summary>Whether the record grants a purpose (always for <see cref="ConsentPurpose.StrictlyNecessary"/>).</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>Whether it is granted.</returns>
    public bool IsGranted(ConsentPurpose purpose) => GetChoice(purpose) == ConsentChoice.Granted;

    /// <inheritdoc/>
    public bool Equals(ConsentRecord? other)
        => other is not null
            && Id == other.Id
            && Decision == other.Decision
            && CreatedAt == other.CreatedAt
            && ExpiresAt == other.ExpiresAt
            && PolicyRevision == other.PolicyRevision
            && Language == other.Language
            && NoticeHash == other.NoticeHash
            && GlobalPrivacyControl == other.GlobalPrivacyControl
            && Equality.SequenceEqual(_choices, other._choices);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Id, Decision, CreatedAt, ExpiresAt, PolicyRevision, Language, NoticeHash, HashCode.Combine(GlobalPrivacyControl, Equality.SequenceHash(_choices)));

    private bool PrintMembers(StringBuilder builder)
    {
        var choices = new StringBuilder("[");
        for (var i = 0; i < _choices.Length; i++)
        {
            choices.Append(i == 0 ? string.Empty : ", ").Append(_choices[i].PurposeId).Append(" = ").Append(_choices[i].Choice);
        }

        return new ModelPrinter(builder)
            .Add(nameof(Id), (object)Id)
            .Add(nameof(Decision), Decision)
            .Add(nameof(CreatedAt), CreatedAt.ToString("O", CultureInfo.InvariantCulture))
            .Add(nameof(ExpiresAt), ExpiresAt.ToString("O", CultureInfo.InvariantCulture))
            .Add(nameof(PolicyRevision), PolicyRevision)
            .Add(nameof(Language), Language)
            .Add(nameof(NoticeHash), NoticeHash)
            .Add(nameof(GlobalPrivacyControl), GlobalPrivacyControl)
            .Add(nameof(Choices), (object)choices.Append(']').ToString())
            .Printed;
    }

    /// <summary>UTC, rounded down to the whole second, from 1970 on: the instants a cookie can hold.</summary>
    internal static DateTimeOffset ToStoredInstant(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, DateTimeOffset.UnixEpoch.UtcTicks, nameof(value));
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    // Already what Normalize makes (as a cookie read gives it): valid ids in increasing order, granted or denied, within the limit.
    private static bool IsCanonical(ReadOnlySpan<ConsentPurposeChoice> choices)
    {
        if (choices.Length > MaxChoices)
        {
            return false;
        }

        string? previous = null;
        foreach (var choice in choices)
        {
            if (choice.PurposeId is not { } id
                || choice.Choice is not (ConsentChoice.Denied or ConsentChoice.Granted)
                || (previous is not null && string.CompareOrdinal(previous, id) >= 0)
                || !ConsentPurpose.IsValidId(id)
                || id == ConsentPurpose.StrictlyNecessary.Id)
            {
                return false;
            }

            previous = id;
        }

        return true;
    }

    private static ImmutableArray<ConsentPurposeChoice> Normalize(ImmutableArray<ConsentPurposeChoice> value)
    {
        if (value.IsDefaultOrEmpty)
        {
            return [];
        }

        if (IsCanonical(value.AsSpan()))
        {
            return value;
        }

        var builder = ImmutableArray.CreateBuilder<ConsentPurposeChoice>(value.Length);
        foreach (var choice in value)
        {
            if (choice.PurposeId is not { } id || !ConsentPurpose.IsValidId(id) || id == ConsentPurpose.StrictlyNecessary.Id)
            {
                throw new ArgumentException(DiagnosticMessages.InvalidConsentChoicePurpose(choice.PurposeId), nameof(value));
            }

            if (!Enum.IsDefined(choice.Choice))
            {
                throw new ArgumentException(DiagnosticMessages.UndefinedConsentChoice, nameof(value));
            }

            if (choice.Choice != ConsentChoice.NotAsked)
            {
                builder.Add(choice);
            }
        }

        builder.Sort(static (left, right) => string.CompareOrdinal(left.PurposeId, right.PurposeId));
        for (var i = 1; i < builder.Count; i++)
        {
            if (builder[i].PurposeId == builder[i - 1].PurposeId)
            {
                throw new ArgumentException(DiagnosticMessages.DuplicateConsentChoice(builder[i].PurposeId), nameof(value));
            }
        }

        if (builder.Count > MaxChoices)
        {
            throw new ArgumentException(DiagnosticMessages.TooManyConsentChoices(builder.Count, MaxChoices), nameof(value));
        }

        return builder.DrainToImmutable();
    }
}

/// <summary>A user's choice for one purpose, as a <see cref="ConsentRecord"/> lists it.</summary>
public readonly record struct ConsentPurposeChoice
{
    /// <summary>The purpose's id (see <see cref="ConsentPurpose.Id"/>).</summary>
    public required string PurposeId { get; init; }

    /// <summary>The choice.</summary>
    public required ConsentChoice Choice { get; init; }
}
