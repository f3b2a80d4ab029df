namespace RetailCrm.Tests.Promotions;

using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>A flash sale: a thousand customers order at once for a hundred units.</summary>
public sealed class FlashSaleTests
{
    private static readonly Promotion FlashSale = new(new PromotionId("flash"), "Flash sale", Reward.FixedPrice(Yuan(1m)))
    {
        Limits = new PromotionLimits { Stock = 100 },
    };

    private static readonly Promotion Limited = new(new PromotionId("limited"), "Three per customer", Reward.FixedPrice(Yuan(1m)))
    {
        Limits = new PromotionLimits { Stock = 100_000, MaxUsesPerCustomer = 3, MaxUses = 100_000, Budget = Yuan(10_000_000m) },
    };

    [Fact]
    public async Task A_thousand_parallel_orders_for_a_hundred_units_sell_exactly_a_hundred_without_a_single_version_conflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var inner = new InMemoryPromotionUsageStore();
        var store = new CountingUsageStore(inner);

        // One attempt only: a conflict would surface as ConcurrencyConflictException instead of being retried away.
        var service = new PromotionService(Catalog(FlashSale), store, new FakeClock(Now), maxAttempts: 1);
        var shoppers = Enumerable.Range(0, 1_000).Select(n => new Shopper(new CustomerId($"c-{n}"))).ToArray();
        var carts = await Task.WhenAll(shoppers.Select(s => service.PriceAsync(Cart(Line("phone", 1, 999m)), s, ct)));
        Assert.All(carts, c => Assert.True(c.Decision("flash").Applied));
        var loadsForPricing = store.Loads;

        var outcomes = await Task.WhenAll(shoppers.Select((shopper, n) => Task.Run(
            async () =>
            {
                try
                {
                    return (Result: (OrderPromotionsResult?)await service.RecordOrderAsync(new OrderId($"o-{n}"), shopper, carts[n], ct), Error: (Exception?)null);
                }
                catch (ConcurrencyConflictException e)
                {
                    return (Result: (OrderPromotionsResult?)null, Error: (Exception?)e);
                }
            },
            ct)));

        var loadsForRecording = store.Loads - loadsForPricing;
        var usage = await service.GetUsageAsync(FlashSale.Id, ct);
        Assert.DoesNotContain(outcomes, o => o.Error is not null);
        Assert.Equal(100, outcomes.Count(o => o.Result!.Succeeded));
        Assert.Equal(900, outcomes.Count(o => o.Result!.Rejection?.Reason == UsageRejectionReason.StockSoldOut));
        Assert.All(outcomes.Where(o => !o.Result!.Succeeded), o => Assert.Equal(FlashSale.Id, o.Result!.RejectedPromotion));
        Assert.Equal((100L, 100L), (usage.Uses, usage.UnitsSold));

        // Every order loaded once and committed at most once: nothing was ever retried, no commit lost on a version.
        Assert.Equal(1_000, loadsForRecording);
        Assert.Equal(0, store.Conflicts);
        Assert.Equal(100, store.Commits - store.Refusals);
        Assert.Equal(100, inner.Outbox.Count);
    }

    [Fact]
    public async Task Recording_an_order_costs_the_same_records_after_500_orders_as_after_10()
    {
        async Task<int> RecordsLoadedForANewOrderAfterAsync(int earlier)
        {
            var ct = TestContext.Current.CancellationToken;
            var recorder = new RecordingStore(new InMemoryPromotionUsageStore());
            var service = new PromotionService(Catalog(Limited), recorder, new FakeClock(Now));
            for (var n = 0; n < earlier; n++)
            {
                var shopper = new Shopper(new CustomerId($"c-{n}"));
                await service.RecordOrderAsync(new OrderId($"o-{n}"), shopper, await service.PriceAsync(Cart(Line("phone", 1, 999m)), shopper, ct), ct);
            }

            var buyer = new Shopper(new CustomerId("c-new"));
            var priced = await service.PriceAsync(Cart(Line("phone", 1, 999m)), buyer, ct);
            var forPricing = recorder.LastLoaded!.RecordCount;
            Assert.True((await service.RecordOrderAsync(new OrderId("o-new"), buyer, priced, ct)).Succeeded);
            return forPricing + recorder.LastLoaded!.RecordCount;
        }

        Assert.Equal(await RecordsLoadedForANewOrderAfterAsync(10), await RecordsLoadedForANewOrderAfterAsync(500));
    }

    /// <summary>Keeps the last load's result, to count its records.</summary>
    private sealed class RecordingStore(IPromotionUsageStore inner) : IPromotionUsageStore
    {
        public LoadedPromotionUsage? LastLoaded { get; private set; }

        public async Task<LoadedPromotionUsage> LoadAsync(PromotionUsageKeys keys, CancellationToken cancellationToken = default) =>
            LastLoaded = await inner.LoadAsync(keys, cancellationToken);

        public Task<UsageCommitResult> CommitAsync(PromotionUsageChange change, CancellationToken cancellationToken = default) => inner.CommitAsync(change, cancellationToken);

        public Task<IReadOnlyList<PromotionUsageEntry>> ReadHistoryAsync(PromotionId promotion, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadHistoryAsync(promotion, afterSequence, maxCount, cancellationToken);
    }
}
