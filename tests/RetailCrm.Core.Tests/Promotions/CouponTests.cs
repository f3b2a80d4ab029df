namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Coupons presented with a cart: validation, limits and several coupons per cart.</summary>
public sealed class CouponTests
{
    private static Promotion CouponPromotion(string id, decimal off) =>
        new(new PromotionId(id), id, Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(off))])) { RequiresCoupon = true };

    private static PricingEngine Engine(int maxCoupons, params Coupon[] coupons) =>
        new(new PromotionCatalog(
            new PricingOptions(Currency.CNY, Zone) { MaxCouponsPerCart = maxCoupons },
            [CouponPromotion("ten", 10m), CouponPromotion("five", 5m), CouponPromotion("three", 3m)],
            coupons));

    private static Coupon For(string code, string promotion) => new(new CouponCode(code), new PromotionId(promotion));

    private static Cart With(params string[] codes) =>
        new(Currency.CNY, Line("a", 1, 100m)) { Coupons = codes.Select(c => new CouponCode(c)).ToArray() };

    [Fact]
    public void A_promotion_that_needs_a_coupon_does_not_apply_without_one()
    {
        var priced = Engine(3, For("TEN", "ten")).Price(With(), Guest, Now);

        Assert.Equal(PromotionReason.CouponRequired, priced.Decision("ten").Reason);
        Assert.Equal(Yuan(100m), priced.Total);
    }

    [Fact]
    public void A_valid_coupon_unlocks_its_promotion_whatever_the_case_and_dashes()
    {
        var priced = Engine(3, For("SAVE-TEN", "ten")).Price(With("save ten"), Guest, Now);

        Assert.Equal(Yuan(90m), priced.Total);
        var decision = Assert.Single(priced.Coupons);
        Assert.Equal(CouponOutcome.Applied, decision.Outcome);
        Assert.Equal(new PromotionId("ten"), decision.Promotion);
    }

    [Fact]
    public void A_mistyped_code_is_unknown_not_expired()
    {
        var expired = For("7M2V-Z01D-NAM", "ten") is var c ? new Coupon(c.Code, c.Promotion) { ValidUntil = Now - Duration.FromDays(1) } : null!;
        var engine = Engine(3, expired);

        var mistyped = engine.Price(With("7M2V-Z01D-NAN"), Guest, Now);
        var exact = engine.Price(With("7m2v z01d nam"), Guest, Now);

        Assert.Equal(CouponReason.Unknown, Assert.Single(mistyped.Coupons).Reason);
        Assert.Equal(CouponReason.Expired, Assert.Single(exact.Coupons).Reason);
    }

    [Fact]
    public void A_coupon_not_yet_valid_is_refused_as_such()
    {
        var later = new Coupon(new CouponCode("LATER"), new PromotionId("ten")) { ValidFrom = Now + Duration.FromHours(1) };

        var priced = Engine(3, later).Price(With("LATER"), Guest, Now);

        Assert.Equal(CouponReason.NotYetValid, Assert.Single(priced.Coupons).Reason);
        Assert.Equal(Yuan(100m), priced.Total);
    }

    [Fact]
    public void A_coupon_issued_to_someone_else_is_unknown()
    {
        var mine = new Coupon(new CouponCode("MINE"), new PromotionId("ten")) { IssuedTo = new CustomerId("c-9") };

        var priced = Engine(3, mine).Price(With("MINE"), Guest, Now);

        Assert.Equal(CouponReason.Unknown, Assert.Single(priced.Coupons).Reason);
    }

    [Fact]
    public void Several_coupons_stack_up_to_the_cart_maximum()
    {
        var engine = Engine(2, For("TEN", "ten"), For("FIVE", "five"), For("THREE", "three"));

        var priced = engine.Price(With("TEN", "FIVE", "THREE"), Guest, Now);

        Assert.Equal(Yuan(85m), priced.Total);
        Assert.Equal([CouponReason.Applied, CouponReason.Applied, CouponReason.TooManyCoupons], priced.Coupons.Select(c => c.Reason));
    }

    [Fact]
    public void The_same_code_twice_or_two_codes_for_one_promotion_count_once()
    {
        var engine = Engine(3, For("TEN", "ten"), For("TEN-B", "ten"));

        var priced = engine.Price(With("TEN", "ten", "TEN-B"), Guest, Now);

        Assert.Equal(Yuan(90m), priced.Total);
        Assert.Equal([CouponReason.Applied, CouponReason.Duplicate, CouponReason.Duplicate], priced.Coupons.Select(c => c.Reason));
    }

    [Fact]
    public void A_valid_coupon_whose_promotion_does_not_apply_says_why()
    {
        var promotion = new Promotion(new PromotionId("big"), "Spend 500 get 50", Reward.SpendThreshold([new SpendTier(Yuan(500m), Yuan(50m))])) { RequiresCoupon = true };
        var engine = new PricingEngine(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), [promotion], [For("BIG", "big")]));

        var priced = engine.Price(With("BIG"), Guest, Now);

        var coupon = Assert.Single(priced.Coupons);
        Assert.Equal(CouponReason.PromotionNotApplied, coupon.Reason);
        Assert.Contains("CNY 400.00", coupon.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coupon_limits_are_checked_against_the_usage_passed_in()
    {
        var single = new Coupon(new CouponCode("ONCE"), new PromotionId("ten")) { MaxUses = 1 };
        var perCustomer = new Coupon(new CouponCode("MINE"), new PromotionId("five")) { MaxUsesPerCustomer = 1 };
        var usage = new FixedUsage(coupons: new CouponCounters(1, 1));

        var priced = Engine(3, single, perCustomer).Price(With("ONCE", "MINE"), Guest, Now, usage);

        Assert.Equal([CouponReason.UsedUp, CouponReason.CustomerLimitReached], priced.Coupons.Select(c => c.Reason));
    }

    [Fact]
    public void A_catalog_refuses_a_coupon_for_a_promotion_that_needs_none()
    {
        var open = Promo("open", Reward.PercentOff(Percentage.FromPercent(10)));

        var error = Assert.Throws<ArgumentException>(() => new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), [open], [For("OPEN", "open")]));

        Assert.Equal("coupons", error.ParamName);
    }
}
