namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary><see cref="PromotionService.RecordOrderAsync"/> checks an order recorded again against what it recorded.</summary>
public sealed class OrderRecordingTests
{
    private static readonly OrderId Order = new("o-1");

    private static readonly Promotion Phones = new(new PromotionId("phones"), "Phones 10% off", Reward.PercentOff(Percentage.FromPercent(10m)))
    {
        Target = ProductSelector.Skus(new Sku("phone")),
        Limits = new PromotionLimits { Stock = 1_000 },
    };

    private static readonly Promotion Spend = new(new PromotionId("spend-500"), "CNY 20 off from CNY 500", Reward.SpendThreshold([new SpendTier(Yuan(500m), Yuan(20m))]))
    {
        Limits = new PromotionLimits { Budget = Yuan(100_000m) },
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recording_the_identical_order_again_returns_the_same_uses_and_changes_no_counter()
    {
        var (service, repository) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 2, 999m)), Shopper("c-1"), Token);
        var first = await service.RecordOrderAsync(Order, Shopper("c-1"), priced, Token);
        var counters = await Counters(service);

        var again = await service.RecordOrderAsync(Order, Shopper("c-1"), priced, Token);

        Assert.Equal(2, first.Recorded.Count);
        Assert.Equal(first.Recorded, again.Recorded);
        Assert.True(again.Succeeded);
        Assert.Equal(counters, await Counters(service));
        Assert.Equal(2, repository.Outbox.Count);
    }

    [Fact]
    public async Task An_order_recorded_again_for_another_shopper_throws_naming_the_shopper_and_changes_nothing()
    {
        var (service, _) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-1"), Token);
        await service.RecordOrderAsync(Order, Shopper("c-1"), priced, Token);
        var counters = await Counters(service);

        var pricedForAnother = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-2"), Token);

        var error = await Assert.ThrowsAsync<OrderRecordConflictException>(() => service.RecordOrderAsync(Order, Shopper("c-2"), pricedForAnother, Token));

        Assert.Equal(Order, error.Order);
        Assert.Equal(["shopper: c-1 recorded, c-2 now"], error.Differences);
        Assert.Contains("shopper: c-1 recorded, c-2 now", error.Message, StringComparison.Ordinal);
        Assert.Equal(counters, await Counters(service));
    }

    [Fact]
    public async Task A_cart_priced_for_one_customer_is_never_recorded_for_another()
    {
        var (service, _) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-1"), Token);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => service.RecordOrderAsync(Order, Shopper("c-2"), priced, Token));

        Assert.Equal("priced", error.ParamName);
        Assert.Contains("c-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(new CustomerId("c-1"), priced.Customer);
        Assert.Equal(0, (await service.GetUsageAsync(Phones.Id, Token)).Uses);
        Assert.Equal(0, (await service.GetUsageAsync(Spend.Id, Token)).Uses);
    }

    [Fact]
    public async Task An_order_recorded_again_with_a_cart_that_uses_no_promotion_throws_instead_of_reporting_no_use()
    {
        var (service, _) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-1"), Token);
        await service.RecordOrderAsync(Order, Shopper("c-1"), priced, Token);
        var plain = await service.PriceAsync(Cart(Line("case", 1, 50m)), Shopper("c-1"), Token);

        var error = await Assert.ThrowsAsync<OrderRecordConflictException>(() => service.RecordOrderAsync(Order, Shopper("c-1"), plain, Token));

        Assert.Equal(["promotions used: [phones, spend-500] recorded, [] now"], error.Differences);
        Assert.Equal(1, (await service.GetUsageAsync(Phones.Id, Token)).Uses);
    }

    [Fact]
    public async Task An_order_recorded_again_with_other_figures_throws_naming_each_field()
    {
        var (service, _) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-1"), Token);
        await service.RecordOrderAsync(Order, Shopper("c-1"), priced, Token);
        var more = await service.PriceAsync(Cart(Line("phone", 2, 999m)), Shopper("c-1"), Token);
        var fewer = await service.PriceAsync(Cart(Line("phone", 1, 400m)), Shopper("c-1"), Token);

        var units = await Assert.ThrowsAsync<OrderRecordConflictException>(() => service.RecordOrderAsync(Order, Shopper("c-1"), more, Token));
        var promotions = await Assert.ThrowsAsync<OrderRecordConflictException>(() => service.RecordOrderAsync(Order, Shopper("c-1"), fewer, Token));

        Assert.Equal(["phones units: 1 recorded, 2 now", "phones discount: CNY 99.90 recorded, CNY 199.80 now"], units.Differences);
        Assert.Equal(["promotions used: [phones, spend-500] recorded, [phones] now", "phones discount: CNY 99.90 recorded, CNY 40.00 now"], promotions.Differences);
        Assert.Equal((1, 1L), ((await service.GetUsageAsync(Phones.Id, Token)).Uses, (await service.GetUsageAsync(Phones.Id, Token)).UnitsSold));
    }

    [Fact]
    public async Task A_default_order_is_a_bad_argument()
    {
        var (service, _) = Service();
        var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), Shopper("c-1"), Token);

        Assert.Equal("order", (await Assert.ThrowsAsync<ArgumentException>(() => service.RecordOrderAsync(default, Shopper("c-1"), priced, Token))).ParamName);
    }

    [Fact]
    public void Recording_an_order_twice_is_a_no_op_and_recording_another_cart_under_its_id_always_throws_and_moves_no_counter()
    {
        var carts = Gen.Choose(1, 3).Zip(Gen.Choose(0, 3)).Zip(Gen.Elements(400m, 999m)).Zip(Gen.Elements("c-1", "c-2"));
        Prop.ForAll(carts.ToArbitrary(), carts.ToArbitrary(), (first, second) =>
        {
            var (service, _) = Service();
            var ((firstPhones, firstCases), firstPrice) = first.Item1;
            var ((secondPhones, secondCases), secondPrice) = second.Item1;
            var a = service.PriceAsync(CartOf(firstPhones, firstCases, firstPrice), Shopper(first.Item2), Token).Result;
            var b = service.PriceAsync(CartOf(secondPhones, secondCases, secondPrice), Shopper(second.Item2), Token).Result;
            var recorded = service.RecordOrderAsync(Order, Shopper(first.Item2), a, Token).Result;
            var counters = Counters(service).Result;

            var replay = service.RecordOrderAsync(Order, Shopper(first.Item2), a, Token).Result;
            Assert.Equal(recorded.Recorded, replay.Recorded);
            Assert.Equal(counters, Counters(service).Result);

            // The same order iff the same shopper and the same uses of the promotions that keep a ledger.
            var same = first.Item2 == second.Item2 && Uses(a).SequenceEqual(Uses(b));
            if (same)
            {
                Assert.Equal(recorded.Recorded, service.RecordOrderAsync(Order, Shopper(second.Item2), b, Token).Result.Recorded);
            }
            else
            {
                var error = Assert.Throws<AggregateException>(() => service.RecordOrderAsync(Order, Shopper(second.Item2), b, Token).Result);
                Assert.IsType<OrderRecordConflictException>(error.InnerException);
            }

            Assert.Equal(counters, Counters(service).Result);
        }).QuickCheckThrowOnFailure();
    }

    private static (PromotionService Service, InMemoryPromotionUsageStore Repository) Service()
    {
        var repository = new InMemoryPromotionUsageStore();
        return (new PromotionService(Catalog(Phones, Spend), repository, new FakeClock(Now)), repository);
    }

    private static Shopper Shopper(string id) => new(new CustomerId(id));

    private static Cart CartOf(int phones, int cases, decimal price) =>
        cases == 0 ? Cart(Line("phone", phones, price)) : Cart(Line("phone", phones, price), Line("case", cases, 50m));

    private static IEnumerable<(PromotionId, long, Money)> Uses(PricedCart priced) =>
        priced.Decisions.Where(d => d.Applied).Select(d => (d.Promotion, d.Units, d.Discount)).OrderBy(u => u.Promotion.Value, StringComparer.Ordinal);

    private static async Task<string> Counters(PromotionService service)
    {
        var text = new List<string>();
        foreach (var promotion in new[] { Phones, Spend })
        {
            var totals = await service.GetUsageAsync(promotion.Id, Token);
            var history = await service.GetUsageHistoryAsync(promotion.Id, cancellationToken: Token);
            text.Add($"{promotion.Id}: {totals.Uses} uses, {totals.UnitsSold} units, {totals.DiscountGiven}, "
                + string.Join(",", history.Select(e => $"{e.Sequence}:{e.Event.GetType().Name}:{e.Event.Use.Order}/{e.Event.Use.Customer}/{e.Event.Use.Units}/{e.Event.Use.Discount}")));
        }

        return string.Join(" | ", text);
    }
}
