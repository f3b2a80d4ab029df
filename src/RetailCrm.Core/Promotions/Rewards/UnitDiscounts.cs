namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Proposes a per-unit discount over the eligible lines, at most <c>unitLimit</c> units in
/// canonical line order (flash-sale stock): the one loop behind percent off, amount off, fixed
/// prices and quantity tiers.
/// </summary>
internal static class UnitDiscounts
{
    public static RewardOutcome Propose<TDiscount>(PricingRun run, long unitLimit, in TDiscount discount)
        where TDiscount : struct, IUnitDiscount
    {
        var remaining = unitLimit;
        var used = 0L;
        foreach (var k in run.EligibleLines)
        {
            if (remaining <= 0)
            {
                break;
            }

            var units = Math.Min(run.Lines[k].Quantity, remaining);
            var worth = run.ValueOfUnits(k, units);
            run.Proposed[k] = Math.Clamp(discount.DiscountOn(run, k, units), 0, worth);
            if (run.Proposed[k] > 0)
            {
                // Only units actually sold below their price take flash-sale stock.
                remaining -= units;
                used += units;
            }
        }

        return RewardOutcome.Applied(used);
    }

    public readonly struct Percent(Percentage off, PercentBase percentBase) : IUnitDiscount
    {
        private readonly PercentRate rate = new(off);

        public long DiscountOn(PricingRun run, int k, long units) =>
            rate.RoundedShareOf(percentBase == PercentBase.Original ? run.ListValueOfUnits(k, units) : run.ValueOfUnits(k, units));
    }

    public readonly record struct AmountEach(long PerUnit) : IUnitDiscount
    {
        public long DiscountOn(PricingRun run, int k, long units) => checked(PerUnit * units);
    }

    public readonly record struct FixedPrice(long UnitPrice) : IUnitDiscount
    {
        public long DiscountOn(PricingRun run, int k, long units) => run.ValueOfUnits(k, units) - checked(UnitPrice * units);
    }
}
