namespace RetailCrm.Segmentation;

using System.Numerics;
using RetailCrm.Primitives;

/// <summary>
/// Orders customers by their identifiers, ordinally: the order every segmentation result is given
/// in. Identifiers often share a prefix ("c-000...") and draw on a small alphabet (digits, letters),
/// so the sort skips the prefix all of them share, packs as many of the next characters as fit into
/// one 64-bit number (each character in as few bits as the alphabet's span needs) and sorts those
/// numbers by radix (no string comparisons, linear time); only customers whose packed characters
/// tie are compared in full.
/// </summary>
internal readonly struct CustomerOrdinal(CustomerId[] customers) : IComparer<int>
{
    // How far into each identifier the alphabet is read (after which ties are compared in full).
    private const int Scanned = 64;

    /// <summary>The positions of <paramref name="customers"/> in the order of their ids.</summary>
    /// <param name="customers">The customers, each once.</param>
    /// <returns>The positions, first id first.</returns>
    public static int[] Order(CustomerId[] customers)
    {
        var n = customers.Length;
        var order = new int[n];
        if (n == 0)
        {
            return order;
        }

        // One read of every id: the prefix all share, and the span of characters near the front.
        var first = customers[0].Value.AsSpan();
        var shared = first.Length;
        int low = char.MaxValue, high = 0;
        for (var i = 0; i < n; i++)
        {
            Prefetch.Ahead(customers, i);
            var id = customers[i].Value.AsSpan();
            shared = first[..shared].CommonPrefixLength(id);
            foreach (var c in id[..Math.Min(id.Length, Scanned)])
            {
                low = Math.Min(low, c);
                high = Math.Max(high, c);
            }
        }

        // A character packs as c - low + 1 (zero marks the end of a shorter id, which sorts first as ordinal comparison does).
        var bits = 64 - BitOperations.LeadingZeroCount((ulong)(high - low + 1));
        var packed = Math.Min(64 / bits, Scanned - shared);
        var keys = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            Prefetch.Ahead(customers, i);
            var rest = customers[i].Value.AsSpan(shared);
            ulong key = 0;
            for (var k = 0; k < packed; k++)
            {
                key = (key << bits) | (k < rest.Length ? (ulong)(rest[k] - low + 1) : 0UL);
            }

            keys[i] = key << (64 - (packed * bits));
            order[i] = i;
        }

        RadixSort.Sort(keys, order);
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                order.AsSpan(start, end - start).Sort(new CustomerOrdinal(customers));
            }

            start = end;
        }

        return order;
    }

    /// <inheritdoc />
    public int Compare(int x, int y) => string.CompareOrdinal(customers[x].Value, customers[y].Value);
}
