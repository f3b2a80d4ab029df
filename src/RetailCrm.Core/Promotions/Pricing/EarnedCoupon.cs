namespace RetailCrm.Promotions;

/// <summary>Coupons an order earns for a later order (spend and get); issue them once the order is paid.</summary>
/// <param name="Promotion">The spend-and-get promotion that earned them.</param>
/// <param name="Unlocks">The promotion the coupons unlock.</param>
/// <param name="Count">How many coupons.</param>
public sealed record EarnedCoupon(PromotionId Promotion, PromotionId Unlocks, int Count);
