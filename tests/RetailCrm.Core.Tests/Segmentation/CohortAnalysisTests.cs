namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using static RetailCrm.Tests.Segmentation.SegmentationGen;

/// <summary>Retention, churn, new and reactivated customers and the repeat-purchase rate between two dates.</summary>
public sealed class CohortAnalysisTests
{
    private static readonly LocalDate From = new(2026, 7, 1);
    private static readonly LocalDate To = new(2026, 9, 30);

    private static CustomerOrder On(string customer, int year, int month, int day) =>
        new(new CustomerId(customer), new LocalDate(year, month, day), Money.Of(10m, Currency.CNY));

    private static Arbitrary<(CustomerOrder[] Orders, CustomerOrder[] Shuffled, LocalDate From, LocalDate To)> Periods { get; } =
        (from history in Histories.Generator
         from back in Gen.Choose(0, 500)
         from length in Gen.Choose(0, 300)
         select (history.Orders, history.Shuffled, Today.PlusDays(-back), Today.PlusDays(-back + length))).ToArbitrary();

    [Fact]
    public void A_hand_computed_quarter_retains_two_of_five_and_half_the_buyers_repeat()
    {
        CustomerOrder[] orders =
        [
            On("a", 2026, 3, 10), On("a", 2026, 8, 1),                          // cohort, retained
            On("b", 2026, 5, 5),                                                // cohort, churned
            On("c", 2025, 12, 24), On("c", 2026, 7, 2), On("c", 2026, 9, 30),   // cohort, retained, repeat
            On("d", 2025, 6, 30), On("d", 2026, 8, 8),                          // ordered the day before the look-back: reactivated
            On("e", 2026, 7, 15), On("e", 2026, 7, 20),                         // new, repeat
            On("f", 2025, 7, 1), On("f", 2026, 10, 1),                          // first day of the look-back: cohort; churned (October is after the period)
            On("g", 2026, 6, 30),                                               // last day before the period: cohort, churned
        ];

        var report = CohortAnalysis.Default.Measure(orders, From, To);

        Assert.Equal(new LocalDate(2025, 7, 1), report.LookbackFrom);
        Assert.Equal((5L, 2L, 3L), (report.CohortCustomers, report.RetainedCustomers, report.ChurnedCustomers));
        Assert.Equal((Percentage.FromPercent(40), Percentage.FromPercent(60)), (report.Retention, report.Churn));
        Assert.Equal((4L, 1L, 1L, 2L), (report.ActiveCustomers, report.NewCustomers, report.ReactivatedCustomers, report.RepeatCustomers));
        Assert.Equal(Percentage.FromPercent(50), report.RepeatPurchaseRate);
        Assert.Equal("2026-07-01..2026-09-30: retention 40% (2 of 5), churn 60%, active 4 (new 1, reactivated 1), repeat 50% (2)", report.ToString());
    }

    [Fact]
    public void Retention_and_churn_are_split_to_a_hundredth_of_a_percent_and_add_up_to_exactly_a_hundred()
    {
        var report = CohortAnalysis.Default.Measure([On("a", 2026, 6, 1), On("b", 2026, 6, 1), On("c", 2026, 6, 1), On("a", 2026, 7, 1)], From, To);

        Assert.Equal((Percentage.FromPercent(33.33m), Percentage.FromPercent(66.67m)), (report.Retention, report.Churn));
    }

    [Fact]
    public void An_empty_cohort_and_an_empty_period_give_rates_of_zero()
    {
        var report = CohortAnalysis.Default.Measure([On("a", 2026, 8, 1)], From, To);
        var nothing = CohortAnalysis.Default.Measure([], From, From);

        Assert.Equal((0L, Percentage.Zero, Percentage.Zero), (report.CohortCustomers, report.Retention, report.Churn));
        Assert.Equal((1L, 1L), (report.ActiveCustomers, report.NewCustomers));
        Assert.Equal((0L, Percentage.Zero, Percentage.Zero), (nothing.ActiveCustomers, nothing.RepeatPurchaseRate, nothing.Retention));
    }

    [Fact]
    public void A_shorter_look_back_shrinks_the_cohort()
    {
        CustomerOrder[] orders = [On("a", 2026, 6, 1), On("b", 2026, 3, 1), On("b", 2026, 7, 9)];

        var quarter = new CohortAnalysis(90).Measure(orders, From, To);

        Assert.Equal((1L, 0L, 1L), (quarter.CohortCustomers, quarter.RetainedCustomers, quarter.ReactivatedCustomers));
    }

    [Fact]
    public void Rates_add_up_counts_are_consistent_and_match_the_definitions()
    {
        Prop.ForAll(Periods, p =>
        {
            var report = CohortAnalysis.Default.Measure(p.Orders, p.From, p.To);

            var byCustomer = p.Orders.Where(o => o.Date <= p.To).GroupBy(o => o.Customer).ToArray();
            var lookback = p.From.PlusDays(-365);
            bool InCohort(IGrouping<CustomerId, CustomerOrder> g) => g.Any(o => o.Date >= lookback && o.Date < p.From);
            int InPeriod(IGrouping<CustomerId, CustomerOrder> g) => g.Count(o => o.Date >= p.From);
            Assert.Equal(byCustomer.Count(InCohort), report.CohortCustomers);
            Assert.Equal(byCustomer.Count(g => InCohort(g) && InPeriod(g) > 0), report.RetainedCustomers);
            Assert.Equal(byCustomer.Count(g => InPeriod(g) > 0 && g.Min(o => o.Date) >= p.From), report.NewCustomers);
            Assert.Equal(byCustomer.Count(g => InPeriod(g) >= 2), report.RepeatCustomers);

            Assert.InRange(report.RetainedCustomers, 0, report.CohortCustomers);
            Assert.Equal(report.ActiveCustomers, report.RetainedCustomers + report.NewCustomers + report.ReactivatedCustomers);
            Assert.Equal(report.CohortCustomers == 0 ? 0m : 100m, report.Retention.Value + report.Churn.Value);
            Assert.InRange(report.RepeatPurchaseRate.Value, 0m, 100m);
            Assert.Equal(report.ActiveCustomers == 0 ? 0m : decimal.Round(100m * report.RepeatCustomers / report.ActiveCustomers, 2, MidpointRounding.AwayFromZero), report.RepeatPurchaseRate.Value);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Measures_never_depend_on_input_order_nor_on_orders_after_the_period()
    {
        Prop.ForAll(Periods, Orders.ToArbitrary(), (p, extra) =>
        {
            var report = CohortAnalysis.Default.Measure(p.Orders, p.From, p.To).ToString();
            var later = extra with { Date = p.To.PlusDays(1 + Math.Abs(extra.Date.Day)) };

            Assert.Equal(report, CohortAnalysis.Default.Measure(p.Shuffled, p.From, p.To).ToString());
            Assert.Equal(report, CohortAnalysis.Default.Measure([.. p.Orders, later], p.From, p.To).ToString());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_periods_orders_and_settings_are_refused_by_name()
    {
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => CohortAnalysis.Default.Measure([], To, From)).ParamName);
        Assert.Equal("Customer", Assert.Throws<ArgumentException>(() => new CustomerOrder(default, From, Money.Of(1m, Currency.CNY))).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => CohortAnalysis.Default.Measure([default(CustomerOrder)], From, To)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => CohortAnalysis.MonthlyCohorts([default(CustomerOrder)], To)).ParamName);
        Assert.Equal("lookbackDays", Assert.Throws<ArgumentOutOfRangeException>(() => new CohortAnalysis(0)).ParamName);
    }
}
