namespace RetailCrm.Benchmarks.Pricing;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <content>The rules as RetailCrm promotions.</content>
public sealed partial class PricingWorkload
{
    /// <summary>The pricing options: CNY, Asia/Shanghai, the defaults otherwise (sequential percentages).</summary>
    public static readonly PricingOptions Options = new(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The rules as promotions: item rules combine with everything, order rules with items and shipping but not with each other.</summary>
    /// <returns>The promotions, in generation order.</returns>
    public IReadOnlyList<Promotion> Promotions() => [.. Rules.Select(ToPromotion)];

    /// <summary>The coupons of the coupon rules.</summary>
    /// <returns>One catalog coupon per coupon rule.</returns>
    public IReadOnlyList<Coupon> Coupons() =>
        [.. Rules.Where(r => r.Coupon is not null).Select(r => new Coupon(new CouponCode(r.Coupon!), new PromotionId(r.Id)))];

    /// <summary>Compiles the promotions and coupons into a catalog.</summary>
    /// <returns>The catalog.</returns>
    public PromotionCatalog Catalog() => new(Options, Promotions(), Coupons());

    private static Promotion ToPromotion(PricingRule rule)
    {
        var reward = rule.Kind switch
        {
            PricingRuleKind.CategoryPercent or PricingRuleKind.ItemCoupon or PricingRuleKind.MemberPercent => Reward.PercentOff(Percentage.FromPercent(rule.Percent)),
            PricingRuleKind.SkuTiers => Reward.QuantityTiers(rule.QuantityTiers.Select(t => QuantityTier.Percent(t.MinUnits, Percentage.FromPercent(t.Percent)))),
            PricingRuleKind.BuyTwoGetOne => Reward.BuyXGetY(2, 1),
            PricingRuleKind.Bundle => Reward.BundlePrice(Cny(rule.Amount), rule.Skus.Select(s => new BundleItem(new Sku(s)))),
            PricingRuleKind.AmountOffCategory => Reward.AmountOffEach(Cny(rule.Amount)),
            PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold => Reward.SpendThreshold(rule.SpendTiers.Select(t => new SpendTier(Cny(t.Threshold), Cny(t.Off)))),
            PricingRuleKind.FreeShipping => Reward.FreeShipping(Cny(rule.Amount)),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown kind."),
        };
        var target = rule.Skus.Count > 0 ? ProductSelector.Skus(rule.Skus.Select(s => new Sku(s)))
            : rule.Categories.Count > 0 ? ProductSelector.Categories(rule.Categories.Select(c => new CategoryId(c)))
            : ProductSelector.All;
        var condition = rule.Kind switch
        {
            PricingRuleKind.CategoryPercent => Condition.MinimumQuantity(rule.MinQuantity),
            PricingRuleKind.MemberPercent => Condition.InTier(new TierId(rule.Tier!)),
            _ => Condition.Always,
        };
        return new Promotion(new PromotionId(rule.Id), rule.Id, reward)
        {
            Priority = rule.Priority,
            Target = target,
            Condition = condition,
            RequiresCoupon = rule.Coupon is not null,
            CombinesWith = reward.Class == PromotionClass.Order ? PromotionClasses.Item | PromotionClasses.Shipping : PromotionClasses.All,
        };
    }

    private static Money Cny(long minorUnits) => Money.FromMinorUnits(minorUnits, Currency.CNY);
}
