namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using static SegmentationGen;

/// <summary>RFM scores from facts already aggregated per customer.</summary>
public sealed class RfmFactsTests
{
    private static readonly RfmThresholds Fixed = new([30, 90, 180, 365], [2, 3, 5, 10], [Money.Of(100m, Currency.CNY), Money.Of(500m, Currency.CNY), Money.Of(1_000m, Currency.CNY), Money.Of(5_000m, Currency.CNY)]);

    // What a GROUP BY over the window gives: per customer the last order, the count and the spend.
    private static RfmFacts[] FactsOf(IEnumerable<CustomerOrder> orders, RfmModel model) =>
        [.. orders.Where(o => o.Date <= Today && o.Date > Today.PlusDays(-model.WindowDays))
            .GroupBy(o => o.Customer)
            .Select(g => new RfmFacts(g.Key, g.Max(o => o.Date), g.Count(), Money.Of(g.Sum(o => o.Amount.Amount), Currency.CNY)))];

    [Fact]
    public void Facts_score_exactly_as_the_orders_they_aggregate_by_quintiles_and_by_thresholds()
    {
        foreach (var model in new[] { RfmModel.Default, RfmModel.Default.WithThresholds(Fixed), new RfmModel(200, RfmModel.Default.Segments) })
        {
            Prop.ForAll(Histories, h =>
            {
                var fromOrders = model.Score(h.Orders, Today, Currency.CNY);
                var facts = FactsOf(h.Shuffled, model).OrderBy(f => f.Customer.Value, StringComparer.Ordinal);

                Assert.Equal(fromOrders, model.ScoreFacts(facts, Today, Currency.CNY));
            }).QuickCheckThrowOnFailure();
        }
    }

    [Fact]
    public void Results_follow_the_input_order_and_a_customer_scores_the_same_wherever_it_stands()
    {
        var input = Histories.Generator.SelectMany(h => Gen.Shuffle(FactsOf(h.Orders, RfmModel.Default)).Select(s => (Facts: FactsOf(h.Orders, RfmModel.Default), Shuffled: s)));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var scores = RfmModel.Default.ScoreFacts(x.Facts, Today, Currency.CNY);
            var shuffled = RfmModel.Default.ScoreFacts(x.Shuffled, Today, Currency.CNY);

            Assert.Equal(x.Shuffled.Select(f => f.Customer), shuffled.Select(s => s.Customer));
            Assert.Equal(scores.OrderBy(s => s.Customer.Value, StringComparer.Ordinal), shuffled.OrderBy(s => s.Customer.Value, StringComparer.Ordinal));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Each_score_is_one_more_than_five_times_the_share_of_customers_strictly_worse_and_reads_the_same_every_time()
    {
        var row = from days in Gen.Choose(0, 364)
                  from orders in Gen.Choose(1, 9)
                  from quarters in Gen.Choose(-500, 9_000)
                  select (days, orders, quarters);
        var facts = row.ArrayOf().Select(rows => rows.Select((r, i) => new RfmFacts(new CustomerId($"c{i}"), Today.PlusDays(-r.days), r.orders, Money.Of(r.quarters / 4m, Currency.CNY))).ToArray());
        Prop.ForAll(facts.ToArbitrary(), input =>
        {
            var scores = RfmModel.Default.ScoreFacts(input, Today, Currency.CNY);
            var n = input.Length;

            // Independently, by the definition: 1 + floor(5 x (customers strictly worse) / n).
            int Score(Func<RfmFacts, decimal> measure, RfmFacts f, bool lowerIsBetter) =>
                1 + (5 * input.Count(o => lowerIsBetter ? measure(o) > measure(f) : measure(o) < measure(f)) / n);
            for (var i = 0; i < n; i++)
            {
                var f = input[i];
                (int, int, Money, int, int, int) expected = (Period.DaysBetween(f.LastOrder, Today), f.Orders, f.Spend, Score(x => Period.DaysBetween(x.LastOrder, Today), f, true), Score(x => x.Orders, f, false), Score(x => x.Spend.Amount, f, false));
                Assert.Equal(expected, (scores[i].RecencyDays, scores[i].Frequency, scores[i].Monetary, scores[i].R, scores[i].F, scores[i].M));
                Assert.Equal(f.Customer, scores[i].Customer);
                Assert.Equal(scores[i], scores[i]);
            }

            Assert.Equal(Enumerable.Range(0, n).Select(i => scores[i]), scores);
            Assert.Equal(n, scores.Count);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Order_counts_small_or_large_score_by_the_definition()
    {
        // Few orders are counted as the facts are read, many send frequency to selection: both must agree with the definition.
        var orders = Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(200, 100_000)));
        var row = from days in Gen.Choose(0, 364)
                  from count in orders
                  from spend in Gen.Choose(-1_000, 1_000_000)
                  select (days, count, spend);
        var facts = row.ArrayOf().Select(rows => rows.Select((r, i) => new RfmFacts(new CustomerId($"c{i}"), Today.PlusDays(-r.days), r.count, Money.FromMinorUnits(r.spend, Currency.CNY))).ToArray());
        Prop.ForAll(facts.ToArbitrary(), input =>
        {
            var scores = RfmModel.Default.ScoreFacts(input, Today, Currency.CNY);
            var n = input.Length;

            for (var i = 0; i < n; i++)
            {
                var f = input[i];
                var worse = (F: input.Count(o => o.Orders < f.Orders), R: input.Count(o => o.LastOrder < f.LastOrder), M: input.Count(o => o.Spend.Amount < f.Spend.Amount));
                Assert.Equal((1 + (5 * worse.R / n), 1 + (5 * worse.F / n), 1 + (5 * worse.M / n)), (scores[i].R, scores[i].F, scores[i].M));
                Assert.Equal((f.Orders, Period.DaysBetween(f.LastOrder, Today)), (scores[i].Frequency, scores[i].RecencyDays));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_worked_example_scores_five_customers_one_per_quintile()
    {
        var facts = Enumerable.Range(0, 5).Select(i => new RfmFacts(new CustomerId($"c{i}"), Today.PlusDays(-10 * i), 5 - i, Money.Of(100m * (5 - i), Currency.CNY)));

        var scores = RfmModel.Default.ScoreFacts(facts, Today, Currency.CNY);

        Assert.Equal(["c0: RFM 555 champions", "c1: RFM 444 champions", "c2: RFM 333 others", "c3: RFM 222 hibernating", "c4: RFM 111 lost"], scores.Select(s => s.ToString()));
        Assert.Equal((20, 3, Money.Of(300m, Currency.CNY)), (scores[2].RecencyDays, scores[2].Frequency, scores[2].Monetary));
    }

    [Fact]
    public void Facts_that_cannot_come_from_the_window_or_name_a_customer_twice_are_refused_by_name()
    {
        RfmFacts Facts(string id = "a", int daysAgo = 3, int orders = 1, decimal spend = 10m, Currency? currency = null) =>
            new(new CustomerId(id), Today.PlusDays(-daysAgo), orders, Money.Of(spend, currency ?? Currency.CNY));
        RfmFacts[][] bad =
        [
            [Facts(), Facts(spend: 20m)],
            [Facts(orders: 0)],
            [Facts(daysAgo: -1)],
            [Facts(daysAgo: 365)],
            [Facts(spend: 1.234m)],
            [Facts(currency: Currency.USD)],
            [default(RfmFacts)],
        ];

        Assert.Equal("Customer", Assert.Throws<ArgumentException>(() => new RfmFacts(default, Today, 1, Money.Of(1m, Currency.CNY))).ParamName);
        Assert.All(bad, facts => Assert.Equal("customers", Assert.Throws<ArgumentException>(() => RfmModel.Default.ScoreFacts(facts, Today, Currency.CNY)).ParamName));
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => RfmModel.Default.WithThresholds(Fixed).ScoreFacts([], Today, Currency.USD)).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentNullException>(() => RfmModel.Default.ScoreFacts(null!, Today, Currency.CNY)).ParamName);
        Assert.Single(RfmModel.Default.ScoreFacts([Facts(daysAgo: 364), Facts("b", daysAgo: 0, spend: -5m)], Today, Currency.CNY), s => s.RecencyDays == 364);
    }
}
