namespace RetailCrm.Tests.Benchmarks;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Benchmarks.Pricing;
using RetailCrm.Promotions;

/// <summary>The three cart-pricing contenders compute the same amounts, so that timing them compares like with like.</summary>
public sealed class PricingComparisonTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(200)]
    public void Engine_RulesEngine_and_the_hand_written_loop_agree_on_every_amount_of_240_carts(int rules)
    {
        var workload = new PricingWorkload(rules);
        var engine = new PricingEngine(workload.Catalog());
        var hand = new HandWrittenPricer(workload.Rules);
        var rulesEngine = new RulesEnginePricer(workload.Rules);
        var carts = workload.Carts(80, 1).Concat(workload.Carts(80, 20)).Concat(workload.Carts(80, 100)).ToArray();

        var compared = PricingCrossCheck.Verify(engine, carts, ("hand-written loop", hand.Price), ("RulesEngine", rulesEngine.Price));

        Assert.Equal(240, compared);
    }

    [Fact]
    public void The_carts_exercise_every_kind_of_rule()
    {
        var workload = new PricingWorkload(50);
        var engine = new PricingEngine(workload.Catalog());
        var kinds = workload.Rules.ToDictionary(r => new PromotionId(r.Id), r => r.Kind);

        var applied = workload.Carts(200, 20)
            .SelectMany(c => engine.Price(c.Cart, c.Shopper, PricingWorkload.At).Applied)
            .Select(d => kinds[d.Promotion])
            .ToHashSet();

        Assert.Equal(Enum.GetValues<PricingRuleKind>().ToHashSet(), applied);
    }

    [Fact]
    public void A_contender_one_cent_off_fails_the_cross_check()
    {
        var workload = new PricingWorkload(50);
        var engine = new PricingEngine(workload.Catalog());
        var hand = new HandWrittenPricer(workload.Rules);
        PricingResult OffByOne(Cart cart, Shopper shopper)
        {
            var right = hand.Price(cart, shopper);
            return right with { LineFinal = [.. right.LineFinal.Select((p, i) => i == 0 ? p - 1 : p)], Total = right.Total - 1 };
        }

        var error = Assert.Throws<InvalidOperationException>(() => PricingCrossCheck.Verify(engine, workload.Carts(1, 20), ("off by one", OffByOne)));

        Assert.Contains("off by one differs from the engine on cart 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_engine_shared_by_two_threads_prices_as_it_does_on_one()
    {
        var workload = new PricingWorkload(50);
        var engine = new PricingEngine(workload.Catalog());
        var carts = workload.Carts(200, 20);
        var sequential = carts.Select(c => PricingResult.From(engine.Price(c.Cart, c.Shopper, PricingWorkload.At))).ToArray();
        var concurrent = new PricingResult[carts.Count];

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            for (var i = t; i < carts.Count; i += 2)
            {
                concurrent[i] = PricingResult.From(engine.Price(carts[i].Cart, carts[i].Shopper, PricingWorkload.At));
            }
        });

        Assert.All(Enumerable.Range(0, carts.Count), i => Assert.True(sequential[i].SameAmounts(concurrent[i]), $"cart {i}"));
    }

    [Fact]
    public void The_workload_is_reproducible_from_its_seed_and_has_50_rules_per_block()
    {
        var a = new PricingWorkload(200, seed: 7);
        var b = new PricingWorkload(200, seed: 7);

        Assert.Equal(200, a.Rules.Count);
        Assert.Equal(200, a.Rules.Select(r => r.Id).Distinct().Count());
        Assert.Equal(a.Rules.Select(r => r.Id), b.Rules.Select(r => r.Id));
        Assert.Equal(a.Carts(5, 20).SelectMany(c => c.Cart.Lines.Select(l => l.ToString())), b.Carts(5, 20).SelectMany(c => c.Cart.Lines.Select(l => l.ToString())));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PricingWorkload(75));
    }

    [Fact]
    public void The_hand_written_loop_agrees_with_the_engine_for_any_seed_and_cart_size()
    {
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Elements(50, 100).ToArbitrary(), Gen.Choose(1, 120).ToArbitrary(), (seed, rules, lines) =>
        {
            var workload = new PricingWorkload(rules, seed);
            PricingCrossCheck.Verify(new PricingEngine(workload.Catalog()), workload.Carts(3, lines), ("hand-written loop", new HandWrittenPricer(workload.Rules).Price));
        }).QuickCheckThrowOnFailure();
    }
}
