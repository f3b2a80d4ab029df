namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>
/// The check that a population names each customer once, in linear time and sequential reads: the
/// cached hash codes sorted by radix, and only customers whose hash codes match compared in full.
/// </summary>
internal static class DistinctCustomers
{
    /// <summary>Throws when two of the <paramref name="count"/> customers are the same.</summary>
    /// <param name="count">How many customers.</param>
    /// <param name="customerAt">The customer at a position.</param>
    /// <param name="paramName">The argument the customers came in, for the exception.</param>
    /// <exception cref="ArgumentException">A customer appears twice.</exception>
    public static void Require(int count, Func<int, CustomerId> customerAt, string paramName)
    {
        var keys = new ulong[count];
        var positions = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = unchecked((uint)customerAt(i).GetHashCode());
            positions[i] = i;
        }

        RadixSort.Sort(keys, positions);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                var run = positions.AsSpan(start, end - start);
                run.Sort((x, y) => string.CompareOrdinal(customerAt(x).Value, customerAt(y).Value));
                for (var k = 1; k < run.Length; k++)
                {
                    if (customerAt(run[k - 1]).Equals(customerAt(run[k])))
                    {
                        throw new ArgumentException("A customer appears twice.", paramName);
                    }
                }
            }

            start = end;
        }
    }
}
