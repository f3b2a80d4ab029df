namespace RetailCrm.Segmentation;

using System.Collections;
using RetailCrm.Primitives;

/// <summary>
/// Every customer of a value pyramid with their level, most valuable first, ranked when first read:
/// the report's counts and Pareto share need only where the levels end, so a report that is only
/// counted never orders its customers. Ranking is by value, highest first, equal values by id.
/// </summary>
internal sealed class RankedLevels : IReadOnlyList<(CustomerId Customer, PyramidLevel Level)>
{
    private readonly Lazy<(CustomerId, PyramidLevel)[]> ranked;

    /// <summary>Keeps what the ranking needs.</summary>
    /// <param name="customers">The customers, each once; owned by the list from now on.</param>
    /// <param name="minor">Their values in minor units; owned by the list from now on.</param>
    /// <param name="levels">The levels from the top down.</param>
    /// <param name="ends">Where each level ends in the ranking (exclusive).</param>
    /// <param name="order">The positions in rank order when already known, else <see langword="null"/>.</param>
    public RankedLevels(CustomerId[] customers, long[] minor, PyramidLevel[] levels, int[] ends, int[]? order)
    {
        Count = customers.Length;
        ranked = new(() => Build(customers, levels, ends, order ?? RankOrder(customers, minor)));
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public (CustomerId Customer, PyramidLevel Level) this[int index] => ranked.Value[index];

    /// <summary>
    /// Positions by value, highest first, equal values by customer id: the ids ordered once, then a
    /// stable radix sort by value.
    /// </summary>
    /// <param name="customers">The customers, each once.</param>
    /// <param name="minor">Their values in minor units.</param>
    /// <returns>The positions in rank order.</returns>
    public static int[] RankOrder(CustomerId[] customers, long[] minor)
    {
        var order = CustomerOrdinal.Order(customers);
        var keys = new ulong[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            // Highest value first: the complement, with the sign bit flipped so unsigned order is signed order.
            keys[k] = unchecked((ulong)~minor[order[k]] ^ 0x8000_0000_0000_0000UL);
        }

        RadixSort.Sort(keys, order);
        return order;
    }

    /// <inheritdoc />
    public IEnumerator<(CustomerId Customer, PyramidLevel Level)> GetEnumerator() => ((IEnumerable<(CustomerId Customer, PyramidLevel Level)>)ranked.Value).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static (CustomerId, PyramidLevel)[] Build(CustomerId[] customers, PyramidLevel[] levels, int[] ends, int[] order)
    {
        var result = new (CustomerId, PyramidLevel)[customers.Length];
        for (int t = 0, position = 0; t < levels.Length; position = ends[t], t++)
        {
            for (var k = position; k < ends[t]; k++)
            {
                result[k] = (customers[order[k]], levels[t]);
            }
        }

        return result;
    }
}
