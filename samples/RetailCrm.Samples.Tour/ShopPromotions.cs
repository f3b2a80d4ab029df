namespace RetailCrm.Samples.Tour;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>The shop's promotions for 618, as data.</summary>
internal static class ShopPromotions
{
    public static IEnumerable<Promotion> For618()
    {
        var day618 = new LocalDateTime(2026, 6, 18, 0, 0);
        yield return new Promotion(new PromotionId("618-deals"), "618: up to 70% off", Reward.PercentOff(Percentage.FromPercent(70)))
        {
            Target = ProductSelector.Categories(new CategoryId("618-deals")),
            Condition = Condition.Between(day618, day618.PlusDays(1)),
            Priority = 100,
            Stacking = Stacking.StopsFurther,
        };
        yield return new Promotion(new PromotionId("tea-3-for-2"), "Tea: buy 2 get 1 free", Reward.BuyXGetY(2, 1))
        {
            Target = ProductSelector.Categories(new CategoryId("tea")),
            Priority = 50,
        };
        yield return new Promotion(new PromotionId("kettle-rush"), "Late-night rush: kettle at CNY 99", Reward.FixedPrice(Cny(99m)))
        {
            Target = ProductSelector.Skus(new Sku("kettle")),
            Condition = Condition.DailyBetween(new LocalTime(22, 0), new LocalTime(2, 0)),
            Limits = new PromotionLimits { Stock = 100 },
            Priority = 30,
        };
        yield return new Promotion(new PromotionId("300-minus-30"), "Every CNY 300 spent: CNY 30 off", Reward.SpendThreshold([new SpendTier(Cny(300m), Cny(30m))], repeatable: true, maxRepeats: 5))
        {
            Priority = 10,
        };
        yield return new Promotion(new PromotionId("spend-800-coupon"), "Spend 800: a CNY 50 coupon for next time", Reward.EarnCoupon(new PromotionId("next-order-50"), 1, Cny(800m)));
        yield return new Promotion(new PromotionId("free-shipping-99"), "Free shipping over CNY 99", Reward.FreeShipping(Cny(99m)));
    }

    private static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);
}
