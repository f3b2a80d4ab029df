namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Limits checked against the usage state passed in: validity, uses, stock and budget.</summary>
public sealed class LimitTests
{
    private static Promotion Limited(PromotionLimits limits, Reward? reward = null) =>
        new(new PromotionId("limited"), "Limited", reward ?? Reward.FixedPrice(Yuan(1m))) { Limits = limits };

    private static PricedCart PriceWith(Promotion promotion, PromotionCounters counters, Cart? cart = null) =>
        new PricingEngine(Catalog(promotion)).Price(cart ?? Cart(Line("a", 3, 10m)), Guest, Now, new FixedUsage(counters));

    [Theory]
    [InlineData(-1, PromotionReason.NotStarted)]
    [InlineData(1, PromotionReason.Ended)]
    public void Outside_its_validity_a_promotion_does_not_apply(int hoursFromNow, PromotionReason reason)
    {
        var promotion = hoursFromNow < 0
            ? new Promotion(new PromotionId("p"), "p", Reward.FixedPrice(Yuan(1m))) { ValidFrom = Now + Duration.FromHours(1) }
            : new Promotion(new PromotionId("p"), "p", Reward.FixedPrice(Yuan(1m))) { ValidUntil = Now };

        Assert.Equal(reason, Price(Cart(Line("a", 1, 10m)), promotion).Decision("p").Reason);
    }

    [Fact]
    public void A_used_up_promotion_does_not_apply()
    {
        var priced = PriceWith(Limited(new PromotionLimits { MaxUses = 5 }), new PromotionCounters(5, 0, 0, default));

        Assert.Equal(PromotionReason.UsageLimitReached, priced.Decision("limited").Reason);
    }

    [Fact]
    public void A_customer_at_the_limit_does_not_get_it_again()
    {
        var priced = PriceWith(Limited(new PromotionLimits { MaxUsesPerCustomer = 1 }), new PromotionCounters(7, 1, 0, default));

        Assert.Equal(PromotionReason.CustomerLimitReached, priced.Decision("limited").Reason);
    }

    [Fact]
    public void Flash_sale_units_beyond_the_remaining_stock_pay_the_normal_price()
    {
        var priced = PriceWith(Limited(new PromotionLimits { Stock = 100 }), new PromotionCounters(90, 0, 98, default));

        Assert.Equal(Yuan(12m), priced.Total);
        Assert.Equal(2, priced.Decision("limited").Units);
    }

    [Fact]
    public void A_sold_out_flash_sale_says_so()
    {
        var priced = PriceWith(Limited(new PromotionLimits { Stock = 100 }), new PromotionCounters(90, 0, 100, default));

        Assert.Equal(PromotionReason.StockSoldOut, priced.Decision("limited").Reason);
        Assert.Equal(Yuan(30m), priced.Total);
    }

    [Fact]
    public void The_remaining_budget_caps_the_discount()
    {
        var priced = PriceWith(Limited(new PromotionLimits { Budget = Yuan(1000m) }), new PromotionCounters(90, 0, 0, Yuan(995m)));

        Assert.Equal(Yuan(5m), priced.Decision("limited").Discount);
        Assert.Equal(Yuan(25m), priced.Total);
    }

    [Fact]
    public void A_spent_budget_stops_the_promotion()
    {
        var priced = PriceWith(Limited(new PromotionLimits { Budget = Yuan(1000m) }), new PromotionCounters(90, 0, 0, Yuan(1000m)));

        Assert.Equal(PromotionReason.BudgetExhausted, priced.Decision("limited").Reason);
    }

    [Fact]
    public void Usage_in_another_currency_is_refused_not_misread()
    {
        var promotion = Limited(new PromotionLimits { Budget = Yuan(1000m) });

        Assert.Throws<CurrencyMismatchException>(() => PriceWith(promotion, new PromotionCounters(0, 0, 0, Money.Of(1m, Currency.USD))));
    }

    [Fact]
    public void A_cart_in_another_currency_is_refused_naming_the_cart()
    {
        var engine = new PricingEngine(Catalog());

        var error = Assert.Throws<ArgumentException>(() => engine.Price(new Cart(Currency.USD), Guest, Now));

        Assert.Equal("cart", error.ParamName);
    }

    [Fact]
    public void A_catalog_refuses_two_promotions_with_one_id_and_amounts_in_another_currency()
    {
        var usd = new Promotion(new PromotionId("usd"), "usd", Reward.AmountOffEach(Money.Of(1m, Currency.USD)));

        Assert.Equal("promotions", Assert.Throws<ArgumentException>(() => Catalog(Promo("x", Reward.FreeShipping(Yuan(0m))), Promo("x", Reward.FreeShipping(Yuan(1m))))).ParamName);
        Assert.Equal("promotions", Assert.Throws<ArgumentException>(() => Catalog(usd)).ParamName);
    }
}
