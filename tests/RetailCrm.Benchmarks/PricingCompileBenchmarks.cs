namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>
/// Building a set of 200 promotions for pricing: RetailCrm's catalog and engine (validation and
/// evaluation order), against RulesEngine's setup and the first run of each workflow (when it
/// parses and compiles the expressions).
/// </summary>
[MemoryDiagnoser]
public class PricingCompileBenchmarks
{
    private IReadOnlyList<Promotion> promotions = [];
    private IReadOnlyList<Coupon> coupons = [];
    private PricingWorkload workload = null!;
    private (Cart Cart, Shopper Shopper) cart;

    /// <summary>Generates the promotions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        workload = new PricingWorkload(200);
        promotions = workload.Promotions();
        coupons = workload.Coupons();
        cart = workload.Carts(1, 20)[0];
    }

    /// <summary>RetailCrm: a catalog of 200 promotions and its engine.</summary>
    /// <returns>The engine.</returns>
    [Benchmark(Baseline = true)]
    public PricingEngine CatalogAndEngine() => new(new PromotionCatalog(PricingWorkload.Options, promotions, coupons));

    /// <summary>RulesEngine: the workflows of 200 rules, compiled by pricing a first cart.</summary>
    /// <returns>The first result.</returns>
    [Benchmark]
    public PricingResult RulesEngineFirstCart() => new RulesEnginePricer(workload.Rules).Price(cart.Cart, cart.Shopper);
}
