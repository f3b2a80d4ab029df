namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Bad promotion data is refused on construction, naming the argument.</summary>
public sealed class PromotionInputValidationTests
{
    public static TheoryData<string, Func<object>> BadArguments => new()
    {
        { "quantity", () => new CartLine(new Sku("a"), 0, Yuan(1m)) },
        { "unitPrice", () => new CartLine(new Sku("a"), 1, Yuan(-1m)) },
        { "unitPrice", () => new CartLine(new Sku("a"), 1, Yuan(1.005m)) },
        { "sku", () => new CartLine(default, 1, Yuan(1m)) },
        { "UnitCost", () => new CartLine(new Sku("a"), 1, Yuan(1m)) { UnitCost = Money.Of(1m, Currency.USD) } },
        { "lines", () => new Cart(Currency.CNY, new CartLine(new Sku("a"), 1, Money.Of(1m, Currency.USD))) },
        { "Shipping", () => new Cart(Currency.CNY) { Shipping = Yuan(-0.01m) } },
        { "customer", () => new Shopper(default) },
        { "PreviousOrders", () => new Shopper(new CustomerId("c")) { PreviousOrders = -1 } },
        { "name", () => new Promotion(new PromotionId("p"), " ", Reward.FreeShipping(Yuan(0m))) },
        { "id", () => new Promotion(default, "p", Reward.FreeShipping(Yuan(0m))) },
        { "reward", () => new Promotion(new PromotionId("p"), "p", null!) },
        { "MaxDiscountPerOrder", () => new Promotion(new PromotionId("p"), "p", Reward.FreeShipping(Yuan(0m))) { MaxDiscountPerOrder = Yuan(0m) } },
        { "CombinesWith", () => new Promotion(new PromotionId("p"), "p", Reward.FreeShipping(Yuan(0m))) { CombinesWith = (PromotionClasses)8 } },
        { "Stacking", () => new Promotion(new PromotionId("p"), "p", Reward.FreeShipping(Yuan(0m))) { Stacking = (Stacking)9 } },
        { "MaxUses", () => new PromotionLimits { MaxUses = 0 } },
        { "Stock", () => new PromotionLimits { Stock = -1 } },
        { "Budget", () => new PromotionLimits { Budget = Yuan(0m) } },
        { "percent", () => Reward.PercentOff(Percentage.Zero) },
        { "percent", () => Reward.PercentOff(Percentage.FromPercent(100.01m)) },
        { "perUnit", () => Reward.AmountOffEach(Yuan(0m)) },
        { "unitPrice", () => Reward.FixedPrice(Yuan(-1m)) },
        { "tiers", () => Reward.QuantityTiers(QuantityTier.Percent(3, Percentage.FromPercent(5)), QuantityTier.Percent(3, Percentage.FromPercent(10))) },
        { "tiers", () => Reward.QuantityTiers() },
        { "minUnits", () => QuantityTier.Price(0, Yuan(1m)) },
        { "buy", () => Reward.BuyXGetY(0, 1) },
        { "get", () => Reward.BuyXGetY(1, 0) },
        { "maxApplications", () => Reward.BuyXGetY(1, 1, maxApplications: 0) },
        { "items", () => Reward.BundlePrice(Yuan(1m), new BundleItem(new Sku("a"))) },
        { "items", () => Reward.BundlePrice(Yuan(1m), new BundleItem(new Sku("a")), new BundleItem(new Sku("a"))) },
        { "tiers", () => Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m)), new SpendTier(Yuan(100m), Yuan(5m))]) },
        { "tiers", () => Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m)), new SpendTier(Yuan(300m), Yuan(30m))], repeatable: true) },
        { "maxRepeats", () => Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))], repeatable: false, maxRepeats: 2) },
        { "off", () => new SpendTier(Yuan(200m), Money.Of(20m, Currency.USD)) },
        { "gift", () => Reward.Gift(default, 1, Yuan(0m)) },
        { "count", () => Reward.EarnCoupon(new PromotionId("p"), 0, Yuan(0m)) },
        { "points", () => Reward.BonusPoints(Points.Zero, Yuan(0m)) },
        { "end", () => Condition.Between(new LocalDateTime(2026, 6, 18, 0, 0), new LocalDateTime(2026, 6, 18, 0, 0)) },
        { "to", () => Condition.DailyBetween(new LocalTime(22, 0), new LocalTime(22, 0)) },
        { "units", () => Condition.MinimumQuantity(0) },
        { "minimum", () => Condition.MinimumSpend(Yuan(0m)) },
        { "tiers", () => Condition.InTier() },
        { "conditions", () => Condition.All() },
        { "token", () => Condition.AccessToken(" ") },
        { "skus", () => ProductSelector.Of([], []) },
        { "MaxCouponsPerCart", () => new PricingOptions(Currency.CNY, Zone) { MaxCouponsPerCart = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_data_throws_naming_the_argument(string name, Func<object> create)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.Equal(name, error.ParamName);
    }
}
