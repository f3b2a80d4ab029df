namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>
/// What reading every explanation costs: the engine's decisions are worded, and a line's adjustment
/// records made, when first read. A storefront that shows every one pays for them; these benchmarks
/// price the same carts (50 promotions, 20 lines) and read nothing, everything, or compare with the
/// hand-written loop, which explains nothing.
/// </summary>
[MemoryDiagnoser]
public class PricingExplanationBenchmarks
{
    private (Cart Cart, Shopper Shopper)[] carts = [];
    private PricingEngine engine = null!;
    private HandWrittenPricer hand = null!;

    /// <summary>Generates the rules and carts and cross-checks the contenders.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var workload = new PricingWorkload(50);
        carts = [.. workload.Carts(PricingBenchmarks.Batch, 20)];
        engine = new PricingEngine(workload.Catalog());
        hand = new HandWrittenPricer(workload.Rules);
        PricingCrossCheck.Verify(engine, carts, ("hand-written loop", hand.Price));
    }

    /// <summary>Pricing, reading only the amounts.</summary>
    /// <returns>The last priced cart.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = PricingBenchmarks.Batch)]
    public PricedCart Engine()
    {
        PricedCart last = null!;
        foreach (var (cart, shopper) in carts)
        {
            last = engine.Price(cart, shopper, PricingWorkload.At);
        }

        return last;
    }

    /// <summary>Pricing, then reading every decision's message and hint and every line's adjustments.</summary>
    /// <returns>The characters and adjustments read.</returns>
    [Benchmark(OperationsPerInvoke = PricingBenchmarks.Batch)]
    public long EngineReadingEveryExplanation()
    {
        var read = 0L;
        foreach (var (cart, shopper) in carts)
        {
            var priced = engine.Price(cart, shopper, PricingWorkload.At);
            foreach (var decision in priced.Decisions)
            {
                read += decision.Message.Length + (decision.Hint?.Length ?? 0);
            }

            foreach (var line in priced.Lines)
            {
                read += line.Adjustments.Count;
            }
        }

        return read;
    }

    /// <summary>The hand-written loop, which explains nothing.</summary>
    /// <returns>The last result.</returns>
    [Benchmark(OperationsPerInvoke = PricingBenchmarks.Batch)]
    public PricingResult HandWritten()
    {
        PricingResult last = null!;
        foreach (var (cart, shopper) in carts)
        {
            last = hand.Price(cart, shopper);
        }

        return last;
    }
}
