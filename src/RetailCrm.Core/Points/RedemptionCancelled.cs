namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>An order's redemptions were cancelled and their points returned; points of lots expired meanwhile expire at once.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">The change to the balance: the points returned less those expired at once.</param>
/// <param name="OrderId">The order.</param>
public sealed record RedemptionCancelled(CustomerId CustomerId, Instant At, Points Change, OrderId OrderId) : PointsEvent(CustomerId, At, Change)
{
    /// <summary>The order.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));
}
