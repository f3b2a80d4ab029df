namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>Points spent on an order; the lots they came from are on its <see cref="PointsEntryKind.Redeemed"/> entries.</summary>
/// <param name="Id">The redemption's number in its account, from 1.</param>
/// <param name="OrderId">The order the points paid for.</param>
/// <param name="Points">The points spent.</param>
/// <param name="Value">What they paid, in money.</param>
/// <param name="RedeemedAt">When.</param>
/// <param name="CancelledAt">When the redemption was cancelled and its points returned, or null.</param>
public sealed record PointsRedemption(int Id, OrderId OrderId, Points Points, Money Value, Instant RedeemedAt, Instant? CancelledAt)
{
    /// <summary>The order the points paid for.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));

    /// <summary>Whether the redemption still stands.</summary>
    public bool IsActive => CancelledAt is null;
}
