namespace RetailCrm.Tests.Promotions;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Coupons issued at runtime priced and counted exactly as the catalog's coupons.</summary>
public sealed class IssuedCouponPricingTests
{
    private static readonly Promotion Compensation =
        new(new PromotionId("compensation"), "Sorry: CNY 30 off", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(30m))])) { RequiresCoupon = true };

    private static readonly Promotion Welcome =
        new(new PromotionId("welcome"), "Welcome: CNY 10 off", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(10m))])) { RequiresCoupon = true };

    private static readonly Coupon WelcomeCoupon = new(new CouponCode("WELCOME"), Welcome.Id);

    private static readonly Shopper Alice = new(new CustomerId("alice"));
    private static readonly Shopper Bob = new(new CustomerId("bob"));

    private static readonly PromotionCatalog ShopCatalog = new(new PricingOptions(Currency.CNY, Zone), [Compensation, Welcome], [WelcomeCoupon]);

    private readonly InMemoryIssuedCouponRepository issued = new();
    private readonly InMemoryPromotionUsageStore usage = new();
    private readonly FakeClock clock = new(Now);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private PromotionService Service() => new(ShopCatalog, usage, clock, issuedCoupons: issued);

    private Task<Coupon> IssueAsync(Shopper to, string key, CouponTerms? terms = null) =>
        new CouponIssuer(ShopCatalog, issued, clock).IssueAsync(to.Customer, Compensation.Id, new IdempotencyKey(key), terms, Token);

    private static Cart With(params string[] codes) =>
        new(Currency.CNY, Line("a", 1, 100m)) { Coupons = [.. codes.Select(c => new CouponCode(c))] };

    [Fact]
    public async Task An_issued_coupon_prices_a_cart_for_its_owner_however_the_code_is_typed()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");

        var priced = await Service().PriceAsync(With(coupon.Code.Text.ToLowerInvariant().Replace('-', ' ')), Alice, Token);

        Assert.Equal(Yuan(70m), priced.Total);
        var decision = Assert.Single(priced.Coupons);
        Assert.Equal(CouponReason.Applied, decision.Reason);
        Assert.Equal(Compensation.Id, decision.Promotion);
    }

    [Fact]
    public async Task An_issued_coupon_is_unknown_to_another_customer_and_a_mistyped_code_is_unknown()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");
        var mistyped = coupon.Code.Key[..^1] + (coupon.Code.Key[^1] == 'A' ? 'B' : 'A');

        var forBob = await Service().PriceAsync(With(coupon.Code.Text), Bob, Token);
        var typo = await Service().PriceAsync(With(mistyped), Alice, Token);

        Assert.Equal(CouponReason.Unknown, Assert.Single(forBob.Coupons).Reason);
        Assert.Null(Assert.Single(forBob.Coupons).Promotion);
        Assert.Equal(CouponReason.Unknown, Assert.Single(typo.Coupons).Reason);
        Assert.Equal(Yuan(100m), forBob.Total);
        Assert.Equal(Yuan(100m), typo.Total);
    }

    [Fact]
    public async Task An_issued_coupon_expires_at_the_end_of_its_validity()
    {
        var coupon = await IssueAsync(Alice, "complaint-1", new CouponTerms { ValidFor = Duration.FromDays(7) });
        var service = Service();

        clock.Advance(Duration.FromDays(7) - Duration.Epsilon);
        var lastMoment = await service.PriceAsync(With(coupon.Code.Text), Alice, Token);
        clock.Advance(Duration.Epsilon);
        var expired = await service.PriceAsync(With(coupon.Code.Text), Alice, Token);

        Assert.Equal(CouponReason.Applied, Assert.Single(lastMoment.Coupons).Reason);
        Assert.Equal(CouponReason.Expired, Assert.Single(expired.Coupons).Reason);
        Assert.Equal(Yuan(100m), expired.Total);
    }

    [Fact]
    public async Task An_issued_coupon_is_used_once_and_a_second_order_is_refused()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");
        var service = Service();
        var cart = With(coupon.Code.Text);
        var first = await service.PriceAsync(cart, Alice, Token);
        var raced = await service.PriceAsync(cart, Alice, Token);

        var recorded = await service.RecordOrderAsync(new OrderId("o-1"), Alice, first, Token);
        var refused = await service.RecordOrderAsync(new OrderId("o-2"), Alice, raced, Token);
        var later = await service.PriceAsync(cart, Alice, Token);

        Assert.True(recorded.Succeeded);
        Assert.Equal(coupon.Code, Assert.Single(recorded.Recorded).Coupon);
        Assert.Equal(UsageRejectionReason.CouponUsedUp, refused.Rejection?.Reason);
        Assert.Equal(Compensation.Id, refused.RejectedPromotion);
        Assert.Equal(CouponReason.UsedUp, Assert.Single(later.Coupons).Reason);
        Assert.Equal(Yuan(100m), later.Total);
    }

    [Fact]
    public async Task Cancelling_the_order_gives_the_issued_coupon_back()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");
        var service = Service();
        var first = await service.PriceAsync(With(coupon.Code.Text), Alice, Token);
        await service.RecordOrderAsync(new OrderId("o-1"), Alice, first, Token);

        await service.CancelOrderAsync(new OrderId("o-1"), Token);
        var again = await service.PriceAsync(With(coupon.Code.Text), Alice, Token);

        Assert.Equal(CouponReason.Applied, Assert.Single(again.Coupons).Reason);
    }

    [Fact]
    public async Task Catalog_and_issued_coupons_combine_in_one_cart()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");

        var priced = await Service().PriceAsync(With("welcome", coupon.Code.Text), Alice, Token);

        Assert.Equal(Yuan(60m), priced.Total);
        Assert.All(priced.Coupons, c => Assert.Equal(CouponReason.Applied, c.Reason));
    }

    [Fact]
    public async Task Without_the_issued_coupon_store_the_service_knows_only_the_catalog()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");

        var priced = await new PromotionService(ShopCatalog, usage, clock).PriceAsync(With(coupon.Code.Text, "WELCOME"), Alice, Token);

        Assert.Equal([CouponReason.Unknown, CouponReason.Applied], priced.Coupons.Select(c => c.Reason));
    }

    [Fact]
    public void The_engine_prices_with_issued_coupons_passed_in()
    {
        var coupon = new Coupon(new CouponCode("SORRY-1"), Compensation.Id) { IssuedTo = Alice.Customer };
        var engine = new PricingEngine(ShopCatalog);

        var withIt = engine.Price(With("sorry-1"), Alice, Now, null, [coupon]);
        var without = engine.Price(With("sorry-1"), Alice, Now);

        Assert.Equal(Yuan(70m), withIt.Total);
        Assert.Equal(CouponReason.Unknown, Assert.Single(without.Coupons).Reason);
    }

    [Fact]
    public void The_catalog_wins_over_an_issued_coupon_with_the_same_code()
    {
        var clash = new Coupon(new CouponCode("welcome"), Compensation.Id);

        var priced = new PricingEngine(ShopCatalog).Price(With("WELCOME"), Alice, Now, null, [clash]);

        Assert.Equal(Welcome.Id, Assert.Single(priced.Coupons).Promotion);
        Assert.Equal(Yuan(90m), priced.Total);
    }

    [Fact]
    public void Issued_coupons_the_catalog_cannot_honour_are_bad_arguments()
    {
        var engine = new PricingEngine(ShopCatalog);
        var stranger = new Coupon(new CouponCode("X-1"), new PromotionId("gone"));
        var twin = new Coupon(new CouponCode("x 1"), Compensation.Id);
        var first = new Coupon(new CouponCode("X-1"), Compensation.Id);

        Assert.Equal("issuedCoupons", Assert.Throws<ArgumentException>(() => engine.Price(With(), Alice, Now, null, [stranger])).ParamName);
        Assert.Equal("issuedCoupons", Assert.Throws<ArgumentException>(() => engine.Price(With(), Alice, Now, null, [first, twin])).ParamName);
        Assert.Equal("issuedCoupons", Assert.Throws<ArgumentNullException>(() => engine.Price(With(), Alice, Now, null, [null!])).ParamName);
    }

    [Fact]
    public async Task An_issued_coupon_whose_promotion_left_the_catalog_reads_as_unknown()
    {
        var coupon = await IssueAsync(Alice, "complaint-1");
        var withoutIt = new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), [Welcome], [WelcomeCoupon]);

        var priced = await new PromotionService(withoutIt, usage, clock, issuedCoupons: issued).PriceAsync(With(coupon.Code.Text), Alice, Token);

        Assert.Equal(CouponReason.Unknown, Assert.Single(priced.Coupons).Reason);
    }
}
