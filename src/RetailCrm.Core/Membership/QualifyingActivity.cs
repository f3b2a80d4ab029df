namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>One qualifying activity of a member, as recorded.</summary>
/// <param name="Kind">Order, refund or points.</param>
/// <param name="Reference">The order id, refund id or idempotency key it was recorded under.</param>
/// <param name="At">The instant it counts at in windows (a refund counts at its order's instant).</param>
/// <param name="CountsFrom">The instant from which it counts at all (points count once confirmed; otherwise <paramref name="At"/>).</param>
/// <param name="Spend">Qualifying spend it adds (negative for a refund).</param>
/// <param name="Orders">Orders it adds (1 for an order, -1 for a refund that empties its order).</param>
/// <param name="Points">Points it adds.</param>
/// <param name="Order">For a refund, the refunded order.</param>
public sealed record QualifyingActivity(ActivityKind Kind, string Reference, Instant At, Instant CountsFrom, Money Spend, int Orders, Points Points, OrderId? Order = null)
{
    /// <summary>For a refund, the refunded order.</summary>
    public OrderId? Order { get; init => field = IdArgument.Require(value, nameof(Order)); } = IdArgument.Require(Order, nameof(Order));
}
