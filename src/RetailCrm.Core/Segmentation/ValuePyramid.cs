namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The customer value pyramid from the 80/20 rule: customers ranked by value, the most valuable
/// first, cut into levels by rank percentiles (by default the top 1% platinum, the next 4% gold,
/// the next 15% iron, the rest lead), with the Pareto share: what share of all value the top 20%
/// of customers bring.
/// </summary>
public sealed class ValuePyramid
{
    /// <summary>Creates a pyramid.</summary>
    /// <param name="tiers">The levels from the top down, each with its share of customers; the last takes the rest.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two tiers, a level id repeated, or the shares above the last reach 100%.</exception>
    public ValuePyramid(params IEnumerable<ValueTier> tiers)
    {
        var list = Guard.Against.Null(tiers).ToArray();
        if (list.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(tiers), "A tier is null.");
        }

        if (list.Length < 2 || list.DistinctBy(t => t.Level.Id).Count() != list.Length || list[..^1].Sum(t => t.CustomerShare.Value) >= 100m)
        {
            throw new ArgumentException("A value pyramid has at least two levels, each id once, and the levels above the last take less than 100% of customers.", nameof(tiers));
        }

        Tiers = list;
    }

    /// <summary>Platinum (top 1%), gold (next 4%), iron (next 15%), lead (the rest).</summary>
    public static ValuePyramid Default { get; } = new(
        new ValueTier(new PyramidLevel("platinum", "Platinum"), Percentage.FromPercent(1)),
        new ValueTier(new PyramidLevel("gold", "Gold"), Percentage.FromPercent(4)),
        new ValueTier(new PyramidLevel("iron", "Iron"), Percentage.FromPercent(15)),
        new ValueTier(new PyramidLevel("lead", "Lead"), Percentage.Hundred));

    /// <summary>The levels from the top down.</summary>
    public IReadOnlyList<ValueTier> Tiers { get; }

    /// <summary>
    /// Ranks <paramref name="customers"/> by value (ties by customer id, so the result never depends
    /// on input order) and cuts them into levels. A level's count is its share of customers rounded
    /// down, never below one customer while customers remain; the last level takes the rest.
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
        var ranked = customers.ToArray();
        var minor = new long[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            var value = ranked[i].Value;
            if (value == default || value.Currency != currency || !value.IsRounded || ranked[i].Customer.Value.Length == 0)
            {
                throw new ArgumentException($"Every customer needs an id and a rounded value in {currency}.", nameof(customers));
            }

            minor[i] = value.ToMinorUnits();
        }

        var order = Enumerable.Range(0, ranked.Length).ToArray();
        Array.Sort(order, (a, b) => minor[a] != minor[b] ? minor[b].CompareTo(minor[a]) : string.CompareOrdinal(ranked[a].Customer.Value, ranked[b].Customer.Value));
        if (ranked.Select(c => c.Customer).Distinct().Count() != ranked.Length)
        {
            throw new ArgumentException("A customer appears twice.", nameof(customers));
        }

        return Cut(ranked, minor, order, currency);
    }

    private ValuePyramidReport Cut(CustomerValue[] ranked, long[] minor, int[] order, Currency currency)
    {
        var n = ranked.Length;
        var counts = new long[Tiers.Count];
        var levels = new (CustomerId, PyramidLevel)[n];
        var position = 0;
        for (var t = 0; t < Tiers.Count; t++)
        {
            var take = t == Tiers.Count - 1
                ? n - position
                : Math.Min(n - position, Math.Max(n - position > 0 ? 1 : 0, (long)decimal.Floor(n * Tiers[t].CustomerShare.Fraction)));
            for (var k = 0; k < take; k++)
            {
                levels[position + k] = (ranked[order[position + k]].Customer, Tiers[t].Level);
            }

            counts[Tiers.Count - 1 - t] = take;
            position += (int)take;
        }

        var total = minor.Sum(m => (decimal)m);
        var topFifth = (int)Math.Ceiling(n * 0.2m);
        var topValue = order.Take(topFifth).Sum(i => (decimal)minor[i]);
        var pareto = total > 0 ? Percentage.FromFraction(decimal.Round(Math.Max(0m, topValue / total), 4)) : Percentage.Zero;
        var report = new PyramidReport("Customer value", [.. Tiers.Select(t => t.Level).Reverse()], counts);
        return new ValuePyramidReport(report, levels, pareto, Money.FromMinorUnits((long)total, currency));
    }
}
