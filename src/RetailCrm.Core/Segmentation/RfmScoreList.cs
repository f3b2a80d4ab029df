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

    /// <summary>Sets the score at <paramref name="i"/>.</summary>
    /// <param name="i">The position.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="days">Days since the last order, 0 to 3,649.</param>
    /// <param name="orders">Orders in the window.</param>
    /// <param name="minor">Spend in minor units.</param>
    /// <param name="r">Recency score, 1 to 5.</param>
    /// <param name="f">Frequency score, 1 to 5.</param>
    /// <param name="m">Monetary score, 1 to 5.</param>
    public void Set(int i, CustomerId customer, long days, long orders, long minor, int r, int f, int m) =>
        rows[i] = new Row(customer, minor, (int)orders, ((int)days << 9) | (r << 6) | (f << 3) | m);

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

    private readonly record struct Row(CustomerId Customer, long Minor, int Orders, int Packed);
}
