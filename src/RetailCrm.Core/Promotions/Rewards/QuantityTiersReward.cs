namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Quantity tiers: the more targeted units in the cart (counted together across the targeted
/// lines), the less each costs. The highest tier reached applies to every targeted unit; target
/// one SKU to count per product.
/// </summary>
public sealed class QuantityTiersReward : Reward
{
    internal QuantityTiersReward(IEnumerable<QuantityTier> tiers)
        : base(PromotionClass.Item)
    {
        var list = Guard.Against.Null(tiers).ToArray();
        if (list.Length == 0 || list.Any(t => t is null))
        {
            throw new ArgumentException("At least one tier is needed, and none may be null.", nameof(tiers));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].MinUnits <= list[i - 1].MinUnits)
            {
                throw new ArgumentException("Tier minimum quantities must strictly increase.", nameof(tiers));
            }
        }

        Tiers = list;
    }

    /// <summary>The tiers, minimum quantities strictly increasing.</summary>
    public IReadOnlyList<QuantityTier> Tiers { get; }

    internal override IEnumerable<Money> Amounts => Tiers.Where(t => t.UnitPrice is not null).Select(t => t.UnitPrice!.Value);

    /// <summary>"quantity tiers: from 3: 10% off; from 10: 20% off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "quantity tiers: " + string.Join("; ", Tiers);

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var units = run.EligibleQuantity;
        var reached = -1;
        for (var i = 0; i < Tiers.Count && Tiers[i].MinUnits <= units; i++)
        {
            reached = i;
        }

        if (reached < 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.BelowMinimumQuantity, missingUnits: Tiers[0].MinUnits - units);
        }

        var tier = Tiers[reached];
        var outcome = tier.PercentOff is { } percent
            ? UnitDiscounts.Propose(run, unitLimit, new UnitDiscounts.Percent(percent, promotion.PercentBase))
            : UnitDiscounts.Propose(run, unitLimit, new UnitDiscounts.FixedPrice(run.MinorUnits(tier.UnitPrice!.Value)));
        var nextMissing = reached + 1 < Tiers.Count ? Tiers[reached + 1].MinUnits - units : 0;
        return outcome with { NextMissingUnits = nextMissing };
    }
}
