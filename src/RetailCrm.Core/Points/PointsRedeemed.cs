namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>Points paid part of an order; <see cref="PointsEvent.Change"/> is minus the points spent.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">Minus the points spent.</param>
/// <param name="OrderId">The order.</param>
/// <param name="RedemptionId">The redemption's number in the account.</param>
/// <param name="Value">What the points paid, in money.</param>
public sealed record PointsRedeemed(CustomerId CustomerId, Instant At, Points Change, OrderId OrderId, int RedemptionId, Money Value) : PointsEvent(CustomerId, At, Change)
{
    /// <summary>The order.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));
}
