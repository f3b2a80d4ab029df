namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Segmentation;

/// <summary>Selection finds the value a full sort would put at each rank.</summary>
public sealed class OrderStatisticsTests
{
    [Fact]
    public void Selecting_ranks_in_any_order_gives_the_values_a_sort_would_give()
    {
        var input = Gen.Choose(-20, 20).Select(v => (long)v).ArrayOf().Where(a => a.Length > 0)
            .SelectMany(a => Gen.Choose(0, a.Length - 1).ArrayOf(4).Select(r => (a, r)));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (values, ranks) = x;
            var sorted = values.Order().ToArray();
            var found = new long[ranks.Length];

            OrderStatistics.Select((long[])values.Clone(), ranks, found);

            Assert.Equal(ranks.Select(r => sorted[r]), found);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Counting_or_selecting_without_reordering_gives_the_values_a_sort_would_give()
    {
        var spans = Gen.Elements(10L, 1L << 16, 1L << 40, long.MaxValue / 4);
        var input = spans.SelectMany(span => Gen.Choose(-1_000, 1_000).Zip(Gen.Choose(0, 1_000_000))
                .Select(v => v.Item1 * (span / 1_000) + (v.Item2 % Math.Max(1, span / 1_000_000))).ArrayOf())
            .Where(a => a.Length > 0)
            .SelectMany(a => Gen.Choose(0, a.Length - 1).ArrayOf(4).Select(r => (a, r)));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (values, ranks) = x;
            var before = (long[])values.Clone();
            var sorted = values.Order().ToArray();
            var found = new long[ranks.Length];

            OrderStatistics.SelectUnchanged(values, ranks, found);

            Assert.Equal(ranks.Select(r => sorted[r]), found);
            Assert.Equal(before, values);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Radix_selection_over_the_whole_range_of_long_gives_the_values_a_sort_would_give()
    {
        var extremes = Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, 1L << 40, -(1L << 40));
        var value = Gen.Frequency((1, extremes), (3, Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 62)).Select(v => (long)v.Item1 << v.Item2)));
        var input = value.ArrayOf().Where(a => a.Length > 0)
            .SelectMany(a => Gen.Choose(0, a.Length - 1).ArrayOf(5).Select(r => (a, r)));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (values, ranks) = x;
            var before = (long[])values.Clone();
            var sorted = values.Order().ToArray();
            var found = new long[ranks.Length];

            OrderStatistics.SelectUnchanged(values, sorted[0], sorted[^1], ranks, found);

            Assert.Equal(ranks.Select(r => sorted[r]), found);
            Assert.Equal(before, values);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("equal")]
    [InlineData("ascending")]
    [InlineData("descending")]
    [InlineData("organ pipe")]
    [InlineData("two values")]
    public void Large_awkward_inputs_are_selected_correctly(string shape)
    {
        const int n = 200_001;
        var values = new long[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = shape switch
            {
                "equal" => 7,
                "ascending" => i,
                "descending" => n - i,
                "organ pipe" => Math.Min(i, n - i),
                _ => i % 2,
            };
        }

        var sorted = values.Order().ToArray();
        int[] ranks = [n - 1, 0, n / 2, n / 5, (4 * n) / 5];
        var found = new long[ranks.Length];

        OrderStatistics.Select(values, ranks, found);

        Assert.Equal(ranks.Select(r => sorted[r]), found);
    }
}
