namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>An amount off each targeted unit; a unit never goes below zero.</summary>
public sealed class AmountOffReward : Reward
{
    internal AmountOffReward(Money perUnit)
        : base(PromotionClass.Item) => PerUnit = MoneyArgument.RoundedPositive(perUnit, nameof(perUnit));

    /// <summary>The amount off one unit.</summary>
    public Money PerUnit { get; }

    internal override IEnumerable<Money> Amounts => [PerUnit];

    /// <summary>"CNY 5.00 off each".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PerUnit} off each";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit) =>
        UnitDiscounts.Propose(run, unitLimit, new UnitDiscounts.AmountEach(run.MinorUnits(PerUnit)));
}
