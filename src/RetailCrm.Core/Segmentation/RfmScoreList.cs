namespace RetailCrm.Segmentation;

using System.Collections;
using RetailCrm.Primitives;

/// <summary>
/// RFM scores held compactly: per customer the id, the spend in minor units, the order count and,
/// packed in one number, the days since the last order and the three scores (32 bytes, where a
/// <see cref="RfmScore"/> takes 72). Each <see cref="RfmScore"/> is built when read, the same every time.
/// </summary>
internal sealed class RfmScoreList : IReadOnlyList<RfmScore>
{
    private readonly Row[] rows;
    private readonly string[] segmentOf;
    private readonly Currency currency;

    /// <summary>Creates an empty list of <paramref name="count"/> scores, to be filled with <see cref="Set"/>.</summary>
    /// <param name="count">How many customers.</param>
    /// <param name="segmentOf">The segment of each recency and frequency score, at <c>r * 6 + f</c>.</param>
    /// <param name="currency">The currency of the spend.</param>
    public RfmScoreList(int count, string[] segmentOf, Currency currency)
    {
        rows = new Row[count];
        this.segmentOf = segmentOf;
        this.currency = currency;
    }

    /// <inheritdoc />
    public int Count => rows.Length;

    /// <inheritdoc />
    public RfmScore this[int index]
    {
        get
        {
            ref readonly var row = ref rows[index];
            var (days, r, f, m) = (row.Packed >> 9, (row.Packed >> 6) & 7, (row.Packed >> 3) & 7, row.Packed & 7);
            return new RfmScore(row.Customer, days, row.Orders, Money.FromMinorUnits(row.Minor, currency), r, f, m, segmentOf[(r * 6) + f]);
        }
    }

    /// <summary>Sets the measures and scores at <paramref name="i"/>.</summary>
    /// <param name="i">The position.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="days">Days since the last order, 0 to 3,649.</param>
    /// <param name="orders">Orders in the window.</param>
    /// <param name="minor">Spend in minor units.</param>
    /// <param name="scores">The three scores, packed as <see cref="IRfmScorer.Pack"/> packs them.</param>
    public void Set(int i, CustomerId customer, long days, long orders, long minor, int scores) =>
        rows[i] = new Row(customer, minor, (int)orders, ((int)days << 9) | scores);

    /// <summary>Sets the measures at <paramref name="i"/>, to be scored by <see cref="Score"/>.</summary>
    /// <param name="i">The position.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="days">Days since the last order, 0 to 3,649.</param>
    /// <param name="orders">Orders in the window.</param>
    /// <param name="minor">Spend in minor units.</param>
    public void SetMeasures(int i, CustomerId customer, int days, int orders, long minor) =>
        rows[i] = new Row(customer, minor, orders, days << 9);

    /// <summary>Scores every customer whose measures <see cref="SetMeasures"/> set, in one pass over the rows.</summary>
    /// <typeparam name="TScorer">How measures turn into scores (a struct, so the call inlines).</typeparam>
    /// <param name="scorer">The scorer.</param>
    public void Score<TScorer>(TScorer scorer)
        where TScorer : struct, IRfmScorer
    {
        foreach (ref var row in rows.AsSpan())
        {
            row.Packed |= scorer.Pack(row.Packed >> 9, row.Orders, row.Minor);
        }
    }

    /// <inheritdoc />
    public IEnumerator<RfmScore> GetEnumerator()
    {
        for (var i = 0; i < rows.Length; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private struct Row(CustomerId customer, long minor, int orders, int packed)
    {
        public readonly CustomerId Customer = customer;
        public readonly long Minor = minor;
        public readonly int Orders = orders;
        public int Packed = packed;
    }
}
