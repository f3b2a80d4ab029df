namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using static RetailCrm.Tests.Segmentation.SegmentationGen;

/// <summary>Lifecycle stages from first purchase, recency, repeat purchase and the trend of spend.</summary>
public sealed class LifecycleModelTests
{
    private static LifecycleStage StageOf(params CustomerOrder[] orders) =>
        Assert.Single(LifecycleModel.Default.Classify(orders, Today, Currency.CNY).Customers).Stage;

    [Fact]
    public void A_customer_whose_first_order_is_within_ninety_days_is_in_acquisition()
    {
        Assert.Equal(LifecycleStage.Acquisition, StageOf(Order("a", 89, 10m)));
        Assert.Equal(LifecycleStage.Acquisition, StageOf(Order("a", 0, 10m)));
        Assert.Equal(LifecycleStage.Decline, StageOf(Order("a", 90, 10m)));
    }

    [Fact]
    public void Spend_up_by_more_than_twenty_percent_on_the_half_year_before_is_growth()
    {
        Assert.Equal(LifecycleStage.Growth, StageOf(Order("a", 300, 100m), Order("a", 30, 120.01m)));
        Assert.Equal(LifecycleStage.Maturity, StageOf(Order("a", 300, 100m), Order("a", 30, 120m)));
    }

    [Fact]
    public void Level_spend_is_maturity()
    {
        var report = LifecycleModel.Default.Classify([Order("a", 350, 60m), Order("a", 200, 40m), Order("a", 100, 55m), Order("a", 10, 50m)], Today, Currency.CNY);

        var a = Assert.Single(report.Customers);
        Assert.Equal(LifecycleStage.Maturity, a.Stage);
        Assert.Equal((Today.PlusDays(-350), Today.PlusDays(-10)), (a.FirstOrder, a.LastOrder));
        Assert.Equal((Money.Of(105m, Currency.CNY), Money.Of(100m, Currency.CNY)), (a.RecentSpend, a.PreviousSpend));
    }

    [Fact]
    public void Spend_down_by_more_than_twenty_percent_or_half_a_year_without_an_order_is_decline()
    {
        Assert.Equal(LifecycleStage.Decline, StageOf(Order("a", 300, 100m), Order("a", 30, 79.99m)));
        Assert.Equal(LifecycleStage.Maturity, StageOf(Order("a", 300, 100m), Order("a", 30, 80m)));
        Assert.Equal(LifecycleStage.Decline, StageOf(Order("a", 300, 100m), Order("a", 180, 500m)));
        Assert.Equal(LifecycleStage.Growth, StageOf(Order("a", 300, 100m), Order("a", 179, 500m)));
    }

    [Fact]
    public void A_one_time_buyer_who_did_not_come_back_while_new_is_declining()
    {
        Assert.Equal(LifecycleStage.Decline, StageOf(Order("a", 120, 500m)));
        Assert.Equal(LifecycleStage.Growth, StageOf(Order("a", 120, 500m), Order("a", 100, 1m)));
    }

    [Fact]
    public void A_year_without_an_order_is_lost()
    {
        Assert.Equal(LifecycleStage.Lost, StageOf(Order("a", 700, 100m), Order("a", 365, 100m)));
        Assert.Equal(LifecycleStage.Decline, StageOf(Order("a", 700, 100m), Order("a", 364, 100m)));
    }

    [Fact]
    public void A_rise_from_nothing_is_growth_and_the_threshold_is_taken_of_a_negative_spend_magnitude()
    {
        Assert.Equal(LifecycleStage.Growth, StageOf(Order("a", 500, 100m), Order("a", 20, 1m)));
        Assert.Equal(LifecycleStage.Maturity, StageOf(Order("a", 300, -100m), Order("a", 20, -80m)));
        Assert.Equal(LifecycleStage.Growth, StageOf(Order("a", 300, -100m), Order("a", 20, -79.99m)));
    }

    [Fact]
    public void The_report_counts_each_stage_reads_top_down_in_lifecycle_order_and_renders_as_svg()
    {
        CustomerOrder[] orders =
        [
            Order("new", 10, 5m),
            Order("grow", 300, 10m), Order("grow", 5, 50m),
            Order("steady", 300, 10m), Order("steady", 5, 10m),
            Order("fading", 300, 10m), Order("fading", 5, 1m),
            Order("gone", 400, 10m),
        ];

        var report = LifecycleModel.Default.Classify(orders, Today, Currency.CNY);

        Assert.Equal(["fading", "gone", "grow", "new", "steady"], report.Customers.Select(c => c.Customer.Value));
        Assert.Equal(["lost", "decline", "maturity", "growth", "acquisition"], report.Stages.Levels.Select(l => l.Level.Id));
        Assert.Equal(Percentage.FromPercent(20), report[LifecycleStage.Growth].Share);
        Assert.Equal(1, report[LifecycleStage.Lost].Count);
        Assert.Equal("Customer lifecycle (5): Acquisition 1 (20%); Growth 1 (20%); Maturity 1 (20%); Decline 1 (20%); Lost 1 (20%)", report.Stages.ToString());
        Assert.Contains("Acquisition 1 (20%)", report.Stages.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_model_moves_the_boundaries()
    {
        var model = new LifecycleModel(30, 90, Percentage.FromPercent(50), 60, 120);

        var report = model.Classify([Order("a", 150, 10m), Order("a", 40, 14m), Order("b", 130, 1m)], Today, Currency.CNY);

        Assert.Equal([LifecycleStage.Maturity, LifecycleStage.Lost], report.Customers.Select(c => c.Stage));
    }

    [Fact]
    public void Every_customer_gets_exactly_one_stage_the_shares_add_up_and_the_stages_follow_the_rules()
    {
        Prop.ForAll(Histories, history =>
        {
            var report = LifecycleModel.Default.Classify(history.Orders, Today, Currency.CNY);

            var expected = history.Orders.Where(o => o.Date <= Today).GroupBy(o => o.Customer.Value).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected.Select(g => g.Key), report.Customers.Select(c => c.Customer.Value));
            Assert.Equal(expected.Select(g => NaiveStage(g.ToArray())), report.Customers.Select(c => c.Stage));
            Assert.Equal(expected.Length, report.Stages.Levels.Sum(l => l.Count));
            Assert.Equal(expected.Length == 0 ? 0m : 100m, report.Stages.Levels.Sum(l => l.Share.Value));
            Assert.All(Enum.GetValues<LifecycleStage>(), s => Assert.Equal(report.Customers.Count(c => c.Stage == s), report[s].Count));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Stages_never_depend_on_input_order_nor_on_orders_after_the_evaluation_date()
    {
        Prop.ForAll(Histories, Orders.ToArbitrary(), (history, extra) =>
        {
            var report = LifecycleModel.Default.Classify(history.Orders, Today, Currency.CNY);
            var shuffled = LifecycleModel.Default.Classify(history.Shuffled, Today, Currency.CNY);
            var later = extra with { Date = Today.PlusDays(1 + Math.Abs(extra.Date.Day)) };
            var withLater = LifecycleModel.Default.Classify([.. history.Orders, later], Today, Currency.CNY);

            Assert.Equal(report.Customers, shuffled.Customers);
            Assert.Equal(report.Customers, withLater.Customers);
            Assert.Equal(report.Stages.ToString(), withLater.Stages.ToString());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_orders_and_settings_are_refused_by_name()
    {
        var model = LifecycleModel.Default;
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => model.Classify([default(CustomerOrder)], Today, Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => model.Classify([Order("a", 1, 1.005m)], Today, Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => model.Classify([Order("a", -5, 1m)], Today, Currency.USD)).ParamName);
        Assert.Equal("lostAfterDays", Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleModel(90, 180, Percentage.Zero, 180, 0)).ParamName);
        Assert.Equal("decliningAfterDays", Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleModel(90, 180, Percentage.Zero, 400, 365)).ParamName);
        Assert.Equal("newCustomerDays", Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleModel(400, 180, Percentage.Zero, 180, 365)).ParamName);
        Assert.Equal("trendDays", Assert.Throws<ArgumentOutOfRangeException>(() => new LifecycleModel(90, 0, Percentage.Zero, 180, 365)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => LifecycleModel.LevelOf((LifecycleStage)9));
    }

    // The rules read straight from the documentation, one customer at a time.
    internal static LifecycleStage NaiveStage(CustomerOrder[] orders, LifecycleModel? model = null, LocalDate? at = null)
    {
        model ??= LifecycleModel.Default;
        var today = at ?? Today;
        var days = (LocalDate d) => Period.Between(d, today, PeriodUnits.Days).Days;
        var sinceFirst = orders.Max(o => days(o.Date));
        var sinceLast = orders.Min(o => days(o.Date));
        var recent = orders.Where(o => days(o.Date) < model.TrendDays).Sum(o => o.Amount.Amount);
        var previous = orders.Where(o => days(o.Date) >= model.TrendDays && days(o.Date) < 2 * model.TrendDays).Sum(o => o.Amount.Amount);
        var margin = model.TrendThreshold.Fraction * Math.Abs(previous);
        return sinceLast >= model.LostAfterDays ? LifecycleStage.Lost
            : sinceFirst < model.NewCustomerDays ? LifecycleStage.Acquisition
            : sinceLast >= model.DecliningAfterDays || orders.Length == 1 ? LifecycleStage.Decline
            : recent - previous > margin ? LifecycleStage.Growth
            : previous - recent > margin ? LifecycleStage.Decline
            : LifecycleStage.Maturity;
    }
}
