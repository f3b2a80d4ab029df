namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A percentage off the order once its eligible lines reach a threshold, rounded once and spread over the lines by value.</summary>
public sealed class OrderPercentOffReward : Reward
{
    internal OrderPercentOffReward(Percentage percent, Money threshold)
        : base(PromotionClass.Order)
    {
        Percent = DiscountPercent(percent, nameof(percent));
        Threshold = MoneyArgument.RoundedNonNegative(threshold, nameof(threshold));
    }

    /// <summary>The percentage off.</summary>
    public Percentage Percent { get; }

    /// <summary>The spend needed.</summary>
    public Money Threshold { get; }

    internal override IEnumerable<Money> Amounts => [Threshold];

    /// <summary>"10% off the order over CNY 500.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Percent} off the order over {Threshold}";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var outcome = RewardOutcome.AtThreshold(run, run.MinorUnits(Threshold));
        if (!outcome.IsApplied)
        {
            return outcome;
        }

        var discount = PricingRun.PercentOf(run.EligibleSubtotal, Percent);
        if (discount == 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.NothingToDiscount);
        }

        run.ProposeSplitByValue(discount);
        return outcome;
    }
}
