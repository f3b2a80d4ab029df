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
}
