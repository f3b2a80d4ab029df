namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Reads each customer's lifecycle stage from their orders at an evaluation date: from the first
/// order (how new the customer is), recency (how long since the last order), repeat purchase and
/// the trend of spend (the recent period against the one before it).
/// </summary>
/// <remarks>
/// <para>The rules, first match wins (all periods end on the evaluation date and include it):</para>
/// <list type="number">
/// <item><description><see cref="LifecycleStage.Lost"/>: no order in the last <see cref="LostAfterDays"/> days.</description></item>
/// <item><description><see cref="LifecycleStage.Acquisition"/>: the first order is within the last <see cref="NewCustomerDays"/> days.</description></item>
/// <item><description><see cref="LifecycleStage.Decline"/>: no order in the last <see cref="DecliningAfterDays"/> days,
/// or only one order so far (a one-time buyer who did not come back while new).</description></item>
/// <item><description><see cref="LifecycleStage.Growth"/>: spend in the last <see cref="TrendDays"/> days exceeds spend in the
/// <see cref="TrendDays"/> days before them by more than <see cref="TrendThreshold"/> of the earlier spend (any rise counts when the earlier spend is zero).</description></item>
/// <item><description><see cref="LifecycleStage.Decline"/>: recent spend is below the earlier spend by more than the threshold.</description></item>
/// <item><description><see cref="LifecycleStage.Maturity"/>: otherwise; a change of exactly the threshold is still level.</description></item>
/// </list>
/// <para>
/// Orders after the evaluation date are skipped, so a stage never depends on the future. Amounts
/// may be zero or negative (a net order after a return); the threshold is taken of the earlier
/// spend's magnitude, so a rule never flips with the sign.
/// </para>
/// </remarks>
public sealed partial class LifecycleModel
{
    private static readonly PyramidLevel[] StageLevels =
    [
        new("acquisition", "Acquisition"),
        new("growth", "Growth"),
        new("maturity", "Maturity"),
        new("decline", "Decline"),
        new("lost", "Lost"),
    ];

    /// <summary>Creates a model.</summary>
    /// <param name="newCustomerDays">How long a customer counts as new after the first order, in days (1 to 3,650).</param>
    /// <param name="trendDays">The length of each of the two periods whose spend is compared, in days (1 to 3,650).</param>
    /// <param name="trendThreshold">How far recent spend must move from the earlier spend, as a share of it, to count as growth or decline.</param>
    /// <param name="decliningAfterDays">After how many days without an order a customer is declining whatever the trend (1 to 3,650, at most <paramref name="lostAfterDays"/>).</param>
    /// <param name="lostAfterDays">After how many days without an order a customer is lost (1 to 3,650).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is out of range, or <paramref name="newCustomerDays"/> or <paramref name="decliningAfterDays"/> exceeds <paramref name="lostAfterDays"/>.</exception>
    public LifecycleModel(int newCustomerDays, int trendDays, Percentage trendThreshold, int decliningAfterDays, int lostAfterDays)
    {
        LostAfterDays = Guard.Against.OutOfRange(lostAfterDays, nameof(lostAfterDays), 1, 3_650);
        NewCustomerDays = Guard.Against.OutOfRange(newCustomerDays, nameof(newCustomerDays), 1, lostAfterDays);
        DecliningAfterDays = Guard.Against.OutOfRange(decliningAfterDays, nameof(decliningAfterDays), 1, lostAfterDays);
        TrendDays = Guard.Against.OutOfRange(trendDays, nameof(trendDays), 1, 3_650);
        TrendThreshold = trendThreshold;
    }

    /// <summary>
    /// New for 90 days; spend of the last 180 days against the 180 days before, moving more than 20%;
    /// declining after 180 days without an order; lost after 365.
    /// </summary>
    public static LifecycleModel Default { get; } = new(90, 180, Percentage.FromPercent(20), 180, 365);

    /// <summary>The stages as pyramid levels from the bottom (Lost) to the top (Acquisition), the levels of <see cref="LifecycleReport.Stages"/>.</summary>
    public static IReadOnlyList<PyramidLevel> Levels { get; } = [.. Enumerable.Reverse(StageLevels)];

    /// <summary>How long a customer counts as new after the first order, in days.</summary>
    public int NewCustomerDays { get; }

    /// <summary>The length of each of the two periods whose spend is compared, in days.</summary>
    public int TrendDays { get; }

    /// <summary>How far recent spend must move from the earlier spend, as a share of it, to count as growth or decline.</summary>
    public Percentage TrendThreshold { get; }

    /// <summary>After how many days without an order a customer is declining whatever the trend.</summary>
    public int DecliningAfterDays { get; }

    /// <summary>After how many days without an order a customer is lost.</summary>
    public int LostAfterDays { get; }

    /// <summary>The pyramid level of a stage; its id is the stage's name in lower case, e.g. "growth".</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public static PyramidLevel LevelOf(LifecycleStage stage) => StageLevels[(int)ArgumentRange.Defined(stage)];

    /// <summary>
    /// The stage of every customer with an order on or before <paramref name="evaluationDate"/>, in
    /// one pass over the orders (nothing is allocated per order).
    /// </summary>
    /// <param name="orders">The orders of any number of customers, in any order; orders after the evaluation date are skipped.</param>
    /// <param name="evaluationDate">The date the stages hold at.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>Each customer's stage, ordered by customer id, and the counts and shares per stage.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An order has no customer, or its amount is not rounded or in another currency.</exception>
    public LifecycleReport Classify(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency) =>
        Classify(orders, evaluationDate, currency, OrderPartitions<Tally>.PartitionAbove);

    /// <summary>As <see cref="Classify(IEnumerable{CustomerOrder}, LocalDate, Currency)"/>, partitioning the pass from <paramref name="partitionAbove"/> expected customers.</summary>
    internal LifecycleReport Classify(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency, int partitionAbove)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(currency);
        var order = OrderPartitions<Tally>.Sorted(orders, evaluationDate, currency, new UpToDate(TrendDays), nameof(orders), partitionAbove, out var customers, out var facts);
        var trend = new TrendTest(TrendThreshold.Fraction);
        var dates = new DaysAgo(evaluationDate, facts);
        var results = new CustomerLifecycle[order.Length];
        var counts = new long[StageLevels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ref readonly var t = ref facts[order[i]];
            var stage = t.LastAgo >= LostAfterDays ? LifecycleStage.Lost
                : t.FirstAgo < NewCustomerDays ? LifecycleStage.Acquisition
                : t.LastAgo >= DecliningAfterDays || t.Orders == 1 ? LifecycleStage.Decline
                : trend.Stage(t.Recent, t.Previous);
            counts[StageLevels.Length - 1 - (int)stage]++;
            results[i] = new CustomerLifecycle(customers[order[i]], stage, dates[t.FirstAgo], dates[t.LastAgo], Money.FromMinorUnits(t.Recent, currency), Money.FromMinorUnits(t.Previous, currency));
        }

        return new LifecycleReport(evaluationDate, results, new PyramidReport("Customer lifecycle", Levels, counts));
    }

    // One customer's running facts: days from the first and the last order to the evaluation date, order count, spend in the two trend periods (minor units).
    private struct Tally
    {
        public int FirstAgo;
        public int LastAgo;
        public int Orders;
        public long Recent;
        public long Previous;
    }
}
