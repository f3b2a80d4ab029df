namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Spend and get: the order earns coupons for a later order once the eligible lines reach a threshold.</summary>
public sealed class EarnCouponReward : GrantReward
{
    internal EarnCouponReward(PromotionId unlocks, int count, Money threshold)
        : base(threshold)
    {
        Unlocks = unlocks.Value.Length > 0 ? unlocks : throw new ArgumentException("The promotion to unlock is required.", nameof(unlocks));
        Count = ArgumentRange.Positive(count);
    }

    /// <summary>The promotion the earned coupons unlock on a later order.</summary>
    public PromotionId Unlocks { get; }

    /// <summary>How many coupons the order earns.</summary>
    public int Count { get; }

    /// <summary>"earn 1 coupon for ... over CNY 300.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"earn {Count} coupon(s) for {Unlocks} over {Threshold}";

    internal override void Grant(PricingRun run, Promotion promotion) =>
        run.EarnedCoupons.Add(new EarnedCoupon(promotion.Id, Unlocks, Count));
}
