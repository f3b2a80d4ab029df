namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Edges of the engine: units of uneven value, partial stock, caps on repetition, boundaries and messages.</summary>
public sealed class PricingEdgeTests
{
    // 3 x 3.33 = 9.99, then 10% off (1.00) leaves 8.99: units worth 2.99, 3.00, 3.00.
    private static readonly Promotion TenOff = Promo("ten-off", Reward.PercentOff(Percentage.FromPercent(10)), 9);

    private static PricedCart PriceUneven(Promotion second, IPromotionUsage? usage = null) =>
        new PricingEngine(Catalog(TenOff, second)).Price(Cart(Line("a", 3, 3.33m)), Guest, Now, usage);

    [Fact]
    public void Flash_stock_for_one_unit_prices_the_cheapest_unit_at_the_sale_price()
    {
        var flash = new Promotion(new PromotionId("flash"), "flash", Reward.FixedPrice(Yuan(1m))) { Limits = new PromotionLimits { Stock = 1 } };

        var priced = PriceUneven(flash);

        Assert.Equal(Yuan(1.99m), priced.Decision("flash").Discount);
        Assert.Equal(Yuan(7.00m), priced.Total);
        Assert.Equal(1, priced.Decision("flash").Units);
    }

    [Fact]
    public void A_percentage_of_the_list_price_on_part_of_a_line_uses_the_list_price_of_those_units()
    {
        var flash = new Promotion(new PromotionId("half"), "half", Reward.PercentOff(Percentage.FromPercent(50)))
        {
            PercentBase = PercentBase.Original,
            Limits = new PromotionLimits { Stock = 2 },
        };

        var priced = PriceUneven(flash);

        Assert.Equal(Yuan(3.33m), priced.Decision("half").Discount);
        Assert.Equal(2, priced.Decision("half").Units);
    }

    [Fact]
    public void Buy_two_get_one_frees_the_cheapest_unit_of_uneven_value()
    {
        var priced = PriceUneven(Promo("b2g1", Reward.BuyXGetY(2, 1)));

        Assert.Equal(Yuan(2.99m), priced.Decision("b2g1").Discount);
        Assert.Equal(Yuan(6.00m), priced.Total);
    }

    [Fact]
    public void Buy_x_get_y_stops_at_its_maximum_and_then_hints_nothing()
    {
        var priced = Price(Cart(Line("a", 7, 10m)), Promo("b1g1", Reward.BuyXGetY(1, 1, maxApplications: 2)));

        Assert.Equal(Yuan(20m), priced.Decision("b1g1").Discount);
        Assert.Equal(2, priced.Decision("b1g1").Units);
        Assert.Null(priced.Decision("b1g1").MissingQuantity);
        Assert.Null(priced.Decision("b1g1").Hint);
    }

    [Fact]
    public void Flash_stock_limits_the_free_units_of_buy_x_get_y()
    {
        var promotion = new Promotion(new PromotionId("b1g1"), "b1g1", Reward.BuyXGetY(1, 1)) { Limits = new PromotionLimits { Stock = 3 } };

        var priced = new PricingEngine(Catalog(promotion)).Price(Cart(Line("a", 8, 10m)), Guest, Now, new FixedUsage(new PromotionCounters(0, 0, 2, default)));

        Assert.Equal(Yuan(10m), priced.Decision("b1g1").Discount);
    }

    [Theory]
    [InlineData(650, 60, null)]
    [InlineData(450, 40, 150)]
    public void A_repeatable_threshold_hints_the_next_multiple_until_its_maximum(double spend, double off, int? missing)
    {
        var promotion = Promo("per200", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))], repeatable: true, maxRepeats: 3));

        var decision = Price(Cart(Line("a", 1, (decimal)spend)), promotion).Decision("per200");

        Assert.Equal(Yuan((decimal)off), decision.Discount);
        Assert.Equal(missing is { } m ? Yuan(m) : null, decision.Shortfall);
    }

    [Fact]
    public void Exactly_at_the_maximum_repeats_the_threshold_hints_nothing()
    {
        var promotion = Promo("per200", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))], repeatable: true, maxRepeats: 3));

        var decision = Price(Cart(Line("a", 1, 600m)), promotion).Decision("per200");

        Assert.Equal(Yuan(60m), decision.Discount);
        Assert.Null(decision.Shortfall);
    }

    [Fact]
    public void A_bundle_takes_its_units_from_several_lines_of_a_sku_and_counts_sets_against_stock()
    {
        var bundle = new Promotion(new PromotionId("pair"), "pair", Reward.BundlePrice(Yuan(15m), new BundleItem(new Sku("a"), 2), new BundleItem(new Sku("b"))))
        {
            Limits = new PromotionLimits { Stock = 1 },
        };

        var priced = Price(Cart(Line("a", 1, 10m), Line("a", 3, 10m), Line("b", 2, 5m)), bundle);

        Assert.Equal(Yuan(10m), priced.Decision("pair").Discount);
        Assert.Equal(1, priced.Decision("pair").Units);
        Assert.Equal(Yuan(40m), priced.Total);
        Assert.Equal([Yuan(4m), Yuan(4m), Yuan(2m)], priced.Lines.Select(l => l.Discount));
    }

    [Fact]
    public void A_bundle_priced_above_its_items_does_not_apply()
    {
        var bundle = Promo("dear", Reward.BundlePrice(Yuan(20m), new BundleItem(new Sku("a")), new BundleItem(new Sku("b"))));

        var priced = Price(Cart(Line("a", 1, 10m), Line("b", 1, 10m)), bundle);

        Assert.Equal(PromotionReason.NothingToDiscount, priced.Decision("dear").Reason);
    }

    [Fact]
    public void A_promotion_applies_from_its_first_valid_instant()
    {
        var promotion = new Promotion(new PromotionId("p"), "p", Reward.PercentOff(Percentage.FromPercent(10))) { ValidFrom = Now };

        Assert.True(Price(Cart(Line("a", 1, 10m)), promotion).Decision("p").Applied);
    }

    [Fact]
    public void A_cap_equal_to_the_discount_changes_nothing()
    {
        var promotion = new Promotion(new PromotionId("p"), "p", Reward.PercentOff(Percentage.FromPercent(10))) { MaxDiscountPerOrder = Yuan(1m) };

        var priced = Price(Cart(Line("a", 1, 7m), Line("b", 1, 3m)), promotion);

        Assert.Equal(Yuan(0.70m), priced.LineOf("a").Discount);
        Assert.Equal(Yuan(0.30m), priced.LineOf("b").Discount);
    }

    [Fact]
    public void Every_reason_has_its_own_sentence_naming_the_promotion()
    {
        var promotion = Promo("Spend 200 get 20", Reward.FreeShipping(Yuan(0m)));
        var messages = Enum.GetValues<PromotionReason>()
            .Select(reason => DecisionText.For(reason, promotion, null, Yuan(20m), Yuan(12.50m), 2))
            .ToList();
        var blocker = new Promotion(new PromotionId("vip"), "VIP price", Reward.PercentOff(Percentage.FromPercent(20)));
        var blocked = Enum.GetValues<PromotionReason>()
            .Select(reason => DecisionText.For(reason, promotion, blocker, Yuan(20m), Yuan(12.50m), 2))
            .ToList();

        Assert.All(messages, m => Assert.Contains("Spend 200 get 20", m, StringComparison.Ordinal));
        Assert.Equal(messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("CNY 12.50", messages[(int)PromotionReason.BelowMinimumSpend], StringComparison.Ordinal);
        Assert.Contains("2 more items", messages[(int)PromotionReason.BelowMinimumQuantity], StringComparison.Ordinal);
        Assert.Contains("CNY 20.00", messages[(int)PromotionReason.Applied], StringComparison.Ordinal);
        Assert.All(blocked, m => Assert.Contains("Spend 200 get 20", m, StringComparison.Ordinal));
        Assert.Equal(blocked.Count, blocked.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            [PromotionReason.StoppedByHigherPriority, PromotionReason.ExclusivePromotionApplied, PromotionReason.OtherPromotionsApplied, PromotionReason.DoesNotCombine],
            Enum.GetValues<PromotionReason>().Where((_, i) => blocked[i].Contains("VIP price (vip)", StringComparison.Ordinal)));
        Assert.Equal("Add 1 more item to qualify.", DecisionText.Hint(false, null, 1));
        Assert.Null(DecisionText.Hint(true, null, null));
    }

    [Fact]
    public void Every_coupon_reason_has_its_own_sentence()
    {
        var code = new CouponCode("SAVE-10");
        var messages = Enum.GetValues<CouponReason>().Where(r => r != CouponReason.PromotionNotApplied).Select(r => DecisionText.For(r, code)).ToList();

        Assert.Equal(messages.Count, messages.Distinct(StringComparer.Ordinal).Count());
        Assert.All(messages.Where(m => !m.StartsWith("No more", StringComparison.Ordinal)), m => Assert.Contains("SAVE-10", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Selectors_match_by_sku_or_category_and_exclusions_win()
    {
        var selector = ProductSelector.Of([new Sku("a")], [new CategoryId("tea")]).Except(new Sku("b")).ExceptCategories(new CategoryId("sale"));

        Assert.True(selector.Matches(Line("a", 1, 1m)));
        Assert.True(selector.Matches(Line("c", 1, 1m, "tea")));
        Assert.False(selector.Matches(Line("b", 1, 1m, "tea")));
        Assert.False(selector.Matches(Line("a", 1, 1m, "sale")));
        Assert.False(selector.Matches(Line("d", 1, 1m, "coffee")));
        Assert.False(ProductSelector.All.Matches(new CartLine(new Sku("card"), 1, Yuan(1m)) { Kind = LineKind.StoredValue }));
        Assert.Equal("SKU a or categories tea except b, sale", selector.ToString());
        Assert.Equal("all lines", ProductSelector.All.ToString());
    }

    [Fact]
    public void Promotions_conditions_and_rewards_describe_themselves()
    {
        Assert.Equal("buy 2 get 1 free", Reward.BuyXGetY(2, 1).ToString());
        Assert.Equal("buy 1 get 1 at 50% off", Reward.BuyXGetY(1, 1, Percentage.FromPercent(50)).ToString());
        Assert.Equal("spend CNY 200.00 get CNY 20.00 off, per multiple", Reward.SpendThreshold([new SpendTier(Yuan(200m), Yuan(20m))], repeatable: true).ToString());
        Assert.Equal("daily 22:00-02:00", Condition.DailyBetween(new LocalTime(22, 0), new LocalTime(2, 0)).ToString());
        Assert.Equal("all of (first order; not (members))", Condition.All(Condition.FirstOrder, Condition.Not(Condition.Member)).ToString());
        Assert.Equal("any of (tier gold; segment campus)", Condition.Any(Condition.InTier(new TierId("gold")), Condition.InSegment(new SegmentId("campus"))).ToString());
    }
}
