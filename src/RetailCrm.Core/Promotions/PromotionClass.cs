namespace RetailCrm.Promotions;

/// <summary>What a promotion discounts, which decides what it may be combined with.</summary>
public enum PromotionClass
{
    /// <summary>Discounts items: percent or amount off, fixed prices, quantity tiers, buy X get Y, bundles.</summary>
    Item = 1,

    /// <summary>Acts on the order as a whole: spend thresholds, gifts, coupons earned, bonus points.</summary>
    Order = 2,

    /// <summary>Discounts the shipping charge.</summary>
    Shipping = 4,
}
