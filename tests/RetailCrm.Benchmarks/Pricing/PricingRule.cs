namespace RetailCrm.Benchmarks.Pricing;

/// <summary>
/// One generated rule as plain data, the single description from which the engine's promotion,
/// the hand-written loop's rule and the RulesEngine workflow rule are all built.
/// </summary>
/// <param name="Id">The promotion id; rules are considered in the engine's evaluation order (class, then <paramref name="Priority"/>, then content).</param>
/// <param name="Kind">What the rule does.</param>
/// <param name="Priority">The priority: item rules 300, member rules 200, order coupons 150, category spend 120, site-wide spend 100, shipping 50.</param>
public sealed record PricingRule(string Id, PricingRuleKind Kind, int Priority)
{
    /// <summary>The targeted categories (none: SKUs or the whole cart).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The targeted SKUs (none: categories or the whole cart).</summary>
    public IReadOnlyList<string> Skus { get; init; } = [];

    /// <summary>The percentage off, for percentage rules.</summary>
    public decimal Percent { get; init; }

    /// <summary>The minimum quantity over the targeted lines, for <see cref="PricingRuleKind.CategoryPercent"/>.</summary>
    public int MinQuantity { get; init; }

    /// <summary>Quantity tiers (minimum units, percent off), ascending, for <see cref="PricingRuleKind.SkuTiers"/>.</summary>
    public IReadOnlyList<(int MinUnits, decimal Percent)> QuantityTiers { get; init; } = [];

    /// <summary>Spend tiers (threshold, amount off) in minor units, ascending, for spend thresholds and order coupons.</summary>
    public IReadOnlyList<(long Threshold, long Off)> SpendTiers { get; init; } = [];

    /// <summary>An amount in minor units: off each unit, the bundle price, or the free-shipping threshold.</summary>
    public long Amount { get; init; }

    /// <summary>The membership tier, for <see cref="PricingRuleKind.MemberPercent"/>.</summary>
    public string? Tier { get; init; }

    /// <summary>The coupon code that unlocks the rule, for coupon rules.</summary>
    public string? Coupon { get; init; }

    /// <summary>Whether the rule discounts lines one by one (item), the order (allocated to lines) or shipping.</summary>
    public bool IsItem => Kind is not (PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold or PricingRuleKind.FreeShipping);
}
