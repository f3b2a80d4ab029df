namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Where feedback profiles are kept, in the storage shape: a live state per party (the credit
/// counters and the version), keyed entry records per (party, trade), and append-only history.
/// A command loads the live state and the records it names, decides in memory and commits a change
/// set; nothing of the history is loaded to execute a command.
/// </summary>
public interface IFeedbackProfileStore
{
    /// <summary>
    /// The party's live state and the records <paramref name="keys"/> name: each named trade's entry
    /// and the entries of its pair's month (same role, counterpart and pair-cap month), and the
    /// entries of each pair scope from its month on. Each record once, by sequence.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="keys">What the command names.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The loaded state.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    Task<FeedbackLoaded> LoadAsync(PartyId party, FeedbackLoadKeys keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The party's trades still awaiting a rating whose window closes at or before <paramref name="dueBy"/>,
    /// by window end then trade id, at most <paramref name="maxCount"/>: one page of the work of closing windows.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="dueBy">The instant.</param>
    /// <param name="maxCount">The page size, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The due entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is outside 1 to 10,000.</exception>
    Task<IReadOnlyList<FeedbackEntryRecord>> ReadDueAsync(PartyId party, Instant dueBy, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the change sets atomically: all of them, or none when a party's live state is no
    /// longer at the version a change set read it at. Their events go to the outbox in the same commit, in order.
    /// </summary>
    /// <param name="changeSets">The change sets, at most one per party.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes when committed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changeSets"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two change sets name the same party, or a change set's live state is not at its expected version + 1.</exception>
    /// <exception cref="ConcurrencyConflictException">Another writer committed to one of the parties first; nothing is applied.</exception>
    Task CommitAsync(IReadOnlyList<FeedbackChangeSet> changeSets, CancellationToken cancellationToken = default);

    /// <summary>The party's entries after <paramref name="afterSequence"/>, in the order recorded, at most <paramref name="maxCount"/>: the profile's entry list, paged.</summary>
    /// <param name="party">The party.</param>
    /// <param name="afterSequence">The last sequence already read (0 from the start).</param>
    /// <param name="maxCount">The page size, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterSequence"/> is negative or <paramref name="maxCount"/> is outside 1 to 10,000.</exception>
    Task<IReadOnlyList<FeedbackEntryRecord>> ReadEntriesAsync(PartyId party, long afterSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The counted ratings the party received in <paramref name="role"/> given after <paramref name="after"/> and at or before <paramref name="until"/>: a report query for positive-feedback rates.</summary>
    /// <param name="party">The party.</param>
    /// <param name="role">Seller or buyer.</param>
    /// <param name="after">The exclusive start.</param>
    /// <param name="until">The inclusive end.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    Task<FeedbackRatingCounts> CountRatingsAsync(PartyId party, FeedbackRole role, Instant after, Instant until, CancellationToken cancellationToken = default);

    /// <summary>
    /// The party's whole history as a snapshot (trades, ratings, replies, flags in the order written,
    /// and the version), for export and tests; <see langword="null"/> when the party has no profile.
    /// Reads every row of the party: never used to execute a command.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    Task<FeedbackProfileSnapshot?> ExportAsync(PartyId party, CancellationToken cancellationToken = default);
}
