namespace RetailCrm.Promotions;

/// <summary>What a <see cref="UsageCounter"/> counts.</summary>
public enum UsageCounterKind
{
    /// <summary>Orders that used the promotion; bounded by <see cref="PromotionLimits.MaxUses"/>.</summary>
    Uses = 1,

    /// <summary>Orders of one customer that used the promotion; bounded by <see cref="PromotionLimits.MaxUsesPerCustomer"/>.</summary>
    CustomerUses,

    /// <summary>Units sold at the promotional price; bounded by <see cref="PromotionLimits.Stock"/>.</summary>
    UnitsSold,

    /// <summary>Discount given, in minor units of the catalog's currency; bounded by <see cref="PromotionLimits.Budget"/>.</summary>
    DiscountGiven,

    /// <summary>Orders that used a coupon; bounded by <see cref="Coupon.MaxUses"/>.</summary>
    CouponUses,

    /// <summary>Orders of one customer that used a coupon; bounded by <see cref="Coupon.MaxUsesPerCustomer"/>.</summary>
    CouponCustomerUses,
}
