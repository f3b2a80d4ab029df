namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The bounded part of a points account every command reads and writes, one row per customer:
/// balance, debt, the next numbers to give and the version. The open lots go with it
/// (<see cref="PointsAccountLoad.OpenLots"/>); nothing here grows with history.
/// </summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="Version">The version for optimistic concurrency: 0 before the first command, one more per command recorded.</param>
/// <param name="Balance">The balance: the sum of every entry's change.</param>
/// <param name="Debt">Points owed after a clawback of points already spent.</param>
/// <param name="NextEntryId">The number the next ledger entry gets, from 1.</param>
/// <param name="NextLotId">The number the next lot gets, from 1.</param>
/// <param name="NextRedemptionId">The number the next redemption gets, from 1.</param>
/// <param name="LastEntryAt">When the last entry was written, or null before the first.</param>
public sealed record PointsLiveState(
    CustomerId CustomerId,
    long Version,
    Points Balance,
    Points Debt,
    long NextEntryId,
    int NextLotId,
    int NextRedemptionId,
    Instant? LastEntryAt)
{
    /// <summary>The account's customer.</summary>
    public CustomerId CustomerId { get; init => field = IdArgument.Require(value, nameof(CustomerId)); } = IdArgument.Require(CustomerId, nameof(CustomerId));

    /// <summary>The live state of a customer without an account yet: version 0, nothing written.</summary>
    /// <param name="customerId">The customer.</param>
    /// <returns>The empty state.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public static PointsLiveState Empty(CustomerId customerId) =>
        new(IdArgument.Require(customerId, nameof(customerId)), 0, Points.Zero, Points.Zero, 1, 1, 1, null);
}
