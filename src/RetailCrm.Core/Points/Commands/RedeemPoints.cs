namespace RetailCrm.Points;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Spend points to pay part of an order, earliest-expiring points first.</summary>
public sealed record RedeemPoints : PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="orderId">The order the points pay for.</param>
    /// <param name="orderAmount">The order's amount payable before points, which bounds the share points may pay; positive.</param>
    /// <param name="points">The points to spend; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="orderAmount"/> or <paramref name="points"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderAmount"/> is not rounded.</exception>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is <c>default</c>.</exception>
    public RedeemPoints(IdempotencyKey key, OrderId orderId, Money orderAmount, Points points)
        : base(key)
    {
        OrderId = IdArgument.Require(orderId, nameof(orderId));
        OrderAmount = MoneyArgument.RoundedPositive(orderAmount, nameof(orderAmount));
        ArgumentRange.Positive(points.Value, nameof(points));
        Points = points;
    }

    /// <summary>The order the points pay for.</summary>
    public OrderId OrderId { get; }

    /// <summary>The order's amount payable before points.</summary>
    public Money OrderAmount { get; }

    /// <summary>The points to spend.</summary>
    public Points Points { get; }

    /// <inheritdoc />
    public override PointsKeys Touches() => new(Key, null, OrderId, null);

    /// <inheritdoc />
    public override string Describe() => $"redeem {Points.Value} on order {OrderId}";

    /// <inheritdoc />
    public override string ToCanonicalString() =>
        CanonicalContent.Of("redeem").Add("order", OrderId.Value).Add("orderAmount", OrderAmount).Add("points", Points).ToString();
}
