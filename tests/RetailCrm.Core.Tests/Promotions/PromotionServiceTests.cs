namespace RetailCrm.Tests.Promotions;

using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>The promotion service: usage recorded across orders, all or nothing, and given back on cancellation.</summary>
public sealed class PromotionServiceTests
{
    private static readonly Promotion FlashSale = new(new PromotionId("flash"), "Flash sale", Reward.FixedPrice(Yuan(1m)))
    {
        Limits = new PromotionLimits { Stock = 100 },
    };

    private readonly InMemoryPromotionUsageRepository repository = new();

    private PromotionService Service(int maxAttempts = 5, params Promotion[] promotions) =>
        new(Catalog(promotions.Length == 0 ? [FlashSale] : promotions), repository, new FakeClock(Now), maxAttempts);

    private static Shopper Customer(int n) => new(new CustomerId($"c-{n}"));

    [Fact]
    public async Task Exactly_the_flash_sale_stock_is_sold_however_many_orders_race_for_it()
    {
        var service = Service(maxAttempts: 100);
        var ct = TestContext.Current.CancellationToken;

        var orders = Enumerable.Range(0, 250).Select(n => Task.Run(
            async () =>
            {
                var shopper = Customer(n);
                var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), shopper, ct);
                return await service.RecordOrderAsync(new OrderId($"o-{n}"), shopper, priced, ct);
            },
            ct));
        var results = await Task.WhenAll(orders);

        var ledger = await service.GetUsageAsync(FlashSale.Id, ct);
        Assert.Equal(100, ledger.UnitsSold);
        Assert.Equal(100, results.Where(r => r.Succeeded).Sum(r => r.Recorded.Sum(u => u.Units)));
        Assert.Equal(100, ledger.Uses);
    }

    [Fact]
    public async Task An_order_priced_before_the_last_unit_went_is_refused_when_recorded()
    {
        var service = Service();
        var ct = TestContext.Current.CancellationToken;
        var late = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(1), ct);
        var bulk = await service.PriceAsync(Cart(Line("phone", 100, 999m)), Customer(2), ct);
        Assert.True((await service.RecordOrderAsync(new OrderId("o-bulk"), Customer(2), bulk, ct)).Succeeded);

        var result = await service.RecordOrderAsync(new OrderId("o-late"), Customer(1), late, ct);
        var repriced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(1), ct);

        Assert.Equal(UsageRejectionReason.StockSoldOut, result.Rejection?.Reason);
        Assert.Equal(FlashSale.Id, result.RejectedPromotion);
        Assert.Equal(PromotionReason.StockSoldOut, repriced.Decision("flash").Reason);
    }

    [Fact]
    public async Task Cancelling_an_order_gives_its_units_back()
    {
        var service = Service();
        var ct = TestContext.Current.CancellationToken;
        var priced = await service.PriceAsync(Cart(Line("phone", 100, 999m)), Customer(1), ct);
        await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct);

        var released = await service.CancelOrderAsync(new OrderId("o-1"), ct);
        var again = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(2), ct);

        Assert.Equal(1, released);
        Assert.Equal(0, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
        Assert.True(again.Decision("flash").Applied);
    }

    [Fact]
    public async Task Recording_the_same_order_twice_counts_it_once()
    {
        var service = Service();
        var ct = TestContext.Current.CancellationToken;
        var priced = await service.PriceAsync(Cart(Line("phone", 2, 999m)), Customer(1), ct);

        await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct);
        var second = await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct);

        Assert.True(second.Succeeded);
        Assert.Equal(2, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
    }

    [Fact]
    public async Task A_rejected_order_gives_back_what_it_had_already_taken()
    {
        // The flash sale (an item promotion) is recorded first; the budget, all of which one order takes, then refuses.
        var budget = new Promotion(new PromotionId("a-budget"), "Budgeted", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(10m))]))
        {
            Limits = new PromotionLimits { Budget = Yuan(1m) },
        };
        var service = Service(5, budget, FlashSale);
        var ct = TestContext.Current.CancellationToken;
        var first = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(1), ct);
        var second = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(2), ct);
        await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), first, ct);

        var result = await service.RecordOrderAsync(new OrderId("o-2"), Customer(2), second, ct);

        Assert.Equal(UsageRejectionReason.BudgetExhausted, result.Rejection?.Reason);
        Assert.Empty(result.Recorded);
        Assert.Equal(1, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
    }

    [Fact]
    public async Task A_single_use_coupon_is_used_once()
    {
        var promotion = new Promotion(new PromotionId("welcome"), "Welcome coupon", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(20m))])) { RequiresCoupon = true };
        var coupon = new Coupon(new CouponCode("WELCOME"), promotion.Id) { MaxUses = 1 };
        var service = new PromotionService(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), [promotion], [coupon]), repository, new FakeClock(Now));
        var ct = TestContext.Current.CancellationToken;
        var cart = new Cart(Currency.CNY, Line("a", 1, 100m)) { Coupons = [new CouponCode("WELCOME")] };
        var first = await service.PriceAsync(cart, Customer(1), ct);
        var raced = await service.PriceAsync(cart, Customer(2), ct);

        Assert.True((await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), first, ct)).Succeeded);
        var refused = await service.RecordOrderAsync(new OrderId("o-2"), Customer(2), raced, ct);
        var later = await service.PriceAsync(cart, Customer(3), ct);

        Assert.Equal(UsageRejectionReason.CouponUsedUp, refused.Rejection?.Reason);
        Assert.Equal(CouponReason.UsedUp, Assert.Single(later.Coupons).Reason);
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new PromotionService(null!, repository, new FakeClock(Now))).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => Service(maxAttempts: 0)).ParamName);
    }
}
