using System.Collections.Immutable;

namespace NewsModel.Consent;

/// <summary>What happened to a user's consent in one step of a <see cref="ConsentHistory"/>.</summary>
public enum ConsentHistoryEvent
{
    /// <summary>The first choice the history holds.</summary>
    Given = 1,

    /// <summary>A new choice under the same policy revision, before the previous one expired.</summary>
    Changed = 2,

    /// <summary>The user withdrew consent (<see cref="ConsentDecision.Withdrawal"/>).</summary>
    Withdrawn = 3,

    /// <summary>The user was asked again, because the previous choice had expired or the policy's revision had changed.</summary>
    Reasked = 4,

    /// <summary>The browser's privacy signal was recorded (<see cref="ConsentDecision.PrivacySignal"/>); it is no choice of the user's.</summary>
    PrivacySignal = 5,
}

/// <summary>One step of a <see cref="ConsentHistory"/>: the record and what it changed.</summary>
public sealed record ConsentHistoryEntry
{
    /// <summary>What happened.</summary>
    public required ConsentHistoryEvent Event { get; init; }

    /// <summary>The record made.</summary>
    public required ConsentRecord Record { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); }
}

/// <summary>
/// The append-only history of one user's (one browser's) consent, for an app's audit log: every record in the order made,
/// each with the event it was (given, changed, withdrawn, re-asked). <see cref="ConsentHistoryJson"/> writes it as JSON.
/// Immutable: <see cref="Append(ConsentRecord)"/> returns a new history.
/// </summary>
public sealed class ConsentHistory : IEquatable<ConsentHistory>
{
    private ConsentHistory(ImmutableArray<ConsentHistoryEntry> entries) => Entries = entries;

    /// <summary>The history with no entries.</summary>
    public static ConsentHistory Empty { get; } = new([]);

    /// <summary>The entries, oldest first.</summary>
    public ImmutableArray<ConsentHistoryEntry> Entries { get; }

    /// <summary>The latest record, or <see langword="null"/> for an empty history.</summary>
    public ConsentRecord? Current => Entries.IsEmpty ? null : Entries[^1].Record;

    /// <summary>What a new record is, after the one before it.</summary>
    /// <param name="previous">The latest record so far, or <see langword="null"/>.</param>
    /// <param name="next">The new record.</param>
    /// <returns>The event.</returns>
    public static ConsentHistoryEvent Classify(ConsentRecord? previous, ConsentRecord next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return next.Decision switch
        {
            ConsentDecision.Withdrawal => ConsentHistoryEvent.Withdrawn,
            ConsentDecision.PrivacySignal => ConsentHistoryEvent.PrivacySignal,
            _ when previous is null || previous.Decision == ConsentDecision.PrivacySignal => ConsentHistoryEvent.Given,
            _ when next.CreatedAt >= previous.ExpiresAt || next.PolicyRevision != previous.PolicyRevision => ConsentHistoryEvent.Reasked,
            _ => ConsentHistoryEvent.Changed,
        };
    }

    /// <summary>Adds a record at the end, with the event <see cref="Classify(ConsentRecord?, ConsentRecord)"/> gives it.</summary>
    /// <param name="record">The new record: made no earlier than the latest one, with an id the history does not hold.</param>
    /// <returns>The longer history.</returns>
    /// <exception cref="ArgumentException">The record is older than the latest one, or its id is already in the history.</exception>
    public ConsentHistory Append(ConsentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var current = Current;
        if (current is not null && record.CreatedAt < current.CreatedAt)
        {
            throw new ArgumentException(DiagnosticMessages.ConsentHistoryOutOfOrder, nameof(record));
        }

        foreach (var entry in Entries)
        {
            if (entry.Record.Id == record.Id)
            {
                throw new ArgumentException(DiagnosticMessages.ConsentHistoryDuplicateId(record.Id), nameof(record));
            }
        }

        return new ConsentHistory(Entries.Add(new ConsentHistoryEntry { Event = Classify(current, record), Record = record }));
    }

    /// <inheritdoc/>
    public bool Equals(ConsentHistory? other) => other is not null && Equality.SequenceEqual(Entries, other.Entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsentHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => Equality.SequenceHash(Entries);

    /// <summary>A description listing each entry's event and record id.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => "ConsentHistory [" + string.Join(", ", Entries.Select(entry => entry.Event + " " + entry.Record.Id)) + "]";
}
