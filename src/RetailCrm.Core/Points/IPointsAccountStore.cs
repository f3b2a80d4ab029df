namespace RetailCrm.Points;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Where points accounts are kept, in three parts: the bounded live state of each account (one row:
/// balance, debt, next numbers, version) with its open lots; keyed records loaded only when a
/// command names them (an order's earning, an order's redemptions, a refund clawed back, a closed
/// lot they name, the first outcome under an idempotency key); and append-only history (ledger
/// entries, closed lots) that no command loads. Implement it over your own database;
/// RetailCrm.Testing's <c>PointsAccountStoreContract</c> checks an implementation, the cost bound included.
/// </summary>
public interface IPointsAccountStore
{
    /// <summary>
    /// Loads what a command needs: the live state and open lots of the customer's account (empty, at
    /// version 0, when there is none yet), the keyed records <paramref name="keys"/> names, and the
    /// closed lots the loaded earning and redemptions name. Never any history beyond that.
    /// </summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="keys">The keyed records to load (<see cref="PointsCommand.Touches"/>; <see cref="PointsKeys.None"/> for the live state alone).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The load.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    Task<PointsAccountLoad> LoadAsync(CustomerId customerId, PointsKeys keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change set atomically, all of it or none: the live state only while the store still
    /// holds <see cref="PointsChangeSet.ExpectedVersion"/>, then the entries, lots, keyed records,
    /// the idempotency record and the events (to the outbox, in order).
    /// </summary>
    /// <param name="changes">The change set.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes when the changes are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">The change set contradicts itself: entries not numbered from the expected next number, a version that is not one more.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not the expected one: someone else committed first. Nothing was written.</exception>
    Task CommitAsync(PointsChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's ledger entries after <paramref name="afterEntryId"/>, oldest first: for statements and reports, never for a command.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="afterEntryId">The entry number to read after; 0 reads from the start.</param>
    /// <param name="maxCount">The most entries to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> entries in number order; none for an unknown customer.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterEntryId"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<PointsEntry>> ReadEntriesAsync(CustomerId customerId, long afterEntryId, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's lots, open and closed, after <paramref name="afterLotId"/>, oldest first: for reports and export.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="afterLotId">The lot number to read after; 0 reads from the start.</param>
    /// <param name="maxCount">The most lots to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> lots in number order; none for an unknown customer.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterLotId"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<PointsLot>> ReadLotsAsync(CustomerId customerId, int afterLotId, int maxCount, CancellationToken cancellationToken = default);
}
