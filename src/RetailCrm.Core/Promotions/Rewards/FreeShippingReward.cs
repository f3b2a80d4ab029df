namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Free shipping once the eligible lines reach a threshold.</summary>
public sealed class FreeShippingReward : Reward
{
    internal FreeShippingReward(Money threshold)
        : base(PromotionClass.Shipping) => Threshold = MoneyArgument.RoundedNonNegative(threshold, nameof(threshold));

    /// <summary>The spend needed.</summary>
    public Money Threshold { get; }

    internal override IEnumerable<Money> Amounts => [Threshold];

    /// <summary>"free shipping over CNY 99.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"free shipping over {Threshold}";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var outcome = RewardOutcome.AtThreshold(run, run.MinorUnits(Threshold));
        if (!outcome.IsApplied)
        {
            return outcome;
        }

        if (run.ShippingCurrent == 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.NothingToDiscount);
        }

        run.ProposedShipping = run.ShippingCurrent;
        return outcome;
    }
}
