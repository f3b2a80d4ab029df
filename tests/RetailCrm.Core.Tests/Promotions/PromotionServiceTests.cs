namespace RetailCrm.Tests.Promotions;

using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>The promotion service: usage recorded across orders, all or nothing in one commit, and given back on cancellation.</summary>
public sealed class PromotionServiceTests
{
    private static readonly Promotion FlashSale = new(new PromotionId("flash"), "Flash sale", Reward.FixedPrice(Yuan(1m)))
    {
        Limits = new PromotionLimits { Stock = 100 },
    };

    private readonly InMemoryPromotionUsageStore usage = new();

    private static readonly Promotion Budgeted = new(new PromotionId("a-budget"), "Budgeted", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(10m))]))
    {
        Limits = new PromotionLimits { Budget = Yuan(1m) },
    };

    private PromotionService Service(int maxAttempts = 5, params Promotion[] promotions) =>
        new(Catalog(promotions.Length == 0 ? [FlashSale] : promotions), usage, new FakeClock(Now), maxAttempts);

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
    public async Task A_rejected_order_writes_none_of_its_uses()
    {
        // The flash sale (an item promotion) fits; the budget, all of which one order takes, then refuses.
        var service = Service(5, Budgeted, FlashSale);
        var ct = TestContext.Current.CancellationToken;
        var first = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(1), ct);
        var second = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(2), ct);
        await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), first, ct);
        var events = usage.Outbox.Count;

        var result = await service.RecordOrderAsync(new OrderId("o-2"), Customer(2), second, ct);

        Assert.Equal(UsageRejectionReason.BudgetExhausted, result.Rejection?.Reason);
        Assert.Equal(Budgeted.Id, result.RejectedPromotion);
        Assert.Empty(result.Recorded);
        Assert.Equal(1, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
        Assert.Equal(events, usage.Outbox.Count);
    }

    [Fact]
    public async Task An_order_refused_by_a_limit_reached_between_its_load_and_its_commit_writes_nothing()
    {
        // Another order takes the budget after this one loaded the counters: the store refuses its commit as a whole.
        var ct = TestContext.Current.CancellationToken;
        var other = Service(5, Budgeted, FlashSale);
        var otherCart = await other.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(2), ct);
        var store = new CountingUsageStore(usage, async () => Assert.True((await other.RecordOrderAsync(new OrderId("o-2"), Customer(2), otherCart, ct)).Succeeded));
        var service = new PromotionService(Catalog(Budgeted, FlashSale), store, new FakeClock(Now));
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Customer(1), ct);

        var result = await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct);

        Assert.Equal(UsageRejectionReason.BudgetExhausted, result.Rejection?.Reason);
        Assert.Equal("The promotion a-budget has CNY 0.00 of its budget left; the order needs CNY 1.00.", result.Rejection?.Message);
        Assert.Equal((1, 0), (store.Refusals, store.Conflicts));
        Assert.Equal(1, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
        Assert.Equal(2, usage.Outbox.Count);
    }

    [Fact]
    public async Task Recording_an_order_writes_its_uses_and_events_in_one_commit_and_cancelling_releases_them_in_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new CountingUsageStore(usage);
        var service = new PromotionService(Catalog(Budgeted, FlashSale), store, new FakeClock(Now));
        var priced = await service.PriceAsync(Cart(Line("phone", 2, 999m)), Customer(1), ct);

        await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct);
        var released = await service.CancelOrderAsync(new OrderId("o-1"), ct);
        var again = await service.CancelOrderAsync(new OrderId("o-1"), ct);

        Assert.Equal((2, 0), (released, again));
        Assert.Equal(2, store.Commits);
        var events = (await usage.Outbox.ReadAsync(0, 10, ct)).Select(e => e.Event).Cast<PromotionUsageEvent>().ToList();
        Assert.Equal(["PromotionUsed promotion/flash", "PromotionUsed promotion/a-budget", "PromotionReleased promotion/a-budget", "PromotionReleased promotion/flash"], events.Select(e => $"{e.GetType().Name} {e.Stream}"));
        Assert.All(events, e => Assert.Equal(Now, e.At));
        Assert.Equal(0, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold);
        Assert.Equal(2, (await service.GetUsageHistoryAsync(FlashSale.Id, cancellationToken: ct)).Count);
    }

    [Fact]
    public async Task The_same_order_recorded_by_parallel_writers_is_counted_once_and_each_writer_gets_its_uses()
    {
        var ct = TestContext.Current.CancellationToken;
        var service = Service(maxAttempts: 2);
        var priced = await service.PriceAsync(Cart(Line("phone", 2, 999m)), Customer(1), ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => service.RecordOrderAsync(new OrderId("o-1"), Customer(1), priced, ct), ct)));

        Assert.All(results, r => Assert.Equal(2, Assert.Single(r.Recorded).Units));
        Assert.Equal((1L, 2L), ((await service.GetUsageAsync(FlashSale.Id, ct)).Uses, (await service.GetUsageAsync(FlashSale.Id, ct)).UnitsSold));
        Assert.Equal(1, usage.Outbox.Count);
    }

    [Fact]
    public async Task The_same_order_id_recorded_at_once_with_other_figures_is_counted_once_and_the_others_conflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var service = Service(maxAttempts: 2);
        var carts = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => service.PriceAsync(Cart(Line("phone", n, 999m)), Customer(1), ct)));

        var outcomes = await Task.WhenAll(carts.Select(c => Task.Run(
            async () =>
            {
                try
                {
                    return (await service.RecordOrderAsync(new OrderId("o-1"), Customer(1), c, ct)).Succeeded ? 1 : 0;
                }
                catch (OrderRecordConflictException)
                {
                    return 0;
                }
            },
            ct)));

        Assert.Equal(1, outcomes.Sum());
        Assert.Equal(1, (await service.GetUsageAsync(FlashSale.Id, ct)).Uses);
    }

    [Fact]
    public async Task A_single_use_coupon_is_used_once()
    {
        var promotion = new Promotion(new PromotionId("welcome"), "Welcome coupon", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(20m))])) { RequiresCoupon = true };
        var coupon = new Coupon(new CouponCode("WELCOME"), promotion.Id) { MaxUses = 1 };
        var service = new PromotionService(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), [promotion], [coupon]), usage, new FakeClock(Now));
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
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new PromotionService(null!, usage, new FakeClock(Now))).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => Service(maxAttempts: 0)).ParamName);
    }
}
