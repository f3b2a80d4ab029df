namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// A bundle price: a set of items together at a lower price. Every complete set among the
/// eligible lines gets it; the saving is spread over the units in the sets by their value, penny-exact.
/// </summary>
public sealed class BundleReward : Reward
{
    internal BundleReward(Money price, IEnumerable<BundleItem> items)
        : base(PromotionClass.Item)
    {
        Price = MoneyArgument.RoundedNonNegative(price, nameof(price));
        var list = Guard.Against.Null(items).ToArray();
        if (list.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), "A bundle item is null.");
        }

        if (list.Sum(i => (long)i.Quantity) < 2 || list.DistinctBy(i => i.Sku).Count() != list.Length)
        {
            throw new ArgumentException("A bundle holds at least two units and names each SKU once.", nameof(items));
        }

        Items = this.items = list;
    }

    /// <summary>The price of one complete set.</summary>
    public Money Price { get; }

    /// <summary>The items of one set.</summary>
    public IReadOnlyList<BundleItem> Items { get; }

    // The same items as an array: read on every pricing, without an enumerator.
    private readonly BundleItem[] items;

    internal override IEnumerable<Money> Amounts => [Price];

    /// <summary>"bundle 1 x a + 1 x b for CNY 99.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"bundle {string.Join(" + ", Items)} for {Price}";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var sets = long.MaxValue;
        var missing = 0L;
        foreach (var item in items)
        {
            var available = AvailableUnits(run, item.Sku);
            sets = Math.Min(sets, available / item.Quantity);
            missing += Math.Max(0, item.Quantity - available);
        }

        if (sets == 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.BundleIncomplete, missingUnits: missing);
        }

        sets = Math.Min(sets, unitLimit);
        var lines = run.EligibleLines;
        var weights = run.Scratch(lines.Length);
        weights.Clear();
        var value = 0L;
        foreach (var item in items)
        {
            var needed = sets * item.Quantity;
            for (var i = 0; i < lines.Length && needed > 0; i++)
            {
                var k = lines[i];
                if (run.Lines[k].Sku == item.Sku)
                {
                    var units = Math.Min(needed, run.Lines[k].Quantity);
                    weights[i] = run.ValueOfUnits(k, units);
                    value = checked(value + weights[i]);
                    needed -= units;
                }
            }
        }

        var saving = value - checked(sets * run.MinorUnits(Price));
        if (saving <= 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.NothingToDiscount);
        }

        run.SplitInto(saving, lines, weights);
        return RewardOutcome.Applied(sets, nextMissingUnits: NextSetMissing(run, sets + 1));
    }

    private static long AvailableUnits(PricingRun run, Sku sku)
    {
        var units = 0L;
        foreach (var k in run.EligibleLines)
        {
            if (run.Lines[k].Sku == sku)
            {
                units += run.Lines[k].Quantity;
            }
        }

        return units;
    }

    private long NextSetMissing(PricingRun run, long sets)
    {
        var missing = 0L;
        foreach (var item in items)
        {
            missing += Math.Max(0, (sets * item.Quantity) - AvailableUnits(run, item.Sku));
        }

        return missing;
    }
}
