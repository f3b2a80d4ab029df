namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>An order earned points (a new pending lot); <see cref="PointsEvent.Change"/> is the points earned.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">The points earned.</param>
/// <param name="OrderId">The order.</param>
/// <param name="LotId">The lot the points went to, or null when the order earned none.</param>
public sealed record PointsEarned(CustomerId CustomerId, Instant At, Points Change, OrderId OrderId, int? LotId) : PointsEvent(CustomerId, At, Change)
{
    /// <summary>The order.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));
}
