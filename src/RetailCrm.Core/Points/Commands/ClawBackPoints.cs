namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Remove the points an order earned in proportion to a refund of it.</summary>
public sealed record ClawBackPoints : PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="refund">The refund.</param>
    /// <exception cref="ArgumentNullException"><paramref name="refund"/> is null.</exception>
    public ClawBackPoints(IdempotencyKey key, OrderRefund refund)
        : base(key) => Refund = Guard.Against.Null(refund);

    /// <summary>The refund.</summary>
    public OrderRefund Refund { get; }

    /// <inheritdoc />
    public override PointsKeys Touches() => new(Key, Refund.OrderId, null, Refund.Id);

    /// <inheritdoc />
    public override string Describe() => $"claw back refund {Refund.Id} of order {Refund.OrderId}";

    /// <inheritdoc />
    public override string ToCanonicalString() =>
        CanonicalContent.Of("claw-back").Add("refund", Refund.Id.Value).Add("order", Refund.OrderId.Value).Add("goodsAmount", Refund.GoodsAmount).ToString();
}
