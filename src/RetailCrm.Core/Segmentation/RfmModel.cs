namespace RetailCrm.Segmentation;

using System.Buffers;
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
/// Scoring streams over the orders once; the cost beyond the result is one entry per customer. The
/// scores are held compactly (32 bytes per customer) and each <see cref="RfmScore"/> is built when it
/// is read, the same every time.
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
    public IReadOnlyList<RfmScore> Score(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency) =>
        Score(orders, evaluationDate, currency, OrderPartitions<Totals>.PartitionAbove);

    /// <summary>As <see cref="Score(IEnumerable{CustomerOrder}, LocalDate, Currency)"/>, partitioning the pass from <paramref name="partitionAbove"/> expected customers.</summary>
    internal IReadOnlyList<RfmScore> Score(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency, int partitionAbove)
    {
        Guard.Against.Null(orders);
        RequireCurrency(currency);
        var byId = OrderPartitions<Totals>.Sorted(orders, evaluationDate, currency, new InWindow(WindowDays), nameof(orders), partitionAbove, out var customers, out var tallies);
        var measures = new Measures(byId.Length);
        try
        {
            for (var i = 0; i < byId.Length; i++)
            {
                ref readonly var t = ref tallies[byId[i]];
                measures.Set(i, t.DaysAgo, t.Count, t.Minor);
            }

            return Rank(new SortedCustomers(customers, byId), measures, currency);
        }
        finally
        {
            measures.Return();
        }
    }

    private void RequireCurrency(Currency currency)
    {
        Guard.Against.Null(currency);
        if (Thresholds is not null && Thresholds.Currency != currency)
        {
            throw new ArgumentException($"The monetary thresholds are in {Thresholds.Currency}, the orders in {currency}.", nameof(currency));
        }
    }

    // Scores the measured customers, in the order of the measures, in one pass that writes each score once.
    private RfmScoreList Rank<TCustomers>(TCustomers customers, Measures measures, Currency currency)
        where TCustomers : struct, ICustomerSource
    {
        var scores = new RfmScoreList(measures.Count, segmentOf, currency);
        if (Thresholds is { } fixedCuts)
        {
            Fill(scores, customers, measures, new ByThresholds(fixedCuts));
            return scores;
        }

        Span<long> cuts = stackalloc long[12];
        QuintileCuts(measures.Recency, measures.RecencyBounds, cuts[..4], lowerIsBetter: true);
        QuintileCuts(measures.Frequency, measures.FrequencyBounds, cuts[4..8], lowerIsBetter: false);
        QuintileCuts(measures.Monetary, measures.MonetaryBounds, cuts[8..], lowerIsBetter: false);
        Fill(scores, customers, measures, new ByQuintiles(cuts));
        return scores;
    }

    private static void Fill<TCustomers, TScorer>(RfmScoreList scores, TCustomers customers, Measures measures, TScorer scorer)
        where TCustomers : struct, ICustomerSource
        where TScorer : struct, IRfmScorer
    {
        var recency = measures.Recency;
        var frequency = measures.Frequency;
        var monetary = measures.Monetary;
        for (var i = 0; i < measures.Count; i++)
        {
            scores.Set(i, customers.At(i), recency[i], frequency[i], monetary[i], scorer.Pack(recency[i], frequency[i], monetary[i]));
        }
    }

    // The three measures of each customer, in the order of the results: days since the last order,
    // orders, spend in minor units, with their bounds; in pooled arrays, returned when the scores are written.
    private sealed class Measures(int count)
    {
        private readonly long[] recency = ArrayPool<long>.Shared.Rent(count);
        private readonly long[] frequency = ArrayPool<long>.Shared.Rent(count);
        private readonly long[] monetary = ArrayPool<long>.Shared.Rent(count);
        private (long Low, long High) recencyBounds = (long.MaxValue, long.MinValue);
        private (long Low, long High) frequencyBounds = (long.MaxValue, long.MinValue);
        private (long Low, long High) monetaryBounds = (long.MaxValue, long.MinValue);

        public int Count { get; } = count;

        public ReadOnlySpan<long> Recency => recency.AsSpan(0, Count);

        public ReadOnlySpan<long> Frequency => frequency.AsSpan(0, Count);

        public ReadOnlySpan<long> Monetary => monetary.AsSpan(0, Count);

        public (long Low, long High) RecencyBounds => recencyBounds;

        public (long Low, long High) FrequencyBounds => frequencyBounds;

        public (long Low, long High) MonetaryBounds => monetaryBounds;

        public void Set(int i, int daysAgo, int orders, long minor)
        {
            recency[i] = daysAgo;
            frequency[i] = orders;
            monetary[i] = minor;
            recencyBounds = (Math.Min(recencyBounds.Low, daysAgo), Math.Max(recencyBounds.High, daysAgo));
            frequencyBounds = (Math.Min(frequencyBounds.Low, orders), Math.Max(frequencyBounds.High, orders));
            monetaryBounds = (Math.Min(monetaryBounds.Low, minor), Math.Max(monetaryBounds.High, minor));
        }

        public void Return()
        {
            ArrayPool<long>.Shared.Return(recency);
            ArrayPool<long>.Shared.Return(frequency);
            ArrayPool<long>.Shared.Return(monetary);
        }
    }

    private struct Totals
    {
        public int DaysAgo;
        public int Count;
        public long Minor;
    }

    // Orders in the window count: the last one's days, how many, how much.
    private readonly struct InWindow(int windowDays) : IOrderTally<Totals>
    {
        public bool Counts(int daysAgo) => daysAgo >= 0 && daysAgo < windowDays;

        public void Add(ref Totals tally, bool added, int daysAgo, long minor)
        {
            tally.DaysAgo = added || daysAgo < tally.DaysAgo ? daysAgo : tally.DaysAgo;
            tally.Count++;
            tally.Minor = checked(tally.Minor + minor);
        }
    }
}
