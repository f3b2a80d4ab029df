namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>RFM scores by quintiles and the named segments.</summary>
public sealed class RfmModelTests
{
    private static readonly LocalDate Today = new(2026, 12, 31);

    private static CustomerOrder Order(string customer, int daysAgo, decimal amount) =>
        new(new CustomerId(customer), Today.PlusDays(-daysAgo), Money.Of(amount, Currency.CNY));

    [Fact]
    public void Recency_frequency_and_spend_are_measured_in_the_window_only()
    {
        var scores = RfmModel.Default.Score([Order("a", 3, 10m), Order("a", 30, 20m), Order("a", 400, 99m), Order("a", -1, 5m)], Today, Currency.CNY);

        var a = Assert.Single(scores);
        Assert.Equal((3, 2, Money.Of(30m, Currency.CNY)), (a.RecencyDays, a.Frequency, a.Monetary));
    }

    [Fact]
    public void Ten_customers_with_distinct_values_fill_each_quintile_with_two()
    {
        var orders = Enumerable.Range(0, 10).SelectMany(i => Enumerable.Repeat(Order($"c{i}", 10 * i, 10m * (i + 1)), i + 1));

        var scores = RfmModel.Default.Score(orders, Today, Currency.CNY);

        Assert.All(Enumerable.Range(1, 5), s => Assert.Equal(2, scores.Count(x => x.F == s)));
        Assert.Equal(5, scores.Single(x => x.Customer == new CustomerId("c0")).R);
        Assert.Equal((1, 5, 5), scores.Single(x => x.Customer == new CustomerId("c9")) is var c9 ? (c9.R, c9.F, c9.M) : default);
    }

    [Fact]
    public void Equal_values_always_share_a_score()
    {
        var orders = Enumerable.Range(0, 7).Select(i => Order($"c{i}", 5, 50m));

        var scores = RfmModel.Default.Score(orders, Today, Currency.CNY);

        Assert.All(scores, s => Assert.Equal((1, 1, 1), (s.R, s.F, s.M)));
    }

    [Theory]
    [InlineData(5, 5, "champions")]
    [InlineData(3, 4, "loyal")]
    [InlineData(1, 5, "cannot lose")]
    [InlineData(2, 3, "at risk")]
    [InlineData(5, 1, "new")]
    [InlineData(4, 2, "potential")]
    [InlineData(2, 1, "hibernating")]
    [InlineData(1, 1, "lost")]
    public void The_default_map_names_the_usual_segments(int r, int f, string segment)
    {
        Assert.Equal(segment, RfmModel.Default.Segments.First(rule => rule.Covers(r, f)).Segment);
    }

    [Fact]
    public void Scores_are_balanced_within_one_bucket_when_values_differ_and_never_depend_on_input_order()
    {
        var population = Gen.Choose(1, 200).ArrayOf();
        Prop.ForAll(population.ToArbitrary(), raw =>
        {
            var distinct = raw.Distinct().ToArray();
            var orders = distinct.Select((v, i) => Order($"c{i:D3}", i % 300, v)).ToArray();
            var scores = RfmModel.Default.Score(orders, Today, Currency.CNY);
            var shuffled = RfmModel.Default.Score(orders.Reverse(), Today, Currency.CNY);

            Assert.Equal(scores, shuffled);
            Assert.Equal(distinct.Length, scores.Count);
            var perScore = Enumerable.Range(1, 5).Select(s => scores.Count(x => x.M == s)).ToArray();
            if (distinct.Length >= 5)
            {
                Assert.True(perScore.Max() - perScore.Min() <= 1, string.Join(",", perScore));
            }

            Assert.All(scores, s => Assert.InRange(s.R, 1, 5));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_orders_and_settings_are_refused_by_name()
    {
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => RfmModel.Default.Score([new CustomerOrder(new CustomerId("a"), Today, Money.Of(1m, Currency.USD))], Today, Currency.CNY)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmModel(0, [])).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSegmentRule("x", (0, 2), (1, 1))).ParamName);
    }

    private static readonly RfmThresholds Fixed = new([30, 90, 180, 365], [2, 3, 5, 10], [Money.Of(100m, Currency.CNY), Money.Of(500m, Currency.CNY), Money.Of(1_000m, Currency.CNY), Money.Of(5_000m, Currency.CNY)]);

    [Theory]
    [InlineData(30, 1, 99.99, 5, 1, 1)]
    [InlineData(31, 2, 100, 4, 2, 2)]
    [InlineData(90, 3, 500, 4, 3, 3)]
    [InlineData(180, 5, 999.99, 3, 4, 3)]
    [InlineData(181, 9, 1_000, 2, 4, 4)]
    [InlineData(364, 10, 5_000, 2, 5, 5)]
    public void Fixed_thresholds_score_each_customer_on_their_own_values(int daysAgo, int orders, double spend, int r, int f, int m)
    {
        var model = RfmModel.Default.WithThresholds(Fixed);
        var own = Enumerable.Range(0, orders).Select(i => Order("a", daysAgo, i == 0 ? (decimal)spend : 0m));

        var score = Assert.Single(model.Score(own, Today, Currency.CNY));

        Assert.Equal((r, f, m), (score.R, score.F, score.M));
        Assert.Same(Fixed, model.Thresholds);
        Assert.Null(RfmModel.Default.Thresholds);
    }

    [Fact]
    public void Fixed_scores_do_not_depend_on_the_rest_of_the_population_and_rise_with_the_values()
    {
        var model = RfmModel.Default.WithThresholds(Fixed);
        var orders = Gen.Choose(0, 400).Zip(Gen.Choose(0, 6_000)).ArrayOf();
        Prop.ForAll(orders.ToArbitrary(), raw =>
        {
            var all = raw.Select((o, i) => Order($"c{i % 7}", o.Item1 % 365, o.Item2)).ToArray();
            var together = model.Score(all, Today, Currency.CNY);
            foreach (var score in together)
            {
                var alone = Assert.Single(model.Score(all.Where(o => o.Customer == score.Customer), Today, Currency.CNY));
                Assert.Equal(score, alone);
            }

            foreach (var a in together)
            {
                Assert.All(together.Where(b => b.Frequency >= a.Frequency), b => Assert.True(b.F >= a.F));
                Assert.All(together.Where(b => b.Monetary >= a.Monetary), b => Assert.True(b.M >= a.M));
                Assert.All(together.Where(b => b.RecencyDays <= a.RecencyDays), b => Assert.True(b.R >= a.R));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quintile_scores_equal_one_plus_five_times_the_share_strictly_worse()
    {
        var orders = Gen.Choose(0, 30).Zip(Gen.Choose(1, 40)).ArrayOf();
        Prop.ForAll(orders.ToArbitrary(), raw =>
        {
            var scores = RfmModel.Default.Score(raw.Select((o, i) => Order($"c{i % 61:D2}", o.Item1, o.Item2)), Today, Currency.CNY);
            var n = scores.Count;
            int Expected(int worse) => Math.Min(5, 1 + (5 * worse / n));
            Assert.All(scores, s =>
            {
                Assert.Equal(Expected(scores.Count(o => o.RecencyDays > s.RecencyDays)), s.R);
                Assert.Equal(Expected(scores.Count(o => o.Frequency < s.Frequency)), s.F);
                Assert.Equal(Expected(scores.Count(o => o.Monetary < s.Monetary)), s.M);
                Assert.Equal(RfmModel.Default.Segments.FirstOrDefault(rule => rule.Covers(s.R, s.F))?.Segment ?? RfmModel.Others, s.Segment);
            });
            Assert.Equal(scores.OrderBy(s => s.Customer.Value, StringComparer.Ordinal), scores);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Thresholds_that_do_not_ascend_or_do_not_match_the_currency_are_refused_by_name()
    {
        Money[] money = [Money.Of(1m, Currency.CNY), Money.Of(2m, Currency.CNY), Money.Of(3m, Currency.CNY), Money.Of(4m, Currency.CNY)];
        Assert.Equal("recencyDays", Assert.Throws<ArgumentException>(() => new RfmThresholds([30, 30, 60, 90], [1, 2, 3, 4], money)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => new RfmThresholds([1, 2, 3, 4], [0, 2, 3, 4], money)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => new RfmThresholds([1, 2, 3, 4], [1, 2, 3], money)).ParamName);
        Assert.Equal("monetary", Assert.Throws<ArgumentException>(() => new RfmThresholds([1, 2, 3, 4], [1, 2, 3, 4], [.. money[..3], Money.Of(4m, Currency.USD)])).ParamName);
        Assert.Equal("monetary", Assert.Throws<ArgumentException>(() => new RfmThresholds([1, 2, 3, 4], [1, 2, 3, 4], [.. money.Reverse()])).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => RfmModel.Default.WithThresholds(Fixed).Score([], Today, Currency.USD)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => RfmModel.Default.WithThresholds(null!)).ParamName);
    }
}
