namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Something that happened to a promotion's usage: an order used it, or gave its use back. Stream <c>promotion/{id}</c>.</summary>
public abstract record PromotionUsageEvent : DomainEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="use">The order's use.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    protected PromotionUsageEvent(PromotionId promotion, PromotionUse use, Instant at)
        : base(at)
    {
        Promotion = IdArgument.Require(promotion, nameof(promotion));
        Use = Guard.Against.Null(use);
    }

    /// <summary>The promotion.</summary>
    public PromotionId Promotion { get; }

    /// <summary>The order's use: order, customer, units, discount and coupon.</summary>
    public PromotionUse Use { get; }

    /// <inheritdoc />
    public override string Stream => $"promotion/{Promotion}";
}
