namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Usage state for pricing when nothing has been used yet, or when the caller keeps no counts.</summary>
public sealed class PromotionUsage : IPromotionUsage
{
    private PromotionUsage()
    {
    }

    /// <summary>Nothing used: every counter is zero.</summary>
    public static IPromotionUsage None { get; } = new PromotionUsage();

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer)
    {
        IdArgument.Require(promotion, nameof(promotion));
        IdArgument.Require(customer, nameof(customer));
        return default;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    public CouponCounters CountersFor(CouponCode code, CustomerId customer)
    {
        IdArgument.Require(code, nameof(code));
        IdArgument.Require(customer, nameof(customer));
        return default;
    }
}
