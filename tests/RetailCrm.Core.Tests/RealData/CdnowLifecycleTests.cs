namespace RetailCrm.Tests.RealData;

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using RetailCrm.Tests.Segmentation;

/// <summary>Lifecycle stages and retention of the 23,570 real CDNOW customers (1997-98), checked against a computation straight from the raw file.</summary>
public sealed class CdnowLifecycleTests
{
    private static readonly LocalDate End = new(1998, 6, 30);

    private static CustomerOrder[] ReadOrders() =>
        [.. File.ReadLines(HoldoutData.File("cdnow/CDNOW_master.txt")).Skip(1).Select(line =>
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var date = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(fields[1]).Value;
            return new CustomerOrder(new CustomerId(fields[0]), date, Money.Of(decimal.Parse(fields[3], CultureInfo.InvariantCulture), Currency.USD));
        })];

    [Fact]
    public void The_stages_of_the_CDNOW_customers_at_the_end_of_the_data_are_those_of_a_per_customer_reading_of_the_rules()
    {
        var orders = ReadOrders();

        var report = LifecycleModel.Default.Classify(orders, End, Currency.USD);

        var expected = orders.GroupBy(o => o.Customer).ToDictionary(g => g.Key, g => LifecycleModelTests.NaiveStage([.. g], at: End));
        Assert.Equal(23_570, report.Customers.Count);
        Assert.All(report.Customers, c => Assert.Equal(expected[c.Customer], c.Stage));
        // Every customer joined in the first quarter of 1997, so nobody is new 15 months later; two in three have left.
        Assert.Equal([0L, 3_255L, 611L, 4_466L, 15_238L], Enum.GetValues<LifecycleStage>().Select(s => report[s].Count));
        Assert.Equal(Percentage.FromPercent(64.65m), report[LifecycleStage.Lost].Share);
    }

    [Fact]
    public void Retention_of_the_CDNOW_customers_over_the_first_half_of_1998_is_that_of_the_raw_file()
    {
        var orders = ReadOrders();
        var from = new LocalDate(1998, 1, 1);

        var report = CohortAnalysis.Default.Measure(orders, from, End);

        var cohort = orders.Where(o => o.Date >= from.PlusDays(-365) && o.Date < from).Select(o => o.Customer).ToHashSet();
        var buyers = orders.Where(o => o.Date >= from).GroupBy(o => o.Customer).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(cohort.Count, report.CohortCustomers);
        Assert.Equal(cohort.Count(buyers.ContainsKey), report.RetainedCustomers);
        Assert.Equal(buyers.Count, report.ActiveCustomers);
        Assert.Equal(buyers.Values.Count(n => n >= 2), report.RepeatCustomers);
        Assert.Equal(0L, report.NewCustomers);
        Assert.Equal(Percentage.FromPercent(decimal.Round(100m * report.RetainedCustomers / report.CohortCustomers, 2, MidpointRounding.AwayFromZero)), report.Retention);
        Assert.Equal("1998-01-01..1998-06-30: retention 22.8% (5374 of 23570), churn 77.2%, active 5374 (new 0, reactivated 0), repeat 50.11% (2693)", report.ToString());
    }

    [Fact]
    public void The_CDNOW_acquisition_cohorts_are_the_first_quarter_of_1997_with_the_raw_file_monthly_buyers()
    {
        var orders = ReadOrders();

        var table = CohortAnalysis.MonthlyCohorts(orders, End);

        var first = orders.GroupBy(o => o.Customer).ToDictionary(g => g.Key, g => g.Min(o => o.Date).ToYearMonth());
        Assert.Equal([new YearMonth(1997, 1), new YearMonth(1997, 2), new YearMonth(1997, 3)], table.Rows.Select(r => r.Month));
        Assert.Equal(23_570, table.Rows.Sum(r => r.Customers));
        foreach (var row in table.Rows)
        {
            var active = orders.Where(o => first[o.Customer] == row.Month).Select(o => (o.Customer, o.Date.ToYearMonth())).Distinct()
                .GroupBy(x => Period.Between(row.Month.OnDayOfMonth(1), x.Item2.OnDayOfMonth(1), PeriodUnits.Months).Months)
                .ToDictionary(g => g.Key, g => (long)g.Count());
            Assert.Equal(Enumerable.Range(0, row.Active.Count).Select(k => active.GetValueOrDefault(k)), row.Active);
        }
    }
}
