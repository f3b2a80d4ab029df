namespace RetailCrm.Promotions;

/// <summary>How often a coupon has been used, overall and by the shopper in question.</summary>
/// <param name="Uses">Orders that used the coupon.</param>
/// <param name="CustomerUses">Orders of the shopper in question that used it.</param>
public readonly record struct CouponCounters(long Uses, long CustomerUses);
