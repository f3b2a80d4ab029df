namespace RetailCrm.Points;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// What one points command writes, for <see cref="IPointsAccountStore.CommitAsync"/> to apply
/// atomically: the live state (an UPDATE of one row where the version is still
/// <see cref="ExpectedVersion"/>), ledger entries (INSERTs), lots opened, moved or closed, keyed
/// records (upserts), the idempotency record and the domain events (INSERTs into the outbox).
/// </summary>
/// <param name="ExpectedVersion">The version the live state was read at (0 for a new account); the store refuses the commit when it no longer holds it.</param>
/// <param name="Live">The live state to write, at <see cref="ExpectedVersion"/> + 1.</param>
/// <param name="Entries">The ledger entries to append, numbered from the live state's next entry number as read.</param>
/// <param name="Lots">The lots whose rows changed, as they now stand; a lot with no points left is closed, one with points (again) is open.</param>
/// <param name="Earnings">The earnings written (a new one, or clawback progress), keyed by (customer, order).</param>
/// <param name="Redemptions">The redemptions written (a new one, or a cancellation), keyed by (customer, order).</param>
/// <param name="Refunds">The refunds clawed back, keyed by (customer, refund).</param>
/// <param name="Command">The first outcome to keep under the command's idempotency key, or null for expiry.</param>
/// <param name="Events">The domain events raised, in order.</param>
public sealed record PointsChangeSet(
    long ExpectedVersion,
    PointsLiveState Live,
    IReadOnlyList<PointsEntry> Entries,
    IReadOnlyList<PointsLot> Lots,
    IReadOnlyList<OrderEarning> Earnings,
    IReadOnlyList<PointsRedemption> Redemptions,
    IReadOnlyList<RefundId> Refunds,
    ProcessedCommand? Command,
    IReadOnlyList<DomainEvent> Events)
{
    /// <summary>The refunds clawed back, keyed by (customer, refund).</summary>
    public IReadOnlyList<RefundId> Refunds { get; init => field = IdArgument.RequireEach(value, nameof(Refunds)); } = IdArgument.RequireEach(Refunds, nameof(Refunds));

    /// <summary>The account's customer.</summary>
    public CustomerId CustomerId => Live.CustomerId;
}
