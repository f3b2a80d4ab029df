namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Each targeted unit at a fixed price; units already cheaper stay as they are.</summary>
public sealed class FixedPriceReward : Reward
{
    internal FixedPriceReward(Money unitPrice)
        : base(PromotionClass.Item) => UnitPrice = MoneyArgument.RoundedNonNegative(unitPrice, nameof(unitPrice));

    /// <summary>The price of one unit.</summary>
    public Money UnitPrice { get; }

    internal override IEnumerable<Money> Amounts => [UnitPrice];

    /// <summary>"CNY 9.90 each".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{UnitPrice} each";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit) =>
        UnitDiscounts.Propose(run, unitLimit, new UnitDiscounts.FixedPrice(run.MinorUnits(UnitPrice)));
}
