namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// RFM scoring: recency, frequency and monetary value from the orders in a window up to an
/// evaluation date, scored 1 to 5 (5 best) by population quintiles or by fixed thresholds, and named
/// segments from the recency and frequency scores (champions, loyal, potential, new, at risk,
/// cannot lose, hibernating, lost).
/// </summary>
/// <remarks>
/// Quintiles never split a value across scores: a customer's score is one more than five times the
/// share of customers with a strictly worse value (rounded down, at most 5), so equal values share a
/// score and, when all values differ, the five scores hold equally many customers give or take one.
/// Scoring streams over the orders once; the cost beyond the result is one entry per customer.
/// </remarks>
public sealed partial class RfmModel
{
    private readonly string[] segmentOf;

    /// <summary>Creates a model.</summary>
    /// <param name="window">How far back orders count, e.g. 365 days.</param>
    /// <param name="segments">The segment map, first matching rule wins; customers no rule covers are "others".</param>
    /// <param name="thresholds">Fixed score thresholds, or <see langword="null"/> to score by population quintiles.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to 3,650 days.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a rule is null.</exception>
    public RfmModel(int window, IEnumerable<RfmSegmentRule> segments, RfmThresholds? thresholds = null)
    {
        WindowDays = Guard.Against.OutOfRange(window, nameof(window), 1, 3_650);
        var rules = Guard.Against.Null(segments).ToArray();
        Segments = rules.Any(r => r is null) ? throw new ArgumentNullException(nameof(segments), "A rule is null.") : rules;
        Thresholds = thresholds;
        segmentOf = new string[36];
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                segmentOf[(r * 6) + f] = rules.FirstOrDefault(rule => rule.Covers(r, f))?.Segment ?? Others;
            }
        }
    }

    /// <summary>The name of customers no rule covers.</summary>
    public const string Others = "others";

    /// <summary>A year's window, quintile scores and the usual segment map.</summary>
    public static RfmModel Default { get; } = new(365,
    [
        new RfmSegmentRule("champions", (4, 5), (4, 5)),
        new RfmSegmentRule("loyal", (3, 3), (4, 5)),
        new RfmSegmentRule("cannot lose", (1, 2), (5, 5)),
        new RfmSegmentRule("at risk", (1, 2), (3, 4)),
        new RfmSegmentRule("new", (5, 5), (1, 1)),
        new RfmSegmentRule("potential", (4, 5), (1, 3)),
        new RfmSegmentRule("hibernating", (2, 2), (1, 2)),
        new RfmSegmentRule("lost", (1, 1), (1, 2)),
    ]);

    /// <summary>How many days back orders count.</summary>
    public int WindowDays { get; }

    /// <summary>The segment map.</summary>
    public IReadOnlyList<RfmSegmentRule> Segments { get; }

    /// <summary>The fixed score thresholds, or <see langword="null"/> when scores are population quintiles.</summary>
    public RfmThresholds? Thresholds { get; }

    /// <summary>The same model scoring by fixed thresholds instead of quintiles.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public RfmModel WithThresholds(RfmThresholds thresholds) => new(WindowDays, Segments, Guard.Against.Null(thresholds));

    /// <summary>Scores every customer who ordered in the window up to <paramref name="evaluationDate"/>.</summary>
    /// <param name="orders">The orders, in any order; orders outside the window are skipped.</param>
    /// <param name="evaluationDate">The date of evaluation (orders after it are skipped).</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>One score per customer, ordered by customer id (ordinally).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An order has no customer or an amount is not rounded or in another currency, or fixed monetary thresholds are in another currency.</exception>
    public IReadOnlyList<RfmScore> Score(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(currency);
        if (Thresholds is not null && Thresholds.Currency != currency)
        {
            throw new ArgumentException($"The monetary thresholds are in {Thresholds.Currency}, the orders in {currency}.", nameof(currency));
        }

        var first = evaluationDate.PlusDays(1 - WindowDays);
        var totals = new CustomerTallies<Totals>();
        foreach (var order in orders)
        {
            var minor = CustomerOrders.MinorUnits(order, currency, nameof(orders));
            if (order.Date < first || order.Date > evaluationDate)
            {
                continue;
            }

            ref var t = ref totals.Of(order.Customer, out _, out var added);
            t.Last = added || order.Date > t.Last ? order.Date : t.Last;
            t.Count++;
            t.Minor = checked(t.Minor + minor);
        }

        return Rank(totals, evaluationDate, currency);
    }

    private RfmScore[] Rank(CustomerTallies<Totals> totals, LocalDate evaluationDate, Currency currency)
    {
        totals.Freeze();
        var slots = totals.InCustomerOrder();
        var n = slots.Length;
        var recency = new long[n];
        var frequency = new long[n];
        var monetary = new long[n];
        for (var i = 0; i < n; i++)
        {
            ref readonly var measures = ref totals.At(slots[i]);
            recency[i] = Period.DaysBetween(measures.Last, evaluationDate);
            frequency[i] = measures.Count;
            monetary[i] = measures.Minor;
        }

        var r = new int[n];
        var f = new int[n];
        var m = new int[n];
        if (Thresholds is { } fixedCuts)
        {
            for (var i = 0; i < n; i++)
            {
                r[i] = fixedCuts.ScoreRecency(recency[i]);
                f[i] = fixedCuts.ScoreFrequency(frequency[i]);
                m[i] = fixedCuts.ScoreMonetary(monetary[i]);
            }
        }
        else
        {
            Quintiles(recency, r, lowerIsBetter: true);
            Quintiles(frequency, f, lowerIsBetter: false);
            Quintiles(monetary, m, lowerIsBetter: false);
        }

        var scores = new RfmScore[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = new RfmScore(totals.Customer(slots[i]), (int)recency[i], (int)frequency[i], Money.FromMinorUnits(monetary[i], currency), r[i], f[i], m[i], segmentOf[(r[i] * 6) + f[i]]);
        }

        return scores;
    }

    private struct Totals
    {
        public LocalDate Last;
        public int Count;
        public long Minor;
    }
}
