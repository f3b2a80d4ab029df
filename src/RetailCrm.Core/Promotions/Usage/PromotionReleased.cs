namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>A cancelled order gave its use of a promotion back: its uses, units and discount were uncounted.</summary>
public sealed record PromotionReleased : PromotionUsageEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="use">The use given back.</param>
    /// <param name="at">When the order was cancelled.</param>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    public PromotionReleased(PromotionId promotion, PromotionUse use, Instant at)
        : base(promotion, use, at)
    {
    }
}
