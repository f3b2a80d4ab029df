namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A promotion's counters, for a dashboard: orders that used it, units sold at the promotional price, discount given.</summary>
public sealed record PromotionUsageTotals
{
    /// <summary>Creates the totals.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="uses">Orders that used it and were not cancelled; not negative.</param>
    /// <param name="unitsSold">Units sold at the promotional price; not negative.</param>
    /// <param name="discountGiven">The discount given; not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>, or <paramref name="discountGiven"/> is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="uses"/>, <paramref name="unitsSold"/> or <paramref name="discountGiven"/> is negative.</exception>
    public PromotionUsageTotals(PromotionId promotion, long uses, long unitsSold, Money discountGiven)
    {
        Promotion = IdArgument.Require(promotion, nameof(promotion));
        Uses = ArgumentRange.NotNegative(uses);
        UnitsSold = ArgumentRange.NotNegative(unitsSold);
        DiscountGiven = MoneyArgument.RoundedNonNegative(discountGiven, nameof(discountGiven));
    }

    /// <summary>The promotion.</summary>
    public PromotionId Promotion { get; }

    /// <summary>Orders that used the promotion and were not cancelled.</summary>
    public long Uses { get; }

    /// <summary>Units sold at the promotional price (flash-sale stock taken).</summary>
    public long UnitsSold { get; }

    /// <summary>The discount given so far.</summary>
    public Money DiscountGiven { get; }
}
