namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>An order used a promotion: its uses, units and discount were counted.</summary>
public sealed record PromotionUsed : PromotionUsageEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="use">The order's use.</param>
    /// <param name="at">When the order was recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    public PromotionUsed(PromotionId promotion, PromotionUse use, Instant at)
        : base(promotion, use, at)
    {
    }
}
