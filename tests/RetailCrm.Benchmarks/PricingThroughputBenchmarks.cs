namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>
/// One engine shared by two threads, each pricing its own carts (50 rules, 20 lines): the compiled
/// catalog is immutable, so throughput should scale with the cores. The time is per cart.
/// </summary>
[MemoryDiagnoser]
public class PricingThroughputBenchmarks
{
    private const int PerThread = 64;
    private (Cart Cart, Shopper Shopper)[][] carts = [];
    private PricingEngine engine = null!;
    private HandWrittenPricer hand = null!;

    /// <summary>Generates the carts, one set per thread, and cross-checks the contenders on them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var workload = new PricingWorkload(50);
        carts = [[.. workload.Carts(PerThread, 20)], [.. workload.Carts(PerThread, 20)]];
        engine = new PricingEngine(workload.Catalog());
        hand = new HandWrittenPricer(workload.Rules);
        PricingCrossCheck.Verify(engine, [.. carts.SelectMany(c => c)], ("hand-written loop", hand.Price));
    }

    /// <summary>The engine on one thread.</summary>
    /// <returns>The last priced cart.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * PerThread)]
    public PricedCart EngineOneThread()
    {
        PricedCart last = null!;
        foreach (var set in carts)
        {
            foreach (var (cart, shopper) in set)
            {
                last = engine.Price(cart, shopper, PricingWorkload.At);
            }
        }

        return last;
    }

    /// <summary>The engine on two threads sharing it.</summary>
    /// <returns>The number of carts priced.</returns>
    [Benchmark(OperationsPerInvoke = 2 * PerThread)]
    public int EngineTwoThreads()
    {
        var priced = 0;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            foreach (var (cart, shopper) in carts[t])
            {
                engine.Price(cart, shopper, PricingWorkload.At);
                Interlocked.Increment(ref priced);
            }
        });
        return priced;
    }

    /// <summary>The hand-written loop on two threads sharing its rules.</summary>
    /// <returns>The number of carts priced.</returns>
    [Benchmark(OperationsPerInvoke = 2 * PerThread)]
    public int HandWrittenTwoThreads()
    {
        var priced = 0;
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            foreach (var (cart, shopper) in carts[t])
            {
                hand.Price(cart, shopper);
                Interlocked.Increment(ref priced);
            }
        });
        return priced;
    }
}
