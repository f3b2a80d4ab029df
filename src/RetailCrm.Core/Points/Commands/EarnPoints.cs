namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Earn points on a paid order. The points stay pending until the return window has passed.</summary>
public sealed record EarnPoints : PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="tierMultiplier">The customer's membership multiplier (1.5 earns half as much again); above zero, 1 by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tierMultiplier"/> is not positive.</exception>
    public EarnPoints(IdempotencyKey key, PaidOrder order, decimal tierMultiplier = 1m)
        : base(key)
    {
        Order = Guard.Against.Null(order);
        TierMultiplier = ArgumentRange.Positive(tierMultiplier);
    }

    /// <summary>The paid order.</summary>
    public PaidOrder Order { get; }

    /// <summary>The customer's membership multiplier.</summary>
    public decimal TierMultiplier { get; }

    /// <inheritdoc />
    public override PointsKeys Touches() => new(Key, Order.Id, null, null);

    /// <inheritdoc />
    public override string Describe() => $"earn order {Order.Id}";

    /// <inheritdoc />
    public override string ToCanonicalString() =>
        CanonicalContent.Of("earn")
            .Add("order", Order.Id.Value)
            .Add("paidAt", Order.PaidAt)
            .Add("lines", Order.Lines.Select(l => CanonicalContent.Nested().Add("sku", l.Sku.Value).Add("category", l.Category.Value).Add("amountPaid", l.AmountPaid)))
            .Add("shipping", Order.Shipping)
            .Add("paidWithPoints", Order.PaidWithPoints)
            .Add("tierMultiplier", TierMultiplier)
            .ToString();
}
