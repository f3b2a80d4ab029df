namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Bonus loyalty points for the order once the eligible lines reach a threshold.</summary>
public sealed class BonusPointsReward : Reward
{
    internal BonusPointsReward(Points points, Money threshold)
        : base(PromotionClass.Order)
    {
        Points = points > Points.Zero ? points : throw new ArgumentOutOfRangeException(nameof(points), points, "Bonus points must be positive.");
        Threshold = MoneyArgument.RoundedNonNegative(threshold, nameof(threshold));
    }

    /// <summary>The bonus points.</summary>
    public Points Points { get; }

    /// <summary>The spend needed.</summary>
    public Money Threshold { get; }

    internal override IEnumerable<Money> Amounts => [Threshold];

    /// <summary>"500 pts over CNY 300.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Points} over {Threshold}";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit) =>
        RewardOutcome.AtThreshold(run, run.MinorUnits(Threshold));

    internal override bool GrantsBesidePrice => true;

    internal override void Grant(PricingRun run, Promotion promotion) =>
        run.BonusPoints.Add((promotion.Id, Points));
}
