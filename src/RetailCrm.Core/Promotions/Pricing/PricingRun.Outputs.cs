namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

internal sealed partial class PricingRun
{
    /// <summary>Gift lines granted so far.</summary>
    public List<GiftLine> Gifts { get; } = [];

    /// <summary>Coupons earned so far.</summary>
    public List<EarnedCoupon> EarnedCoupons { get; } = [];

    /// <summary>Bonus points granted so far, per promotion.</summary>
    public List<(PromotionId Promotion, Points Points)> BonusPoints { get; } = [];

    /// <summary>The adjustments per canonical line, created on first use.</summary>
    public List<PriceAdjustment>?[] Adjustments => adjustments ??= new List<PriceAdjustment>?[Lines.Length];

    private List<PriceAdjustment>?[]? adjustments;

    /// <summary>An amount of the run's currency in minor units.</summary>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency (a caller's usage state, say).</exception>
    public long MinorUnits(Money amount) =>
        amount.Currency == Currency ? amount.ToMinorUnits() : throw new CurrencyMismatchException(Currency, amount.Currency);

    /// <summary>Minor units as money of the run's currency.</summary>
    public Money ToMoney(long minorUnits) => Money.FromMinorUnits(minorUnits, Currency);

    /// <summary>Takes the proposals of <paramref name="promotion"/> into the prices, records the adjustments and stops lines if it stops further promotions.</summary>
    /// <returns>The discount taken, shipping included.</returns>
    public long Commit(Promotion promotion)
    {
        var total = 0L;
        var stops = promotion.Stacking == Stacking.StopsFurther;
        for (var k = 0; k < Lines.Length; k++)
        {
            var amount = Proposed[k];
            if (amount == 0)
            {
                continue;
            }

            Current[k] -= amount;
            total += amount;
            (Adjustments[k] ??= []).Add(new PriceAdjustment(promotion.Id, promotion.Name, promotion.Class, ToMoney(amount)));
            Stopped[k] |= stops;
        }

        if (ProposedShipping > 0)
        {
            ShippingCurrent -= ProposedShipping;
            total += ProposedShipping;
            ShippingStopped |= stops;
        }

        return total;
    }

    /// <summary>The priced lines, in the cart's order.</summary>
    public PricedLine[] PricedLines()
    {
        var priced = new PricedLine[Lines.Length];
        for (var k = 0; k < Lines.Length; k++)
        {
            priced[OriginalIndex[k]] = new PricedLine(Lines[k], ToMoney(List[k]), Adjustments[k] ?? (IReadOnlyList<PriceAdjustment>)[], ToMoney(Current[k]));
        }

        return priced;
    }
}
