namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>The promotions the domain brief names, priced on the figures it gives.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void On_618_a_phone_is_up_to_70_percent_below_its_normal_price()
    {
        var promotion = new Promotion(new PromotionId("618"), "618 crazy day", Reward.PercentOff(Percentage.FromPercent(70)))
        {
            Target = ProductSelector.Categories(new CategoryId("618-deals")),
            Condition = Condition.Between(new LocalDateTime(2026, 6, 18, 0, 0), new LocalDateTime(2026, 6, 19, 0, 0)),
        };
        var engine = new PricingEngine(Catalog(promotion));
        var cart = Cart(Line("phone", 1, 2999m, "618-deals"), Line("case", 1, 49m, "accessories"));

        var onTheDay = engine.Price(cart, Guest, Local(2026, 6, 18, 23, 59));
        var dayAfter = engine.Price(cart, Guest, Local(2026, 6, 19, 0, 0));

        Assert.Equal(Yuan(899.70m), onTheDay.LineOf("phone").FinalPrice);
        Assert.Equal(Yuan(49m), onTheDay.LineOf("case").FinalPrice);
        Assert.Equal(Yuan(948.70m), onTheDay.Total);
        Assert.Equal(PromotionReason.OutsideWindow, dayAfter.Decision("618").Reason);
        Assert.Equal(Yuan(3048m), dayAfter.Total);
    }

    [Theory]
    [InlineData(2, 20.00, 1)]
    [InlineData(3, 27.00, 7)]
    [InlineData(9, 81.00, 1)]
    [InlineData(10, 80.00, 0)]
    [InlineData(12, 96.00, 0)]
    public void Buying_more_units_costs_less_per_unit(int units, double total, int missingForNextTier)
    {
        var tiers = Promo("tiers", Reward.QuantityTiers(
            QuantityTier.Percent(3, Percentage.FromPercent(10)),
            QuantityTier.Percent(10, Percentage.FromPercent(20))));

        var priced = Price(Cart(Line("pen", units, 10m)), tiers);

        Assert.Equal(Yuan((decimal)total), priced.Total);
        Assert.Equal(missingForNextTier == 0 ? null : missingForNextTier, priced.Decision("tiers").MissingQuantity);
    }

    [Fact]
    public void Spend_200_get_20_says_how_much_more_is_needed()
    {
        var promotion = Promo("spend200", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))]));

        var priced = Price(Cart(Line("a", 1, 100m), Line("b", 1, 87.50m)), promotion);

        var decision = priced.Decision("spend200");
        Assert.Equal(PromotionOutcome.NotApplied, decision.Outcome);
        Assert.Equal(PromotionReason.BelowMinimumSpend, decision.Reason);
        Assert.Equal(Yuan(12.50m), decision.Shortfall);
        Assert.Equal("Add CNY 12.50 more to qualify.", decision.Hint);
        Assert.Equal(Yuan(187.50m), priced.Total);
    }

    [Fact]
    public void Spend_200_get_20_is_allocated_to_the_lines_by_value_to_the_cent()
    {
        var promotion = Promo("spend200", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))]));

        var priced = Price(Cart(Line("a", 1, 100m), Line("b", 1, 66.66m), Line("c", 1, 33.34m)), promotion);

        Assert.Equal(Yuan(20m), priced.OrderDiscount);
        Assert.Equal(Yuan(90m), priced.LineOf("a").FinalPrice);
        Assert.Equal(Yuan(59.99m), priced.LineOf("b").FinalPrice);
        Assert.Equal(Yuan(30.01m), priced.LineOf("c").FinalPrice);
        Assert.Equal(Yuan(180m), priced.Total);
    }

    [Theory]
    [InlineData(199.99, 0)]
    [InlineData(200, 20)]
    [InlineData(450, 40)]
    [InlineData(1000, 60)]
    public void A_repeatable_threshold_gives_its_amount_per_multiple_up_to_its_limit(double spend, double off)
    {
        var promotion = Promo("per200", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))], repeatable: true, maxRepeats: 3));

        var priced = Price(Cart(Line("a", 1, (decimal)spend)), promotion);

        Assert.Equal(Yuan((decimal)off), priced.OrderDiscount);
    }

    [Fact]
    public void With_several_spend_tiers_the_best_reached_wins_and_the_next_is_hinted()
    {
        var promotion = Promo("ladder", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m)), new SpendTier(Yuan(500m), Yuan(60m))]));

        var priced = Price(Cart(Line("a", 1, 420m)), promotion);

        Assert.Equal(Yuan(20m), priced.OrderDiscount);
        Assert.Equal(Yuan(80m), priced.Decision("ladder").Shortfall);
        Assert.Equal("Add CNY 80.00 more to get more.", priced.Decision("ladder").Hint);
    }

    [Fact]
    public void A_bundle_costs_its_bundle_price_and_the_saving_is_split_by_value()
    {
        var bundle = Promo("bundle", Reward.BundlePrice(Yuan(99m), new BundleItem(new Sku("shampoo")), new BundleItem(new Sku("conditioner"))));

        var priced = Price(Cart(Line("shampoo", 2, 60m), Line("conditioner", 1, 50m)), bundle);

        Assert.Equal(Yuan(11m), priced.ItemDiscount);
        Assert.Equal(Yuan(114m), priced.LineOf("shampoo").FinalPrice);
        Assert.Equal(Yuan(45m), priced.LineOf("conditioner").FinalPrice);
        Assert.Equal(1, priced.Decision("bundle").MissingQuantity);
    }

    [Fact]
    public void An_incomplete_bundle_says_what_is_missing()
    {
        var bundle = Promo("bundle", Reward.BundlePrice(Yuan(99m), new BundleItem(new Sku("shampoo")), new BundleItem(new Sku("conditioner"), 2)));

        var priced = Price(Cart(Line("shampoo", 1, 60m), Line("conditioner", 1, 50m)), bundle);

        Assert.Equal(PromotionReason.BundleIncomplete, priced.Decision("bundle").Reason);
        Assert.Equal(1, priced.Decision("bundle").MissingQuantity);
    }

    [Theory]
    [InlineData(98.99, 0)]
    [InlineData(99, 12)]
    public void Shipping_is_free_from_the_threshold(double spend, double shippingDiscount)
    {
        var promotion = Promo("free-ship", Reward.FreeShipping(Yuan(99m)));
        var cart = new Cart(Currency.CNY, Line("a", 1, (decimal)spend)) { Shipping = Yuan(12m) };

        var priced = Price(cart, promotion);

        Assert.Equal(Yuan((decimal)shippingDiscount), priced.ShippingDiscount);
        Assert.Equal(Yuan((decimal)spend + 12m - (decimal)shippingDiscount), priced.Total);
    }

    [Fact]
    public void A_member_only_session_needs_a_member_and_the_session_token()
    {
        var promotion = new Promotion(new PromotionId("members"), "Members' night", Reward.PercentOff(Percentage.FromPercent(15)))
        {
            Condition = Condition.All(Condition.Member, Condition.AccessToken("members-night")),
        };
        var options = new PricingOptions(Currency.CNY, Zone) { MemberOnlyTiers = new HashSet<TierId> { new("gold") } };
        var engine = new PricingEngine(new PromotionCatalog(options, [promotion]));
        var cart = new Cart(Currency.CNY, Line("a", 1, 100m)) { AccessTokens = new HashSet<string> { "members-night" } };
        var member = new Shopper(new CustomerId("m-1")) { Tier = new TierId("gold") };

        Assert.Equal(Yuan(85m), engine.Price(cart, member, Now).Total);
        Assert.Equal(PromotionReason.NotAMember, engine.Price(cart, Guest, Now).Decision("members").Reason);
        Assert.Equal(PromotionReason.AccessTokenMissing, engine.Price(Cart(Line("a", 1, 100m)), member, Now).Decision("members").Reason);
    }

    [Fact]
    public void Returning_customers_get_their_discount_and_first_orders_do_not()
    {
        var promotion = new Promotion(new PromotionId("welcome-back"), "Welcome back", Reward.PercentOff(Percentage.FromPercent(5)))
        {
            Condition = Condition.ReturningCustomer,
        };
        var engine = new PricingEngine(Catalog(promotion));
        var cart = Cart(Line("a", 2, 50m));

        var returning = engine.Price(cart, new Shopper(new CustomerId("c-2")) { PreviousOrders = 3 }, Now);
        var first = engine.Price(cart, Guest, Now);

        Assert.Equal(Yuan(95m), returning.Total);
        Assert.Equal(PromotionReason.NotReturningCustomer, first.Decision("welcome-back").Reason);
    }

    [Fact]
    public void Spend_and_get_earns_a_coupon_for_a_later_order()
    {
        var promotion = Promo("spend-and-get", Reward.EarnCoupon(new PromotionId("next-order-20"), 1, Yuan(300m)));

        var below = Price(Cart(Line("a", 1, 299m)), promotion);
        var above = Price(Cart(Line("a", 1, 300m)), promotion);

        Assert.Empty(below.EarnedCoupons);
        Assert.Equal(Yuan(1m), below.Decision("spend-and-get").Shortfall);
        Assert.Equal(new EarnedCoupon(new PromotionId("spend-and-get"), new PromotionId("next-order-20"), 1), Assert.Single(above.EarnedCoupons));
        Assert.True(above.Decision("spend-and-get").Applied);
        Assert.Equal(Yuan(300m), above.Total);
    }
}
