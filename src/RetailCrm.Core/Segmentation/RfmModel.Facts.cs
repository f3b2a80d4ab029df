namespace RetailCrm.Segmentation;

using System.Buffers;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

// Scoring customers from facts already aggregated per customer, reading each fact once.
public sealed partial class RfmModel
{
    /// <summary>
    /// Scores customers whose facts are already aggregated over the model's window, as
    /// <see cref="Score(IEnumerable{CustomerOrder}, LocalDate, Currency)"/> scores the same customers from their orders (the same quintiles or
    /// thresholds, the same segments), without a pass over orders and without sorting.
    /// </summary>
    /// <param name="customers">Each customer once, with their facts over the window up to <paramref name="evaluationDate"/>.</param>
    /// <param name="evaluationDate">The date of evaluation.</param>
    /// <param name="currency">The currency of the spend.</param>
    /// <returns>One score per customer, in the order of <paramref name="customers"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A customer has no id or appears twice, has no orders, a last order outside the window (after
    /// the evaluation date or <see cref="WindowDays"/> or more days before it), or a spend that is not
    /// rounded or in another currency; or fixed monetary thresholds are in another currency.
    /// </exception>
    public IReadOnlyList<RfmScore> ScoreFacts(IEnumerable<RfmFacts> customers, LocalDate evaluationDate, Currency currency)
    {
        Guard.Against.Null(customers);
        RequireCurrency(currency);
        var facts = customers as RfmFacts[] ?? [.. customers];
        var n = facts.Length;
        var scores = new RfmScoreList(n, segmentOf, currency);
        var counted = new FactCounts(n, WindowDays);
        Span<int> bits = stackalloc int[4];
        Span<int> tally = stackalloc int[DistinctCustomers.Buckets];
        tally.Clear();
        try
        {
            var hashes = DistinctCustomers.RentHashes(n);
            var bounds = (Low: long.MaxValue, High: long.MinValue, MostOrders: 0);
            for (var i = 0; i < n; i++)
            {
                ref readonly var fact = ref facts[i];
                var daysAgo = Period.DaysBetween(fact.LastOrder, evaluationDate);
                if (fact.Customer.Equals(default) || fact.Orders < 1 || daysAgo < 0 || daysAgo >= WindowDays
                    || !((Money.TryReadDigits(fact.Spend.Amount, currency.MinorUnits, bits, out var minor) && (minor != 0 || fact.Spend != default)) || fact.Spend.TryGetMinorUnits(out minor))
                    || fact.Spend.Currency != currency)
                {
                    throw new ArgumentException($"Every customer needs an id, at least one order, a last order in the {WindowDays} days up to {evaluationDate} and a rounded spend in {currency}.", nameof(customers));
                }

                scores.SetMeasures(i, fact.Customer, daysAgo, fact.Orders, minor);
                counted.Add(i, daysAgo, fact.Orders, minor);
                bounds = (Math.Min(bounds.Low, minor), Math.Max(bounds.High, minor), Math.Max(bounds.MostOrders, fact.Orders));
                var hash = unchecked((uint)fact.Customer.GetHashCode());
                hashes[i] = hash;
                DistinctCustomers.Tally(tally, hash);
            }

            DistinctCustomers.Require(hashes, n, tally, i => facts[i].Customer, nameof(customers));
            if (Thresholds is { } fixedCuts)
            {
                scores.Score(new ByThresholds(fixedCuts));
                return scores;
            }

            Span<long> cuts = stackalloc long[12];
            counted.Cuts(facts, bounds, cuts);
            scores.Score(new ByQuintiles(cuts));
            return scores;
        }
        finally
        {
            counted.Return();
        }
    }

    // What the quintile cuts of facts need, gathered while the facts are read: the days and small order
    // counts counted (days fall in the window, orders are mostly few), the spend kept in a pooled buffer.
    private sealed class FactCounts(int count, int windowDays)
    {
        // Order counts up to this are counted; a larger one sends frequency to selection over the facts.
        private const int CountedOrders = 255;

        private readonly long[] monetary = ArrayPool<long>.Shared.Rent(count);
        private readonly int[] recency = RentCleared(windowDays);
        private readonly int[] frequency = RentCleared(CountedOrders + 1);

        public void Add(int i, int daysAgo, int orders, long minor)
        {
            unchecked
            {
                monetary[i] = minor;
                recency[daysAgo]++;
                frequency[Math.Min(orders, CountedOrders)]++;
            }
        }

        // The recency, frequency and monetary cuts, four each, of the facts added, given the lowest and
        // highest spend and the most orders among them.
        public void Cuts(RfmFacts[] facts, (long Low, long High, int MostOrders) bounds, Span<long> cuts)
        {
            if (count == 0)
            {
                return;
            }

            Span<int> ranks = stackalloc int[4];
            QuintileRanks(count, lowerIsBetter: true, ranks);
            OrderStatistics.SelectCounted(recency.AsSpan(0, windowDays), 0, ranks, cuts[..4]);
            QuintileRanks(count, lowerIsBetter: false, ranks);
            OrderStatistics.SelectUnchanged(monetary.AsSpan(0, count), bounds.Low, bounds.High, ranks, cuts[8..]);
            if (bounds.MostOrders <= CountedOrders)
            {
                OrderStatistics.SelectCounted(frequency, 0, ranks, cuts[4..8]);
                return;
            }

            // Some customer has many orders: select among all the order counts.
            var orders = monetary.AsSpan(0, count);
            for (var i = 0; i < count; i++)
            {
                orders[i] = facts[i].Orders;
            }

            OrderStatistics.SelectUnchanged(orders, ranks, cuts[4..8]);
        }

        public void Return()
        {
            ArrayPool<long>.Shared.Return(monetary);
            ArrayPool<int>.Shared.Return(recency);
            ArrayPool<int>.Shared.Return(frequency);
        }

        private static int[] RentCleared(int length)
        {
            var rented = ArrayPool<int>.Shared.Rent(length);
            rented.AsSpan(0, length).Clear();
            return rented;
        }
    }
}
