namespace RetailCrm.Promotions;

using RetailCrm.Persistence;

/// <summary>
/// Where promotion usage is kept: counters per promotion and per coupon (live, moved only by bounded
/// increments), each order's use of each promotion and each customer's uses (keyed records), and the
/// history of uses and releases (append-only, never loaded to decide). The in-memory store by default,
/// a database adapter, or the shop's own store; <c>RetailCrm.Testing</c>'s
/// <c>PromotionUsageStoreContract</c> checks one.
/// </summary>
public interface IPromotionUsageStore
{
    /// <summary>Loads the counters and the order's uses <paramref name="keys"/> names, and nothing else.</summary>
    /// <param name="keys">The counters and the order.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The counters named that are above zero, and the order's uses (none when no order is named).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    Task<LoadedPromotionUsage> LoadAsync(PromotionUsageKeys keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies <paramref name="change"/> atomically: first the keyed records (every inserted use must
    /// be new, every removed use stored exactly so: otherwise it throws), then the increments in
    /// order (if one does not fit, it returns the refusal), and only then writes everything, with the
    /// events in the outbox and the history. Whatever goes wrong, nothing is written.
    /// </summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>Committed, or refused by the first increment that would pass its limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ConcurrencyConflictException">
    /// An inserted use is stored already, or a removed use is not stored as given: another writer
    /// recorded or cancelled the order meanwhile. Load again and decide again.
    /// </exception>
    /// <exception cref="InvariantViolationException">A decrement would take a counter below zero.</exception>
    Task<UsageCommitResult> CommitAsync(PromotionUsageChange change, CancellationToken cancellationToken = default);

    /// <summary>Reads <paramref name="promotion"/>'s history of uses and releases, oldest first, a page at a time.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="afterSequence">The sequence to read after; 0 reads from the start.</param>
    /// <param name="maxCount">The most entries to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> entries in sequence order.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterSequence"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<PromotionUsageEntry>> ReadHistoryAsync(PromotionId promotion, long afterSequence, int maxCount, CancellationToken cancellationToken = default);
}
