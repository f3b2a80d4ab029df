namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// A reward that gives something beside the price (a gift, coupons, points) once the eligible
/// lines reach a threshold: the common part of <see cref="GiftReward"/>, <see cref="EarnCouponReward"/>
/// and <see cref="BonusPointsReward"/>.
/// </summary>
public abstract class GrantReward : Reward
{
    private protected GrantReward(Money threshold)
        : base(PromotionClass.Order) => Threshold = MoneyArgument.RoundedNonNegative(threshold, nameof(threshold));

    /// <summary>The spend needed.</summary>
    public Money Threshold { get; }

    internal override IEnumerable<Money> Amounts => [Threshold];

    internal override bool GrantsBesidePrice => true;

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit) =>
        RewardOutcome.AtThreshold(run, run.MinorUnits(Threshold));
}
