namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Points credited together (one order's earning, one manual credit), with their own availability
/// and expiry: the unit in which points are spent, returned, clawed back and expired.
/// </summary>
/// <param name="Id">The lot's number in its account, from 1.</param>
/// <param name="Source">Where the points came from.</param>
/// <param name="OrderId">The order that earned them, for <see cref="LotSource.Order"/>.</param>
/// <param name="CreditedAt">When the points were earned or credited.</param>
/// <param name="AvailableAt">From when they can be spent (the end of the pending period).</param>
/// <param name="ExpiresAt">From when they can no longer be spent, or null if never.</param>
/// <param name="Original">The points credited.</param>
/// <param name="Remaining">The points still in the lot; never negative.</param>
/// <param name="Expired">The points of the lot written off by expiry so far.</param>
public sealed record PointsLot(
    int Id,
    LotSource Source,
    OrderId? OrderId,
    Instant CreditedAt,
    Instant AvailableAt,
    Instant? ExpiresAt,
    Points Original,
    Points Remaining,
    Points Expired)
{
    /// <summary>The order that earned them, for <see cref="LotSource.Order"/>.</summary>
    public OrderId? OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));

    /// <summary>Whether the lot's points have expired at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><c>true</c> from the expiry instant on.</returns>
    public bool IsExpiredAt(Instant at) => ExpiresAt is { } expiry && at >= expiry;

    /// <summary>Whether the lot's points are pending (earned, not yet spendable) at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><c>true</c> before <see cref="AvailableAt"/>, unless already expired.</returns>
    public bool IsPendingAt(Instant at) => at < AvailableAt && !IsExpiredAt(at);

    /// <summary>Whether the lot's points can be spent at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><c>true</c> from <see cref="AvailableAt"/> until expiry.</returns>
    public bool IsSpendableAt(Instant at) => at >= AvailableAt && !IsExpiredAt(at);
}
