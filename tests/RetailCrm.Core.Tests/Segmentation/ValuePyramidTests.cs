namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The customer value pyramid (80/20) and its Pareto share.</summary>
public sealed class ValuePyramidTests
{
    private static CustomerValue Customer(int id, decimal value) => new(new CustomerId($"c-{id:D4}"), Money.Of(value, Currency.CNY));

    [Fact]
    public void A_hundred_customers_split_into_one_platinum_four_gold_fifteen_iron_and_eighty_lead()
    {
        var customers = Enumerable.Range(1, 100).Select(i => Customer(i, i * 10m));

        var report = ValuePyramid.Default.Report(customers, Currency.CNY);

        Assert.Equal([80L, 15L, 4L, 1L], report.Pyramid.Levels.Select(l => l.Count));
        Assert.Equal(new CustomerId("c-0100"), report.Ranked[0].Customer);
        Assert.Equal("platinum", report.Ranked[0].Level.Id);
        Assert.Equal(Money.Of(50_500m, Currency.CNY), report.TotalValue);
        // The top 20 customers bring (810 + ... + 1000) = 18,100 of 50,500.
        Assert.Equal(Percentage.FromPercent(35.84m), report.TopFifthShare);
    }

    [Fact]
    public void A_small_population_still_has_a_platinum_customer_and_no_level_is_overfilled()
    {
        var report = ValuePyramid.Default.Report(Enumerable.Range(1, 3).Select(i => Customer(i, i)), Currency.CNY);

        Assert.Equal([0L, 1L, 1L, 1L], report.Pyramid.Levels.Select(l => l.Count));
        Assert.Empty(ValuePyramid.Default.Report([], Currency.CNY).Ranked);
    }

    [Fact]
    public void Levels_are_monotone_in_value_every_customer_has_one_and_input_order_does_not_matter()
    {
        var values = Gen.Choose(-500, 5_000).ArrayOf();
        Prop.ForAll(values.ToArbitrary(), raw =>
        {
            var customers = raw.Select((v, i) => Customer(i, v / 10m)).ToArray();
            var report = ValuePyramid.Default.Report(customers, Currency.CNY);
            var reversed = ValuePyramid.Default.Report(customers.Reverse(), Currency.CNY);
            var rank = ValuePyramid.Default.Tiers.Select((t, i) => (t.Level, i)).ToDictionary(x => x.Level, x => x.i);
            var valueOf = customers.ToDictionary(c => c.Customer, c => c.Value);

            Assert.Equal(customers.Length, report.Ranked.Count);
            Assert.Equal(customers.Length, report.Ranked.Select(r => r.Customer).Distinct().Count());
            Assert.Equal(report.Ranked, reversed.Ranked);
            for (var i = 1; i < report.Ranked.Count; i++)
            {
                Assert.True(valueOf[report.Ranked[i - 1].Customer] >= valueOf[report.Ranked[i].Customer]);
                Assert.True(rank[report.Ranked[i - 1].Level] <= rank[report.Ranked[i].Level]);
            }

            Assert.Equal(customers.Length == 0 ? 0m : 100m, report.Pyramid.Levels.Sum(l => l.Share.Value));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_populations_and_pyramids_are_refused_by_name()
    {
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => ValuePyramid.Default.Report([Customer(1, 1m), Customer(1, 2m)], Currency.CNY)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => ValuePyramid.Default.Report([new CustomerValue(new CustomerId("u"), Money.Of(1m, Currency.USD))], Currency.CNY)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => ValuePyramid.Default.Report([Customer(1, 1.005m)], Currency.CNY)).ParamName);
        var level = new PyramidLevel("a", "A");
        Assert.Equal("tiers", Assert.Throws<ArgumentException>(() => new ValuePyramid(new ValueTier(level, Percentage.Hundred))).ParamName);
        Assert.Equal("tiers", Assert.Throws<ArgumentException>(() => new ValuePyramid(new ValueTier(level, Percentage.Hundred), new ValueTier(new PyramidLevel("b", "B"), Percentage.Hundred))).ParamName);
        Assert.Equal("customerShare", Assert.Throws<ArgumentOutOfRangeException>(() => new ValueTier(level, Percentage.Zero)).ParamName);
    }
}
