namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// What one complaint command (or a complaint built in memory, see <see cref="Complaint.TakeChanges"/>)
/// writes, for <see cref="IComplaintStore.CommitAsync"/> to apply all together or not at all:
/// the live state with the version it was read at, the transitions appended to the timeline, the
/// command records and compensations written under their keys, the customer's openings, and the
/// events raised.
/// </summary>
/// <remarks>
/// Maps to a few statements: one <c>UPDATE ... WHERE version = @read</c> (an <c>INSERT</c> for a new
/// complaint) of the live row, an <c>INSERT</c> per transition, command record and approval, an
/// <c>UPDATE</c> of an approval issued, one conditional write of the openings, and the events' outbox rows.
/// </remarks>
public sealed record ComplaintChange
{
    /// <summary>Creates a change set.</summary>
    /// <param name="live">The live state after the change.</param>
    /// <param name="expectedVersion">The version the live state was read at; 0 for a new complaint.</param>
    /// <param name="transitions">The transitions to append to the timeline, oldest first: the last <c>transitions.Count</c> of <see cref="LiveComplaint.Transitions"/>.</param>
    /// <param name="commands">The records of the commands handled under idempotency keys, to insert.</param>
    /// <param name="compensations">The compensations approved or issued, to write by name.</param>
    /// <param name="events">The events raised, in order.</param>
    /// <param name="openings">The customer's openings to write, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument but <paramref name="openings"/> is null, or holds a null.</exception>
    /// <exception cref="ArgumentException">
    /// The live version is not above <paramref name="expectedVersion"/>, there are more transitions
    /// than the live state counts, a new complaint has no opening, or a record is another complaint's.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public ComplaintChange(
        LiveComplaint live,
        long expectedVersion,
        IReadOnlyList<ComplaintTransition> transitions,
        IReadOnlyList<ProcessedComplaintCommand> commands,
        IReadOnlyList<ApprovedCompensation> compensations,
        IReadOnlyList<DomainEvent> events,
        CustomerOpenings? openings = null)
    {
        Live = Guard.Against.Null(live);
        ExpectedVersion = ArgumentRange.NotNegative(expectedVersion);
        Transitions = [.. Guard.Against.Null(transitions).Select(t => Guard.Against.Null(t, nameof(transitions)))];
        Commands = [.. Guard.Against.Null(commands).Select(c => Guard.Against.Null(c, nameof(commands)))];
        Compensations = [.. Guard.Against.Null(compensations).Select(c => Guard.Against.Null(c, nameof(compensations)))];
        Events = [.. Guard.Against.Null(events).Select(e => Guard.Against.Null(e, nameof(events)))];
        if (live.Version <= expectedVersion)
        {
            throw new ArgumentException("A change moves the version on.", nameof(live));
        }

        if (Transitions.Count > live.Transitions || (expectedVersion == 0 && (Transitions.Count != live.Transitions || Transitions[0].Action is not null)))
        {
            throw new ArgumentException("The transitions are the last of the timeline, all of it for a new complaint.", nameof(transitions));
        }

        if (Commands.Any(c => c.Complaint != live.Id))
        {
            throw new ArgumentException("Every command record is the complaint's.", nameof(commands));
        }

        Openings = openings;
    }

    /// <summary>The complaint.</summary>
    public LiveComplaint Live { get; }

    /// <summary>The version the live state was read at; 0 for a new complaint.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The transitions to append, oldest first.</summary>
    public IReadOnlyList<ComplaintTransition> Transitions { get; }

    /// <summary>The command records to insert under their keys.</summary>
    public IReadOnlyList<ProcessedComplaintCommand> Commands { get; }

    /// <summary>The compensations to write by name (approved, or now issued).</summary>
    public IReadOnlyList<ApprovedCompensation> Compensations { get; }

    /// <summary>The events raised, in order.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>The customer's openings to write (expecting the version before theirs), or <see langword="null"/>.</summary>
    public CustomerOpenings? Openings { get; init; }
}
