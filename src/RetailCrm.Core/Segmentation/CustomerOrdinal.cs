namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>
/// Orders customers by their identifiers, ordinally: the order every segmentation result is given
/// in. Identifiers often share a prefix ("c-000..."), so the sort skips the prefix all of them share
/// and sorts by the next eight characters packed into one 128-bit number (a primitive sort, no
/// string comparisons); only customers whose eight characters tie are compared in full.
/// </summary>
internal readonly struct CustomerOrdinal(CustomerId[] customers) : IComparer<int>
{
    private const int Packed = 8;

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

        var first = customers[0].Value.AsSpan();
        var shared = first.Length;
        foreach (var customer in customers)
        {
            shared = first[..shared].CommonPrefixLength(customer.Value);
        }

        var keys = new UInt128[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = Pack(customers[i].Value.AsSpan(shared));
            order[i] = i;
        }

        Array.Sort(keys, order);
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

    // The first eight UTF-16 units, most significant first; a shorter id pads with zero, which sorts
    // first as ordinal comparison does (identifiers hold no control characters, so no unit is zero).
    private static UInt128 Pack(ReadOnlySpan<char> rest)
    {
        UInt128 key = 0;
        for (var i = 0; i < Packed; i++)
        {
            key = (key << 16) | (i < rest.Length ? rest[i] : 0u);
        }

        return key;
    }
}
