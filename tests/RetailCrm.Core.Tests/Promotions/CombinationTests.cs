namespace RetailCrm.Tests.Promotions;

using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>How promotions combine: priority, exclusivity, stopping, classes, percentage bases and stored value.</summary>
public sealed class CombinationTests
{
    private static readonly Reward SixtyOff = Reward.PercentOff(Percentage.FromPercent(60));

    [Fact]
    public void Two_sixty_percent_promotions_leave_sixteen_percent_never_zero()
    {
        var priced = Price(Cart(Line("a", 1, 100m)), Promo("first", SixtyOff, 2), Promo("second", SixtyOff, 1));

        Assert.Equal(Yuan(16m), priced.Total);
        Assert.Equal(Yuan(60m), priced.Decision("first").Discount);
        Assert.Equal(Yuan(24m), priced.Decision("second").Discount);
    }

    [Fact]
    public void A_percentage_of_the_original_price_still_never_takes_a_line_below_zero()
    {
        var original = Promo("second", SixtyOff, 1) is var p ? new Promotion(p.Id, p.Name, p.Reward) { Priority = 1, PercentBase = PercentBase.Original } : null!;

        var priced = Price(Cart(Line("a", 1, 100m)), Promo("first", SixtyOff, 2), original);

        Assert.Equal(Yuan(0m), priced.Total);
        Assert.Equal(Yuan(40m), priced.Decision("second").Discount);
    }

    [Fact]
    public void Higher_priority_goes_first()
    {
        var priced = Price(Cart(Line("a", 1, 100m)), Promo("b", Reward.PercentOff(Percentage.FromPercent(10)), 5), Promo("z", SixtyOff, 9));

        Assert.Equal(["z", "b"], priced.Decisions.Select(d => d.Promotion.Value));
    }

    [Fact]
    public void An_exclusive_promotion_that_applies_shuts_out_everything_after_it()
    {
        var exclusive = new Promotion(new PromotionId("vip"), "VIP price", Reward.PercentOff(Percentage.FromPercent(20))) { Priority = 10, Stacking = Stacking.Exclusive };
        var cart = new Cart(Currency.CNY, Line("a", 1, 300m)) { Shipping = Yuan(10m) };

        var priced = Price(cart, exclusive, Promo("spend", Reward.SpendThreshold([new SpendTier(Yuan(100m), Yuan(10m))])), Promo("ship", Reward.FreeShipping(Yuan(0m))));

        Assert.Equal(Yuan(250m), priced.Total);
        Assert.All(priced.Decisions.Where(d => d.Promotion.Value != "vip"), d => Assert.Equal(PromotionReason.ExclusivePromotionApplied, d.Reason));
    }

    [Fact]
    public void An_exclusive_promotion_does_not_apply_after_another_has()
    {
        var exclusive = new Promotion(new PromotionId("vip"), "VIP price", Reward.PercentOff(Percentage.FromPercent(20))) { Stacking = Stacking.Exclusive };

        var priced = Price(Cart(Line("a", 1, 100m)), Promo("first", SixtyOff, 1), exclusive);

        Assert.Equal(PromotionReason.OtherPromotionsApplied, priced.Decision("vip").Reason);
        Assert.Equal(Yuan(40m), priced.Total);
    }

    [Fact]
    public void Stop_further_stops_lower_priorities_only_on_the_lines_it_discounted()
    {
        var phones = new Promotion(new PromotionId("phones"), "Phones 10% off", Reward.PercentOff(Percentage.FromPercent(10)))
        {
            Priority = 5,
            Target = ProductSelector.Categories(new CategoryId("phones")),
            Stacking = Stacking.StopsFurther,
        };
        var everything = Promo("all", Reward.PercentOff(Percentage.FromPercent(50)));

        var priced = Price(Cart(Line("phone", 1, 1000m, "phones"), Line("cable", 1, 20m, "accessories")), phones, everything);

        Assert.Equal(Yuan(900m), priced.LineOf("phone").FinalPrice);
        Assert.Equal(Yuan(10m), priced.LineOf("cable").FinalPrice);
        Assert.True(priced.Decision("all").Applied);
    }

    [Fact]
    public void A_promotion_whose_lines_were_all_claimed_says_so()
    {
        var phones = new Promotion(new PromotionId("phones"), "Phones 10% off", Reward.PercentOff(Percentage.FromPercent(10))) { Priority = 5, Stacking = Stacking.StopsFurther };

        var priced = Price(Cart(Line("phone", 1, 1000m)), phones, Promo("later", SixtyOff));

        Assert.Equal(PromotionReason.StoppedByHigherPriority, priced.Decision("later").Reason);
    }

    [Fact]
    public void Promotions_combine_only_when_each_accepts_the_others_class()
    {
        var itemOnly = new Promotion(new PromotionId("item"), "Item", SixtyOff) { Priority = 2, CombinesWith = PromotionClasses.Item };
        var order = Promo("order", Reward.SpendThreshold([new SpendTier(Yuan(10m), Yuan(5m))]), 1);
        var otherItem = Promo("item-2", Reward.AmountOffEach(Yuan(1m)));

        var priced = Price(Cart(Line("a", 1, 100m)), itemOnly, order, otherItem);

        Assert.Equal(PromotionReason.DoesNotCombine, priced.Decision("order").Reason);
        Assert.True(priced.Decision("item-2").Applied);
        Assert.Equal(Yuan(39m), priced.Total);
    }

    [Fact]
    public void Order_discounts_never_touch_gift_cards_nor_count_them_towards_the_threshold()
    {
        var giftCard = new CartLine(new Sku("gift-card"), 1, Yuan(500m)) { Kind = LineKind.StoredValue };
        var spend = Promo("spend", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))]));

        var below = Price(Cart(giftCard, Line("a", 1, 150m)), spend);
        var above = Price(Cart(giftCard, Line("a", 1, 250m)), spend);

        Assert.Equal(Yuan(50m), below.Decision("spend").Shortfall);
        Assert.Equal(Yuan(500m), above.LineOf("gift-card").FinalPrice);
        Assert.Equal(Yuan(230m), above.LineOf("a").FinalPrice);
    }

    [Fact]
    public void Item_promotions_on_all_lines_leave_gift_cards_alone_unless_they_name_the_sku()
    {
        var giftCard = new CartLine(new Sku("gift-card"), 1, Yuan(100m)) { Kind = LineKind.StoredValue };
        var named = new Promotion(new PromotionId("named"), "Gift card promo", Reward.PercentOff(Percentage.FromPercent(5))) { Target = ProductSelector.Skus(new Sku("gift-card")) };

        var priced = Price(Cart(giftCard, Line("a", 1, 100m)), Promo("all", SixtyOff, 1), named);

        Assert.Equal(Yuan(95m), priced.LineOf("gift-card").FinalPrice);
        Assert.Equal(Yuan(40m), priced.LineOf("a").FinalPrice);
    }

    [Fact]
    public void A_cap_per_order_limits_the_promotion_and_is_spread_over_the_lines()
    {
        var capped = new Promotion(new PromotionId("capped"), "Half price, at most 30", Reward.PercentOff(Percentage.FromPercent(50))) { MaxDiscountPerOrder = Yuan(30m) };

        var priced = Price(Cart(Line("a", 1, 100m), Line("b", 1, 20m)), capped);

        Assert.Equal(Yuan(30m), priced.Decision("capped").Discount);
        Assert.Equal(Yuan(75m), priced.LineOf("a").FinalPrice);
        Assert.Equal(Yuan(15m), priced.LineOf("b").FinalPrice);
    }

    [Fact]
    public void Buy_two_get_one_frees_the_cheapest_unit_and_never_a_qualifying_one()
    {
        var promotion = Promo("b2g1", Reward.BuyXGetY(2, 1));

        var two = Price(Cart(Line("a", 1, 30m), Line("b", 1, 20m)), promotion);
        var three = Price(Cart(Line("a", 1, 30m), Line("b", 1, 20m), Line("c", 1, 10m)), promotion);
        var five = Price(Cart(Line("a", 5, 10m)), promotion);

        Assert.Equal(PromotionReason.BelowMinimumQuantity, two.Decision("b2g1").Reason);
        Assert.Equal(1, two.Decision("b2g1").MissingQuantity);
        Assert.Equal(Yuan(0m), three.LineOf("c").FinalPrice);
        Assert.Equal(Yuan(50m), three.Total);
        Assert.Equal(Yuan(40m), five.Total);
        Assert.Equal(1, five.Decision("b2g1").MissingQuantity);
    }

    [Fact]
    public void Buy_one_get_one_at_half_price_discounts_the_cheaper_unit()
    {
        var promotion = Promo("bogo", Reward.BuyXGetY(1, 1, Percentage.FromPercent(50)));

        var priced = Price(Cart(Line("a", 1, 80m), Line("b", 1, 60m)), promotion);

        Assert.Equal(Yuan(30m), priced.LineOf("b").FinalPrice);
        Assert.Equal(Yuan(80m), priced.LineOf("a").FinalPrice);
    }

    [Fact]
    public void A_fixed_price_never_raises_a_cheaper_line()
    {
        var flash = Promo("flash", Reward.FixedPrice(Yuan(9.90m)));

        var priced = Price(Cart(Line("a", 2, 15m), Line("b", 1, 5m)), flash);

        Assert.Equal(Yuan(19.80m), priced.LineOf("a").FinalPrice);
        Assert.Equal(Yuan(5m), priced.LineOf("b").FinalPrice);
    }

    [Fact]
    public void A_gift_with_purchase_adds_a_gift_line_at_zero_price()
    {
        var gift = Promo("gift", Reward.Gift(new Sku("tote-bag"), 1, Yuan(200m)));

        var priced = Price(Cart(Line("a", 1, 250m)), gift);

        Assert.Equal(new GiftLine(new Sku("tote-bag"), 1, new PromotionId("gift")), Assert.Single(priced.Gifts));
        Assert.Equal(Yuan(250m), priced.Total);
    }

    [Fact]
    public void Bonus_points_are_added_up_over_the_promotions_that_give_them()
    {
        var priced = Price(Cart(Line("a", 1, 250m)), Promo("p1", Reward.BonusPoints(Points.Of(100), Yuan(0m))), Promo("p2", Reward.BonusPoints(Points.Of(50), Yuan(200m))));

        Assert.Equal(Points.Of(150), priced.BonusPoints);
    }

    [Fact]
    public void Cost_plus_pricing_starts_from_cost_and_margin()
    {
        var options = new PricingOptions(Currency.CNY, Zone) { ListPrices = ListPricePolicy.CostPlus(Percentage.FromPercent(5)) };
        var engine = new PricingEngine(new PromotionCatalog(options, []));
        var withCost = new CartLine(new Sku("tv"), 1, Yuan(3999m)) { UnitCost = Yuan(3333.33m) };

        var priced = engine.Price(Cart(withCost, Line("no-cost", 1, 10m)), Guest, Now);

        Assert.Equal(Yuan(3500m), priced.LineOf("tv").ListPrice);
        Assert.Equal(Yuan(10m), priced.LineOf("no-cost").ListPrice);
    }

    [Fact]
    public void A_late_night_rush_runs_across_midnight_in_the_shop_zone()
    {
        var rush = new Promotion(new PromotionId("rush"), "Late-night rush", SixtyOff) { Condition = Condition.DailyBetween(new NodaTime.LocalTime(22, 0), new NodaTime.LocalTime(2, 0)) };
        var engine = new PricingEngine(Catalog(rush));
        var cart = Cart(Line("a", 1, 100m));

        Assert.True(engine.Price(cart, Guest, Local(2026, 6, 10, 23, 30)).Decision("rush").Applied);
        Assert.True(engine.Price(cart, Guest, Local(2026, 6, 11, 1, 59)).Decision("rush").Applied);
        Assert.Equal(PromotionReason.OutsideHours, engine.Price(cart, Guest, Local(2026, 6, 11, 2, 0)).Decision("rush").Reason);
    }
}
