namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A percentage off each targeted unit.</summary>
public sealed class PercentOffReward : Reward
{
    internal PercentOffReward(Percentage percent)
        : base(PromotionClass.Item) => Percent = DiscountPercent(percent, nameof(percent));

    /// <summary>The percentage off.</summary>
    public Percentage Percent { get; }

    internal override IEnumerable<Money> Amounts => [];

    /// <summary>"30% off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Percent} off";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit) =>
        UnitDiscounts.Propose(run, unitLimit, new UnitDiscounts.Percent(Percent, promotion.PercentBase));
}
