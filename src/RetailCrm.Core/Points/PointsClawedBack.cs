namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A refund clawed back points its order earned; <see cref="PointsEvent.Change"/> is minus the points clawed back, debt included.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">Minus the points clawed back (taken from lots or incurred as debt).</param>
/// <param name="OrderId">The refunded order.</param>
/// <param name="RefundId">The refund.</param>
/// <param name="DebtIncurred">The part of it that was already spent and became debt.</param>
public sealed record PointsClawedBack(CustomerId CustomerId, Instant At, Points Change, OrderId OrderId, RefundId RefundId, Points DebtIncurred) : PointsEvent(CustomerId, At, Change)
{
    /// <summary>The refunded order.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));

    /// <summary>The refund.</summary>
    public RefundId RefundId { get; init => field = IdArgument.Require(value, nameof(RefundId)); } = IdArgument.Require(RefundId, nameof(RefundId));
}
