namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>
/// Pricing one cart, side by side: RetailCrm's engine (with allocation and explanations, as
/// shipped), the same rules in Microsoft RulesEngine, and a hand-written loop. Each operation is
/// one cart; a batch of generated carts is priced per invocation. Before any timing the setup
/// proves that all three compute the same amounts on these carts.
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    /// <summary>Carts priced per invocation.</summary>
    public const int Batch = 8;

    private (Cart Cart, Shopper Shopper)[] carts = [];
    private PricingEngine engine = null!;
    private RulesEnginePricer rulesEngine = null!;
    private HandWrittenPricer hand = null!;

    /// <summary>How many promotions.</summary>
    [Params(50, 200, 1000)]
    public int Rules { get; set; }

    /// <summary>Lines per cart.</summary>
    [Params(1, 20, 100)]
    public int Lines { get; set; }

    /// <summary>Generates the rules and carts, builds the contenders and cross-checks them.</summary>
    /// <exception cref="InvalidOperationException">A contender's amounts differ from the engine's.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var workload = new PricingWorkload(Rules);
        carts = [.. workload.Carts(Batch, Lines)];
        engine = new PricingEngine(workload.Catalog());
        rulesEngine = new RulesEnginePricer(workload.Rules);
        hand = new HandWrittenPricer(workload.Rules);
        PricingCrossCheck.Verify(engine, carts, ("RulesEngine", rulesEngine.Price), ("hand-written loop", hand.Price));
    }

    /// <summary>RetailCrm's pricing engine.</summary>
    /// <returns>The last priced cart.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public PricedCart Engine()
    {
        PricedCart last = null!;
        foreach (var (cart, shopper) in carts)
        {
            last = engine.Price(cart, shopper, PricingWorkload.At);
        }

        return last;
    }

    /// <summary>Microsoft RulesEngine with the glue that applies its results (its async calls awaited synchronously).</summary>
    /// <returns>The last result.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    public PricingResult RulesEngine()
    {
        PricingResult last = null!;
        foreach (var (cart, shopper) in carts)
        {
            last = rulesEngine.Price(cart, shopper);
        }

        return last;
    }

    /// <summary>The hand-written loop over rules and lines with penny allocation.</summary>
    /// <returns>The last result.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
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
