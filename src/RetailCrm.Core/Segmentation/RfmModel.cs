namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// RFM scoring: recency, frequency and monetary value from the orders in a window up to an
/// evaluation date, scored 1 to 5 by population quintiles, and named segments from the recency and
/// frequency scores (champions, loyal, potential, new, at risk, cannot lose, hibernating, lost).
/// </summary>
/// <remarks>
/// Quintiles never split a value across scores: a customer's score is one more than five times the
/// share of customers with a strictly worse value (rounded down, at most 5), so equal values share a
/// score and, when all values differ, the five scores hold equally many customers give or take one.
/// </remarks>
public sealed class RfmModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="window">How far back orders count, e.g. 365 days.</param>
    /// <param name="segments">The segment map, first matching rule wins; customers no rule covers are "others".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not 1 to 3,650 days.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or a rule is null.</exception>
    public RfmModel(int window, IEnumerable<RfmSegmentRule> segments)
    {
        WindowDays = Guard.Against.OutOfRange(window, nameof(window), 1, 3_650);
        var rules = Guard.Against.Null(segments).ToArray();
        Segments = rules.Any(r => r is null) ? throw new ArgumentNullException(nameof(segments), "A rule is null.") : rules;
    }

    /// <summary>A year's window and the usual segment map.</summary>
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

    /// <summary>Scores every customer who ordered in the window up to <paramref name="evaluationDate"/>.</summary>
    /// <param name="orders">The orders, in any order; orders outside the window are skipped.</param>
    /// <param name="evaluationDate">The date of evaluation (orders after it are skipped).</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>One score per customer, ordered by customer id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An order has no customer or an amount is not rounded or in another currency.</exception>
    public IReadOnlyList<RfmScore> Score(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(currency);
        var first = evaluationDate.PlusDays(1 - WindowDays);
        var totals = new Dictionary<CustomerId, (LocalDate Last, int Count, long Minor)>();
        foreach (var order in orders)
        {
            if (order.Customer.Value.Length == 0 || order.Amount == default || order.Amount.Currency != currency || !order.Amount.IsRounded)
            {
                throw new ArgumentException($"Every order needs a customer and a rounded amount in {currency}.", nameof(orders));
            }

            if (order.Date < first || order.Date > evaluationDate)
            {
                continue;
            }

            var t = totals.GetValueOrDefault(order.Customer, (Last: order.Date, Count: 0, Minor: 0L));
            totals[order.Customer] = (order.Date > t.Last ? order.Date : t.Last, t.Count + 1, checked(t.Minor + order.Amount.ToMinorUnits()));
        }

        var customers = totals.Keys.OrderBy(c => c.Value, StringComparer.Ordinal).ToArray();
        var recency = customers.Select(c => (long)Period.Between(totals[c].Last, evaluationDate, PeriodUnits.Days).Days).ToArray();
        var frequency = customers.Select(c => (long)totals[c].Count).ToArray();
        var monetary = customers.Select(c => totals[c].Minor).ToArray();
        var r = Quintiles(recency, lowerIsBetter: true);
        var f = Quintiles(frequency, lowerIsBetter: false);
        var m = Quintiles(monetary, lowerIsBetter: false);
        var scores = new RfmScore[customers.Length];
        for (var i = 0; i < customers.Length; i++)
        {
            var segment = Segments.FirstOrDefault(rule => rule.Covers(r[i], f[i]))?.Segment ?? "others";
            scores[i] = new RfmScore(customers[i], (int)recency[i], (int)frequency[i], Money.FromMinorUnits(monetary[i], currency), r[i], f[i], m[i], segment);
        }

        return scores;
    }

    // Score = 1 + floor(5 x (customers strictly worse) / n), so ties share a score.
    private static int[] Quintiles(long[] values, bool lowerIsBetter)
    {
        var n = values.Length;
        var sorted = (long[])values.Clone();
        Array.Sort(sorted);
        var scores = new int[n];
        for (var i = 0; i < n; i++)
        {
            var below = LowerBound(sorted, values[i]);
            var above = n - UpperBound(sorted, values[i]);
            var worse = lowerIsBetter ? above : below;
            scores[i] = Math.Min(5, 1 + (int)(5L * worse / n));
        }

        return scores;
    }

    // The first index whose value is not below (lower bound) or above (upper bound) the value: O(log n), ties included.
    private static int LowerBound(long[] sorted, long value) => Bound(sorted, v => v < value);

    private static int UpperBound(long[] sorted, long value) => Bound(sorted, v => v <= value);

    private static int Bound(long[] sorted, Func<long, bool> before)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (before(sorted[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
