namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <content>What a run gives besides prices, the adjustments it records, and the priced cart it builds.</content>
internal sealed partial class PricingRun
{
    private Adjustment[] adjustments = new Adjustment[32];
    private int adjustmentCount;
    private int[] adjustmentsPerLine = [];

    /// <summary>Gift lines granted so far.</summary>
    public List<GiftLine> Gifts { get; } = [];

    /// <summary>Coupons earned so far.</summary>
    public List<EarnedCoupon> EarnedCoupons { get; } = [];

    /// <summary>Bonus points granted so far.</summary>
    public Points BonusPoints { get; set; }

    /// <summary>An amount of the run's currency in minor units.</summary>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency (a caller's usage state, say).</exception>
    public long MinorUnits(Money amount) =>
        amount.Currency == Currency ? amount.ToMinorUnits() : throw new CurrencyMismatchException(Currency, amount.Currency);

    /// <summary>Minor units as money of the run's currency.</summary>
    public Money ToMoney(long minorUnits) => Money.FromMinorUnits(minorUnits, Currency);

    /// <summary>Takes the proposals of <paramref name="promotion"/> into the prices, records the adjustments and stops lines if it stops further promotions.</summary>
    /// <returns>The discount taken, shipping included.</returns>
    public long Commit(CompiledPromotion promotion)
    {
        var total = 0L;
        var stops = promotion.Promotion.Stacking == Stacking.StopsFurther;
        foreach (var k in EligibleLines)
        {
            var amount = Proposed[k];
            if (amount == 0)
            {
                continue;
            }

            Proposed[k] = 0;
            Current[k] -= amount;
            total += amount;
            if (adjustmentCount == adjustments.Length)
            {
                Array.Resize(ref adjustments, adjustmentCount * 2);
            }

            adjustments[adjustmentCount++] = new Adjustment(k, promotion, amount);
            if (Lines[k].Kind != LineKind.StoredValue && !Stopped[k])
            {
                // The line is among the open merchandise lines: it is worth less now, or it leaves them.
                openMerchandiseValue -= amount;
                if (stops)
                {
                    Stopped[k] = true;
                    openMerchandiseValue -= Current[k];
                    openMerchandiseUnits -= Lines[k].Quantity;
                    openMerchandiseStale = true;
                }
            }

            if (stops && StoppedBy[k] is null)
            {
                Stopped[k] = true;
                StoppedBy[k] = promotion;
            }
        }

        if (ProposedShipping > 0)
        {
            ShippingCurrent -= ProposedShipping;
            total += ProposedShipping;
            if (stops && !ShippingStopped)
            {
                ShippingStopped = true;
                ShippingStoppedBy = promotion;
            }
            ProposedShipping = 0;
        }

        return total;
    }

    /// <summary>The priced cart: lines in the cart's order with their adjustments, totals, grants and the decisions.</summary>
    public PricedCart Result(PromotionDecision[] decisions, IReadOnlyList<CouponDecision> coupons)
    {
        // The cart's adjustments in one array, grouped by line in canonical order, each line's in the
        // order they were applied: a counting sort by line.
        var itemDiscount = 0L;
        var orderDiscount = 0L;
        var starts = adjustmentsPerLine.AsSpan(0, LineCount + 1);
        starts.Clear();
        for (var i = 0; i < adjustmentCount; i++)
        {
            starts[adjustments[i].Line + 1]++;
        }

        for (var k = 0; k < LineCount; k++)
        {
            starts[k + 1] += starts[k];
        }

        var grouped = adjustmentCount == 0 ? [] : new CartAdjustment[adjustmentCount];
        for (var i = 0; i < adjustmentCount; i++)
        {
            var (k, compiled, amount) = adjustments[i];
            var promotion = compiled.Promotion;
            grouped[starts[k]++] = new CartAdjustment(promotion, amount);
            if (promotion.Class == PromotionClass.Item)
            {
                itemDiscount += amount;
            }
            else
            {
                orderDiscount += amount;
            }
        }

        // After the fill, starts[k] is where line k + 1 begins, so line k's range ends there.
        var priced = new PricedLine[LineCount];
        var subtotal = 0L;
        for (var k = 0; k < LineCount; k++)
        {
            subtotal = checked(subtotal + List[k]);
            var first = k == 0 ? 0 : starts[k - 1];
            priced[OriginalIndex[k]] = new PricedLine(Lines[k], List[k], Current[k], grouped, first, starts[k] - first);
        }

        return new PricedCart(
            Shopper.Customer,
            Currency,
            priced,
            (ToMoney(subtotal), ToMoney(itemDiscount), ToMoney(orderDiscount)),
            Cart.Shipping,
            ToMoney(ShippingList - ShippingCurrent),
            Gifts.Count == 0 ? [] : Gifts.ToArray(),
            EarnedCoupons.Count == 0 ? [] : EarnedCoupons.ToArray(),
            BonusPoints,
            decisions,
            coupons);
    }

    private void ClearOutputs()
    {
        Array.Clear(adjustments, 0, adjustmentCount);
        adjustmentCount = 0;
        Gifts.Clear();
        EarnedCoupons.Clear();
        BonusPoints = Points.Zero;
    }

    private void ResizeLineOutputs(int capacity)
    {
        adjustmentsPerLine = new int[capacity + 1];
    }

    private readonly record struct Adjustment(int Line, CompiledPromotion Promotion, long Amount);
}
