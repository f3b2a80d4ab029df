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
    public void The_top_fifth_of_seven_customers_is_two_of_them_the_count_rounded_up()
    {
        // 20% of 7 is 1.4 customers: the top fifth counts 2, so it brings (40 + 30) of 100, not 40.
        decimal[] values = [40m, 30m, 10m, 5m, 5m, 5m, 5m];
        var customers = values.Select((value, i) => Customer(i, value));

        var report = ValuePyramid.Default.Report(customers, Currency.CNY);

        Assert.Equal(Percentage.FromPercent(70m), report.TopFifthShare);
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
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => new ValueTier(level, Percentage.Zero)).ParamName);
        Assert.Equal("cut", Assert.Throws<ArgumentOutOfRangeException>(() => new ValuePyramid((ValueCut)7, ValuePyramid.Default.Tiers)).ParamName);
    }

    [Fact]
    public void By_cumulative_value_ten_equal_customers_split_two_three_three_two()
    {
        var report = ValuePyramid.DefaultByValue.Report(Enumerable.Range(1, 10).Select(i => Customer(i, 10m)), Currency.CNY);

        // Lines at 20, 50 and 80 of 100: a customer joins a level while the value ranked above them is below its line.
        Assert.Equal([2L, 3L, 3L, 2L], report.Pyramid.Levels.Select(l => l.Count));
        Assert.Equal(["platinum", "platinum", "gold"], report.Ranked.Take(3).Select(r => r.Level.Id));
    }

    [Fact]
    public void By_cumulative_value_a_customer_crossing_two_lines_leaves_the_level_between_empty()
    {
        var customers = new[] { Customer(1, 50m), Customer(2, 30m), Customer(3, 10m), Customer(4, 5m), Customer(5, 5m) };

        var report = ValuePyramid.DefaultByValue.Report(customers, Currency.CNY);

        // Customer 1 alone brings 50%: platinum (line 20%); gold's line (50%) is already reached; customer 2 is iron.
        Assert.Equal([3L, 1L, 0L, 1L], report.Pyramid.Levels.Select(l => l.Count));
        Assert.Equal(ValueCut.CumulativeValue, ValuePyramid.DefaultByValue.Cut);
        Assert.All(ValuePyramid.DefaultByValue.Report([Customer(1, 0m), Customer(2, -5m)], Currency.CNY).Ranked, r => Assert.Equal("lead", r.Level.Id));
    }

    [Fact]
    public void By_cumulative_value_each_level_holds_exactly_the_customers_whose_value_above_is_below_its_line()
    {
        var values = Gen.Choose(-50, 5_000).ArrayOf();
        Prop.ForAll(values.ToArbitrary(), raw =>
        {
            var pyramid = ValuePyramid.DefaultByValue;
            var customers = raw.Select((v, i) => Customer(i, v / 10m)).ToArray();
            var report = pyramid.Report(customers, Currency.CNY);
            var valueOf = customers.ToDictionary(c => c.Customer, c => c.Value.Amount);
            var total = customers.Sum(c => c.Value.Amount);
            var lines = pyramid.Tiers.Select((t, i) => pyramid.Tiers.Take(i + 1).Sum(x => x.Share.Fraction) * total).ToArray();
            var tierOf = pyramid.Tiers.Select((t, i) => (t.Level.Id, i)).ToDictionary(x => x.Id, x => x.i);

            Assert.Equal(report.Ranked, pyramid.Report(customers.Reverse(), Currency.CNY).Ranked);
            var above = 0m;
            foreach (var (customer, level) in report.Ranked)
            {
                // Independently: the first tier whose line the value above this customer has not reached.
                var expected = total <= 0 ? lines.Length - 1 : Array.FindIndex(lines[..^1], line => above < line) is var k and >= 0 ? k : lines.Length - 1;
                Assert.Equal(expected, tierOf[level.Id]);
                above += valueOf[customer];
            }

            Assert.Equal(customers.Length == 0 ? 0m : 100m, report.Pyramid.Levels.Sum(l => l.Share.Value));
        }).QuickCheckThrowOnFailure();
    }
}
