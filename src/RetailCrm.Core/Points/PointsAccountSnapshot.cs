namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// Everything a points account holds, as plain records: a convenience for tests and export
/// (building an account whole in memory), never the unit a store loads or writes
/// (<see cref="IPointsAccountStore"/> keeps live state, keyed records and history apart).
/// <see cref="PointsAccount.FromSnapshot"/> validates it when rebuilding.
/// </summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="Version">The account's version.</param>
/// <param name="Lots">The lots.</param>
/// <param name="Entries">The ledger entries.</param>
/// <param name="Redemptions">The redemptions.</param>
/// <param name="Earnings">What each order earned.</param>
/// <param name="Refunds">The refunds already clawed back.</param>
/// <param name="Commands">The outcomes kept under idempotency keys.</param>
public sealed record PointsAccountSnapshot(
    CustomerId CustomerId,
    long Version,
    IReadOnlyList<PointsLot> Lots,
    IReadOnlyList<PointsEntry> Entries,
    IReadOnlyList<PointsRedemption> Redemptions,
    IReadOnlyList<OrderEarning> Earnings,
    IReadOnlyList<RefundId> Refunds,
    IReadOnlyList<ProcessedCommand> Commands)
{
    /// <summary>The account's customer.</summary>
    public CustomerId CustomerId { get; init => field = IdArgument.Require(value, nameof(CustomerId)); } = IdArgument.Require(CustomerId, nameof(CustomerId));

    /// <summary>The refunds already clawed back.</summary>
    public IReadOnlyList<RefundId> Refunds { get; init => field = IdArgument.RequireEach(value, nameof(Refunds)); } = IdArgument.RequireEach(Refunds, nameof(Refunds));
}
