namespace RetailCrm.Benchmarks.Pricing;

/// <summary>The kinds of rule in the generated promotion set.</summary>
public enum PricingRuleKind
{
    /// <summary>A percentage off every unit of a category once the category holds a minimum quantity.</summary>
    CategoryPercent,

    /// <summary>Percentage quantity tiers on one SKU: the highest tier reached applies.</summary>
    SkuTiers,

    /// <summary>Buy 2 get 1 free within a category: the cheapest unit of every three is free.</summary>
    BuyTwoGetOne,

    /// <summary>Two SKUs together at a bundle price; the saving is spread over the set's units by value.</summary>
    Bundle,

    /// <summary>A fixed amount off each unit of a category.</summary>
    AmountOffCategory,

    /// <summary>A percentage off a category, unlocked by a coupon code.</summary>
    ItemCoupon,

    /// <summary>A percentage off a block's categories for one membership tier, on the price as already reduced.</summary>
    MemberPercent,

    /// <summary>An order-level spend threshold unlocked by a coupon code.</summary>
    OrderCoupon,

    /// <summary>An order-level spend threshold over the whole cart or some categories: the best tier reached wins.</summary>
    SpendThreshold,

    /// <summary>The shipping charge waived from a spend threshold.</summary>
    FreeShipping,
}
