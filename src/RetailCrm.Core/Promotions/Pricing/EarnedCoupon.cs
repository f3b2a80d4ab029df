namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Coupons an order earns for a later order (spend and get); issue them once the order is paid.</summary>
/// <param name="Promotion">The spend-and-get promotion that earned them.</param>
/// <param name="Unlocks">The promotion the coupons unlock.</param>
/// <param name="Count">How many coupons.</param>
public sealed record EarnedCoupon(PromotionId Promotion, PromotionId Unlocks, int Count)
{
    /// <summary>The spend-and-get promotion that earned them.</summary>
    public PromotionId Promotion { get; init => field = IdArgument.Require(value, nameof(Promotion)); } = IdArgument.Require(Promotion, nameof(Promotion));

    /// <summary>The promotion the coupons unlock.</summary>
    public PromotionId Unlocks { get; init => field = IdArgument.Require(value, nameof(Unlocks)); } = IdArgument.Require(Unlocks, nameof(Unlocks));
}
