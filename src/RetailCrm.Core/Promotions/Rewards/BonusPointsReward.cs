namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Bonus loyalty points for the order once the eligible lines reach a threshold.</summary>
public sealed class BonusPointsReward : GrantReward
{
    internal BonusPointsReward(Points points, Money threshold)
        : base(threshold)
    {
        Points = points > Points.Zero ? points : throw new ArgumentOutOfRangeException(nameof(points), points, "Bonus points must be positive.");
    }

    /// <summary>The bonus points.</summary>
    public Points Points { get; }

    /// <summary>"500 pts over CNY 300.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Points} over {Threshold}";

    internal override void Grant(PricingRun run, Promotion promotion) =>
        run.BonusPoints += Points;
}
