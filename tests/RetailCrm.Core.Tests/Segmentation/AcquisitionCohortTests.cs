namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using static RetailCrm.Tests.Segmentation.SegmentationGen;

/// <summary>The monthly acquisition-cohort table.</summary>
public sealed class AcquisitionCohortTests
{
    private static CustomerOrder On(string customer, int year, int month, int day) =>
        new(new CustomerId(customer), new LocalDate(year, month, day), Money.Of(10m, Currency.USD));

    [Fact]
    public void Customers_are_counted_in_the_month_of_their_first_order_and_in_each_month_they_buy_again()
    {
        CustomerOrder[] orders =
        [
            On("a", 2026, 1, 5), On("a", 2026, 1, 20), On("a", 2026, 3, 1),
            On("b", 2026, 1, 31), On("b", 2026, 2, 1),
            On("c", 2026, 1, 10),
            On("d", 2026, 3, 3), On("d", 2026, 2, 27),
            On("e", 2026, 4, 1),
        ];

        var table = CohortAnalysis.MonthlyCohorts(orders, new LocalDate(2026, 3, 31));

        Assert.Equal([new YearMonth(2026, 1), new YearMonth(2026, 2)], table.Rows.Select(r => r.Month));
        var january = table[new YearMonth(2026, 1)];
        Assert.Equal(3, january.Customers);
        Assert.Equal([3L, 1L, 1L], january.Active);
        Assert.Equal([Percentage.Hundred, Percentage.FromPercent(33.33m), Percentage.FromPercent(33.33m)], january.Retention);
        Assert.Equal([1L, 1L], table[new YearMonth(2026, 2)].Active);
        Assert.Equal("2026-01 (3): 100%, 33.33%, 33.33%", january.ToString());
        Assert.Throws<KeyNotFoundException>(() => table[new YearMonth(2026, 4)]);
    }

    [Fact]
    public void Every_customer_is_in_one_row_active_in_its_first_column_and_the_table_matches_the_definition()
    {
        Prop.ForAll(Histories, history =>
        {
            var table = CohortAnalysis.MonthlyCohorts(history.Orders, Today);

            var known = history.Orders.Where(o => o.Date <= Today).GroupBy(o => o.Customer).ToArray();
            Assert.Equal(known.Length, table.Rows.Sum(r => r.Customers));
            Assert.All(table.Rows, r => Assert.Equal(r.Customers, r.Active[0]));
            Assert.All(table.Rows, r => Assert.Equal(Period.Between(r.Month.OnDayOfMonth(1), Today, PeriodUnits.Months).Months + 1, r.Active.Count));
            Assert.All(table.Rows, r => Assert.All(r.Active, a => Assert.InRange(a, 0, r.Customers)));
            foreach (var row in table.Rows)
            {
                var cohort = known.Where(g => g.Min(o => o.Date).ToYearMonth() == row.Month).ToArray();
                var expected = row.Active.Select((_, k) => (long)cohort.Count(g => g.Any(o => o.Date.ToYearMonth() == row.Month.PlusMonths(k)))).ToArray();
                Assert.Equal(expected, row.Active);
            }

            Assert.Equal(table.ToString(), CohortAnalysis.MonthlyCohorts(history.Shuffled, Today).ToString());
        }).QuickCheckThrowOnFailure();
    }
}
