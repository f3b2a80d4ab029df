namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// What an order actually earned, recorded when it earned: refunds claw back in proportion to
/// these recorded figures, never by running today's earning policy again.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="PaidAt">When it was paid.</param>
/// <param name="LotId">The lot its points went to, or null when it earned none.</param>
/// <param name="Earned">The points it earned.</param>
/// <param name="GoodsValue">The value of its goods after discounts, the basis of refund proportions.</param>
/// <param name="Refunded">The value of goods refunded so far.</param>
/// <param name="ClawedBack">The points clawed back so far (taken from lots or incurred as debt).</param>
/// <param name="Waived">Points not clawed back because they had already expired unspent.</param>
public sealed record OrderEarning(
    OrderId OrderId,
    Instant PaidAt,
    int? LotId,
    Points Earned,
    Money GoodsValue,
    Money Refunded,
    Points ClawedBack,
    Points Waived)
{
    /// <summary>The order.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));
}
