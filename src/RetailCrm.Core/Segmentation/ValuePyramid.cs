namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The customer value pyramid from the 80/20 rule: customers ranked by value, the most valuable
/// first, cut into levels by rank percentiles (by default the top 1% platinum, the next 4% gold,
/// the next 15% iron, the rest lead) or by cumulative share of value, with the Pareto share: what
/// share of all value the top 20% of customers bring.
/// </summary>
public sealed class ValuePyramid
{
    /// <summary>Creates a pyramid that cuts by rank percentiles.</summary>
    /// <param name="tiers">The levels from the top down, each with its share of customers; the last takes the rest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two tiers, a level id repeated, or the shares above the last reach 100%.</exception>
    public ValuePyramid(params IEnumerable<ValueTier> tiers)
        : this(ValueCut.CustomerRank, tiers)
    {
    }

    /// <summary>Creates a pyramid.</summary>
    /// <param name="cut">Whether the tiers' shares are of customers by rank or of cumulative value.</param>
    /// <param name="tiers">The levels from the top down, each with its share; the last takes the rest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cut"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Fewer than two tiers, a level id repeated, or the shares above the last reach 100%.</exception>
    public ValuePyramid(ValueCut cut, params IEnumerable<ValueTier> tiers)
    {
        Cut = ArgumentRange.Defined(cut);
        var list = Guard.Against.Null(tiers).ToArray();
        if (list.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(tiers), "A tier is null.");
        }

        if (list.Length < 2 || list.DistinctBy(t => t.Level.Id).Count() != list.Length || list[..^1].Sum(t => t.Share.Value) >= 100m)
        {
            throw new ArgumentException("A value pyramid has at least two levels, each id once, and the levels above the last take less than 100%.", nameof(tiers));
        }

        Tiers = list;
    }

    /// <summary>Platinum (top 1%), gold (next 4%), iron (next 15%), lead (the rest), by rank.</summary>
    public static ValuePyramid Default { get; } = new(
        new ValueTier(new PyramidLevel("platinum", "Platinum"), Percentage.FromPercent(1)),
        new ValueTier(new PyramidLevel("gold", "Gold"), Percentage.FromPercent(4)),
        new ValueTier(new PyramidLevel("iron", "Iron"), Percentage.FromPercent(15)),
        new ValueTier(new PyramidLevel("lead", "Lead"), Percentage.Hundred));

    /// <summary>
    /// The same levels by cumulative value: platinum the customers bringing the first 20% of value,
    /// gold the next 30%, iron the next 30%, lead the last 20%.
    /// </summary>
    public static ValuePyramid DefaultByValue { get; } = new(
        ValueCut.CumulativeValue,
        new ValueTier(new PyramidLevel("platinum", "Platinum"), Percentage.FromPercent(20)),
        new ValueTier(new PyramidLevel("gold", "Gold"), Percentage.FromPercent(30)),
        new ValueTier(new PyramidLevel("iron", "Iron"), Percentage.FromPercent(30)),
        new ValueTier(new PyramidLevel("lead", "Lead"), Percentage.Hundred));

    /// <summary>Whether the tiers' shares are of customers by rank or of cumulative value.</summary>
    public ValueCut Cut { get; }

    /// <summary>The levels from the top down.</summary>
    public IReadOnlyList<ValueTier> Tiers { get; }

    /// <summary>
    /// Ranks <paramref name="customers"/> by value (ties by customer id, so the result never depends
    /// on input order) and cuts them into levels, the last level taking the rest. By rank, a level's
    /// count is its share of customers rounded down, never below one customer while customers remain.
    /// By cumulative value, a level takes each next customer while the value of the customers ranked
    /// above them is below the level's cumulative share of the total: the customer who crosses the
    /// line belongs to the upper level, a level may be empty when one customer crosses two lines, and
    /// when the total is not positive every customer is in the last level.
    /// </summary>
    /// <param name="customers">Each customer once, with their value.</param>
    /// <param name="currency">The currency of the values.</param>
    /// <returns>The report, each customer's level and the Pareto share.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A customer appears twice or has no id, or a value is not rounded or in another currency.</exception>
    public ValuePyramidReport Report(IEnumerable<CustomerValue> customers, Currency currency)
    {
        Guard.Against.Null(customers);
        Guard.Against.Null(currency);
        var input = customers as CustomerValue[] ?? [.. customers];
        var n = input.Length;
        var ids = new CustomerId[n];
        var minor = GC.AllocateUninitializedArray<long>(n);
        var hashes = DistinctCustomers.RentHashes(n);
        Span<int> bits = stackalloc int[4];
        Span<int> tally = stackalloc int[DistinctCustomers.Buckets];
        tally.Clear();
        Int128 total = 0;
        long low = long.MaxValue, high = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            ref readonly var entry = ref input[i];
            var value = entry.Value;
            if (entry.Customer.Equals(default) || !Money.TryReadDigits(value.Amount, currency.MinorUnits, bits, out var m) || (m == 0 && value == default) || value.Currency != currency)
            {
                m = value == default || value.Currency != currency || !value.IsRounded || entry.Customer.Value.Length == 0
                    ? throw new ArgumentException($"Every customer needs an id and a rounded value in {currency}.", nameof(customers))
                    : value.ToMinorUnits();
            }

            minor[i] = m;
            ids[i] = entry.Customer;
            var hash = unchecked((uint)entry.Customer.GetHashCode());
            hashes[i] = hash;
            DistinctCustomers.Tally(tally, hash);
            total = unchecked(total + m);
            low = Math.Min(low, m);
            high = Math.Max(high, m);
        }

        DistinctCustomers.Require(hashes, n, tally, i => ids[i], nameof(customers));
        var levels = Tiers.Select(t => t.Level).ToArray();
        int[]? order = null;
        var ends = Cut == ValueCut.CustomerRank ? RankEnds(n) : ValueEnds(minor, order = RankedLevels.RankOrder(ids, minor), total);
        var counts = new long[levels.Length];
        for (int t = 0, position = 0; t < levels.Length; position = ends[t], t++)
        {
            counts[levels.Length - 1 - t] = ends[t] - position;
        }

        var topValue = TopValue(minor, (low, high), (int)Math.Ceiling(n * 0.2m), total);
        var pareto = total > 0 ? Percentage.FromFraction(decimal.Round(Math.Max(0m, (decimal)topValue / (decimal)total), 4)) : Percentage.Zero;
        var report = new PyramidReport("Customer value", [.. levels.Reverse()], counts);
        return new ValuePyramidReport(report, new RankedLevels(ids, minor, levels, ends, order), pareto, Money.FromMinorUnits((long)total, currency));
    }

    // The value the top customers bring: every value above the one ranked last among them, and as
    // many times that value as it takes to make up their number (equal values tie in any order).
    private static Int128 TopValue(long[] minor, (long Low, long High) bounds, int top, Int128 total)
    {
        if (top == 0 || top == minor.Length)
        {
            return top == 0 ? 0 : total;
        }

        Span<long> found = stackalloc long[1];
        OrderStatistics.SelectUnchanged(minor, bounds.Low, bounds.High, [minor.Length - top], found);
        var line = found[0];
        Int128 above = 0;
        var count = 0;
        unchecked
        {
            // Without a branch: about a fifth of the values are above the line, in no order.
            foreach (var m in minor)
            {
                var isAbove = m > line;
                above += isAbove ? m : 0;
                count += isAbove ? 1 : 0;
            }
        }

        return above + ((Int128)(top - count) * line);
    }

    // Where each level ends in the ranking (exclusive) when levels take shares of customers.
    private int[] RankEnds(int n)
    {
        var ends = new int[Tiers.Count];
        var position = 0;
        for (var t = 0; t < Tiers.Count; t++)
        {
            var take = t == Tiers.Count - 1
                ? n - position
                : Math.Min(n - position, Math.Max(n - position > 0 ? 1 : 0, (int)decimal.Floor(n * Tiers[t].Share.Fraction)));
            position += take;
            ends[t] = position;
        }

        return ends;
    }

    // Where each level ends when levels take cumulative shares of value: a customer stays in a level
    // while the value ranked above them is below the level's line.
    private int[] ValueEnds(long[] minor, int[] order, Int128 total)
    {
        var ends = new int[Tiers.Count];
        var line = 0m;
        var position = 0;
        decimal above = 0;
        for (var t = 0; t < Tiers.Count - 1; t++)
        {
            line += Tiers[t].Share.Fraction * (decimal)total;
            while (total > 0 && position < order.Length && above < line)
            {
                above += minor[order[position]];
                position++;
            }

            ends[t] = position;
        }

        ends[^1] = order.Length;
        return ends;
    }
}
