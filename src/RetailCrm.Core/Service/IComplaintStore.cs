namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Persistence;

/// <summary>
/// Where complaints are kept: the in-memory store by default, a database adapter, or the shop's own
/// store. Live state, keyed records and history are kept apart: a command loads the live state and
/// the keyed records it names (<see cref="LoadAsync"/>), decides in memory, and commits one change
/// set (<see cref="CommitAsync"/>); the timeline and the compensations are read by query, and the
/// due work through indexes of what is due.
/// </summary>
public interface IComplaintStore
{
    /// <summary>Loads the live state of a complaint and exactly the keyed records <paramref name="keys"/> names; no history.</summary>
    /// <param name="keys">The complaint and the records the command names.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>What was found; <see cref="LoadedComplaint.Live"/> is <see langword="null"/> when there is no such complaint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    Task<LoadedComplaint> LoadAsync(ComplaintKeys keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change set atomically, events to the outbox included: the live state only if it is
    /// still at <see cref="ComplaintChange.ExpectedVersion"/> (absent for 0), the openings only if
    /// still at the version before theirs, and no command key written before; otherwise nothing.
    /// </summary>
    /// <param name="change">The change set.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes when committed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer committed the complaint, the customer's openings or a command key first; nothing was written.</exception>
    Task CommitAsync(ComplaintChange change, CancellationToken cancellationToken = default);

    /// <summary>Reads a complaint's timeline, oldest first: the transitions after sequence number <paramref name="afterSequence"/> (the opening is 1).</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="afterSequence">The sequence number to read after; 0 reads from the opening.</param>
    /// <param name="maxCount">The most transitions to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> transitions; the first has sequence number <paramref name="afterSequence"/> + 1. Empty for an unknown complaint.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterSequence"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<ComplaintTransition>> ReadTimelineAsync(ComplaintId id, long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads a complaint's compensations in the order approved, each as it stands (issued or not).</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="afterCount">How many to skip: those read before.</param>
    /// <param name="maxCount">The most to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> compensations. Empty for an unknown complaint.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterCount"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<ApprovedCompensation>> ReadCompensationsAsync(ComplaintId id, int afterCount, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The complaints overdue at <paramref name="at"/> as they stand (see <see cref="LiveComplaint.IsOverdueAt"/>),
    /// read from an index by <see cref="LiveComplaint.OverdueFrom"/>: earliest due first, then by id, a page at a time.
    /// </summary>
    /// <param name="at">The instant asked about.</param>
    /// <param name="after">The last complaint of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="maxCount">The most complaints to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Up to <paramref name="maxCount"/> complaints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<LiveComplaint>> FindOverdueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The complaints whose follow-up is due at <paramref name="at"/> (see <see cref="LiveComplaint.IsFollowUpDueAt"/>),
    /// read from an index by <see cref="LiveComplaint.FollowUpFrom"/>: earliest due first, then by id, a page at a time.
    /// </summary>
    /// <param name="at">The instant asked about.</param>
    /// <param name="after">The last complaint of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="maxCount">The most complaints to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Up to <paramref name="maxCount"/> complaints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<LiveComplaint>> FindFollowUpsDueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default);
}
