namespace RetailCrm.Segmentation;

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

        var keys = new ulong[n];
        OrdinalPrefix.Keys(new Ids(customers), keys);
        for (var i = 0; i < n; i++)
        {
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

    // The ids, each read after touching the next ones a batch ahead, so that their cache misses overlap.
    private readonly struct Ids(CustomerId[] customers) : OrdinalPrefix.IIdentifiers
    {
        public int Count => customers.Length;

        public ReadOnlySpan<char> this[int index]
        {
            get
            {
                Prefetch.Ahead(customers, index);
                return customers[index].Value;
            }
        }
    }
}
