namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// A flash sale: 1,000 customers order at once, on every core, for 100 units at the promotional
/// price, through <see cref="PromotionService"/> (price, then record the order) and the in-memory
/// store. One call is the whole sale, from a fresh store; it checks that exactly 100 units sold and
/// counts the orders that lost every attempt to a concurrent writer.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
[WarmupCount(2)]
[IterationCount(15)]
public class FlashSaleBenchmarks
{
    /// <summary>Customers who order.</summary>
    public const int Orders = 1_000;

    /// <summary>Units at the promotional price.</summary>
    public const int Units = 100;

    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 0, 0);
    private static readonly Sku Item = new("flash-item");

    private static readonly Promotion Flash = new(new PromotionId("flash-618"), "618 flash sale: 10% off", Reward.PercentOff(Percentage.FromPercent(10)))
    {
        Target = ProductSelector.Skus(Item),
        Limits = new PromotionLimits { Stock = Units, MaxUsesPerCustomer = 1 },
    };

    private static readonly PromotionCatalog Catalog = new(new PricingOptions(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]), [Flash]);
    private static readonly Cart Cart = new(Currency.CNY, new CartLine(Item, 1, Money.Of(100m, Currency.CNY)));

    private PromotionService service = null!;

    /// <summary>Orders that lost every attempt to a concurrent writer in the last sale.</summary>
    public int LostToConflicts { get; private set; }

    /// <summary>A fresh store and service for the next sale.</summary>
    [IterationSetup]
    public void OpenTheSale()
    {
        service = new PromotionService(Catalog, new InMemoryPromotionUsageStore(), new FakeClock(Now), maxAttempts: 100);
    }

    /// <summary>Runs the sale.</summary>
    /// <returns>Units sold.</returns>
    /// <exception cref="InvalidOperationException">Not exactly <see cref="Units"/> units were sold.</exception>
    [Benchmark]
    public async Task<long> Sale()
    {
        long sold = 0;
        var lost = 0;
        await Parallel.ForAsync(0, Orders, async (i, ct) =>
        {
            var shopper = new Shopper(new CustomerId($"c{i}"));
            try
            {
                var priced = await service.PriceAsync(Cart, shopper, ct).ConfigureAwait(false);
                var result = await service.RecordOrderAsync(new OrderId($"o{i}"), shopper, priced, ct).ConfigureAwait(false);
                Interlocked.Add(ref sold, result.Recorded.Sum(u => u.Units));
            }
            catch (ConcurrencyConflictException)
            {
                Interlocked.Increment(ref lost);
            }
        }).ConfigureAwait(false);

        LostToConflicts = lost;
        return sold == Units && lost == 0
            ? sold
            : throw new InvalidOperationException($"The sale sold {sold} units, not {Units}; {lost} orders lost every attempt to a concurrent writer.");
    }
}
