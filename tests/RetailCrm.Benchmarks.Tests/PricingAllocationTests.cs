namespace RetailCrm.Tests.Benchmarks;

using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>Pricing allocates its result and nothing else: every byte a warm call allocates is held by the priced cart.</summary>
public sealed class PricingAllocationTests
{
    [Theory]
    [InlineData(50, 1)]
    [InlineData(50, 20)]
    [InlineData(50, 100)]
    [InlineData(200, 100)]
    [InlineData(1000, 20)]
    public void A_warm_pricing_allocates_exactly_what_its_priced_cart_holds(int rules, int lines)
    {
        var workload = new PricingWorkload(rules);
        var engine = new PricingEngine(workload.Catalog());
        foreach (var (cart, shopper) in workload.Carts(24, lines))
        {
            // The first call sizes the thread's working state and makes the decisions every cart shares.
            engine.Price(cart, shopper, PricingWorkload.At);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var priced = engine.Price(cart, shopper, PricingWorkload.At);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(ResultFootprint.Bytes(priced, engine, cart, shopper), allocated);
        }
    }

    [Fact]
    public void The_footprint_counts_what_the_result_made_and_not_what_it_shares_with_the_inputs()
    {
        var input = new List<string> { "shared" };
        var made = new long[10];
        var result = new object[] { input, made, input[0] };

        var bytes = ResultFootprint.Bytes(result, input);

        Assert.Equal(ResultFootprint.SizeOf(result) + ResultFootprint.SizeOf(made), bytes);
        Assert.True(ResultFootprint.SizeOf(made) >= 10 * sizeof(long));
    }

    [Fact]
    public void The_footprint_of_a_priced_cart_grows_with_its_lines()
    {
        var workload = new PricingWorkload(50);
        var engine = new PricingEngine(workload.Catalog());
        long Footprint(int lines)
        {
            var (cart, shopper) = workload.Carts(1, lines)[0];
            return ResultFootprint.Bytes(engine.Price(cart, shopper, PricingWorkload.At), engine, cart, shopper);
        }

        Assert.True(Footprint(20) > Footprint(1));
    }
}
