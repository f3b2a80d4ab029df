namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The value report counts from cut points and ranks its customers when first read, exactly as a full sort would.</summary>
public sealed class ValuePyramidRankingTests
{
    // Values with many ties, ids in random order, so ties are broken by id.
    private static readonly Arbitrary<CustomerValue[]> Populations =
        Gen.Choose(0, 60).SelectMany(n => Gen.Choose(-20, 40).ArrayOf(n).SelectMany(values => Gen.Shuffle(Enumerable.Range(0, n).ToArray())
            .Select(ids => values.Select((v, i) => new CustomerValue(new CustomerId($"c{ids[i] * 7 % 101}-{ids[i]}"), Money.Of(v / 4m, Currency.CNY))).ToArray())))
        .ToArbitrary();

    [Fact]
    public void Counts_Pareto_share_and_the_ranking_read_later_are_those_of_a_full_sort()
    {
        Prop.ForAll(Populations, customers =>
        {
            foreach (var pyramid in new[] { ValuePyramid.Default, ValuePyramid.DefaultByValue, new ValuePyramid(new ValueTier(new PyramidLevel("top", "Top"), Percentage.FromPercent(37)), new ValueTier(new PyramidLevel("rest", "Rest"), Percentage.Hundred)) })
            {
                var report = pyramid.Report(customers, Currency.CNY);

                // Independently: sort everyone by value, highest first, ties by id ordinally.
                var sorted = customers.OrderByDescending(c => c.Value.Amount).ThenBy(c => c.Customer.Value, StringComparer.Ordinal).ToArray();
                var top = (int)Math.Ceiling(customers.Length * 0.2m);
                var total = customers.Sum(c => c.Value.Amount);
                var share = total > 0 ? Math.Max(0m, decimal.Round(sorted.Take(top).Sum(c => c.Value.Amount) / total, 4)) : 0m;
                Assert.Equal(Percentage.FromFraction(share), report.TopFifthShare);
                Assert.Equal(Money.Of(total, Currency.CNY), report.TotalValue);
                Assert.Equal(customers.Length, report.Ranked.Count);
                Assert.Equal(sorted.Select(c => c.Customer), report.Ranked.Select(r => r.Customer));

                // Each level's count is the number of ranked customers on it, and a second read gives the same list.
                var levelCounts = report.Ranked.GroupBy(r => r.Level.Id).ToDictionary(g => g.Key, g => (long)g.Count());
                Assert.All(report.Pyramid.Levels, l => Assert.Equal(levelCounts.GetValueOrDefault(l.Level.Id), l.Count));
                Assert.Equal(report.Ranked, report.Ranked.ToArray());
                Assert.Equal(report.Ranked.Select((r, i) => r), Enumerable.Range(0, report.Ranked.Count).Select(i => report.Ranked[i]));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_ranking_is_a_snapshot_of_the_input_when_the_report_was_made()
    {
        var customers = Enumerable.Range(1, 50).Select(i => new CustomerValue(new CustomerId($"c{i:D2}"), Money.Of(i, Currency.CNY))).ToArray();
        var report = ValuePyramid.Default.Report(customers, Currency.CNY);

        Array.Reverse(customers);
        customers[0] = new CustomerValue(new CustomerId("late"), Money.Of(1_000m, Currency.CNY));

        Assert.Equal(new CustomerId("c50"), report.Ranked[0].Customer);
        Assert.Equal("platinum", report.Ranked[0].Level.Id);
        Assert.DoesNotContain(report.Ranked, r => r.Customer.Value == "late");
    }

    [Fact]
    public void A_repeated_customer_is_refused_when_the_report_is_made_not_when_it_is_read()
    {
        var customers = Enumerable.Range(0, 3_000).Select(i => new CustomerValue(new CustomerId($"c{i % 2_999}"), Money.Of(i, Currency.CNY)));

        Assert.Equal("customers", Assert.Throws<ArgumentException>(() => ValuePyramid.Default.Report(customers, Currency.CNY)).ParamName);
    }
}
