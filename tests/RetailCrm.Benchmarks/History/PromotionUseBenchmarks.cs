namespace RetailCrm.Benchmarks.History;

using BenchmarkDotNet.Attributes;
using NodaTime;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// An order's use of a flash-sale promotion (10% off, one per customer, counted stock), recorded
/// and cancelled through <see cref="PromotionService"/>, after <see cref="HistoryBenchmark.Prior"/>
/// earlier orders of other customers used it.
/// </summary>
public class PromotionUseBenchmarks : HistoryBenchmark
{
    private static readonly Sku Item = new("flash-item");

    private static readonly Promotion Flash = new(new PromotionId("flash"), "Flash sale: 10% off", Reward.PercentOff(Percentage.FromPercent(10)))
    {
        Target = ProductSelector.Skus(Item),
        Limits = new PromotionLimits { Stock = int.MaxValue, MaxUsesPerCustomer = 1 },
    };

    private static readonly PromotionCatalog Catalog = new(new PricingOptions(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]), [Flash]);
    private static readonly Cart Cart = new(Currency.CNY, new CartLine(Item, 1, Money.Of(100m, Currency.CNY)));

    private readonly Queue<OrderId> recorded = new();
    private PromotionService service = null!;

    /// <summary>Prices a new customer's cart and records the order's use of the promotion.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<OrderPromotionsResult> RecordOrder() => RecordAsync(Fresh());

    /// <summary>Cancels an order recorded before the iteration, giving its use and unit back.</summary>
    /// <returns>How many promotions the order had used.</returns>
    [Benchmark]
    public Task<int> CancelOrder() => service.CancelOrderAsync(recorded.Dequeue());

    /// <summary>Records as many orders as an iteration cancels, outside the measurement.</summary>
    [IterationSetup(Target = nameof(CancelOrder))]
    public void BeforeCancelling()
    {
        StartIteration(recordsPerCall: 2);
        while (recorded.Count < Calls)
        {
            var n = Fresh();
            var result = RecordAsync(n).GetAwaiter().GetResult();
            Check(result.Succeeded && result.Recorded.Count == 1, $"preparing order {n} failed: {result}");
            recorded.Enqueue(new OrderId($"o{n}"));
        }
    }

    /// <inheritdoc />
    protected override void Seed(int prior)
    {
        service = new PromotionService(Catalog, new InMemoryPromotionUsageStore(), Clock);
        recorded.Clear();
        for (var i = 0; i < prior; i++)
        {
            var result = RecordAsync(-i - 1).GetAwaiter().GetResult();
            Check(result.Succeeded && result.Recorded.Count == 1, $"seeding order {i} failed: {result}");
        }
    }

    private async Task<OrderPromotionsResult> RecordAsync(int n)
    {
        var shopper = new Shopper(new CustomerId($"c{n}"));
        var priced = await service.PriceAsync(Cart, shopper).ConfigureAwait(false);
        return await service.RecordOrderAsync(new OrderId($"o{n}"), shopper, priced).ConfigureAwait(false);
    }
}
