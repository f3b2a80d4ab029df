namespace RetailCrm.Segmentation;

using System.Buffers;
using RetailCrm.Primitives;

/// <summary>
/// The check that a population names each customer once, in linear time and sequential reads: the
/// cached hash codes sorted by radix (keys alone, in pooled buffers), and only customers whose hash
/// codes repeat (about a hundred in a million distinct ones) compared in full.
/// </summary>
internal static class DistinctCustomers
{
    /// <summary>Rents a buffer for the hash codes of <paramref name="count"/> customers; give it to <see cref="Require"/>.</summary>
    /// <param name="count">How many customers.</param>
    /// <returns>A buffer of at least <paramref name="count"/> entries.</returns>
    public static uint[] RentHashes(int count) => ArrayPool<uint>.Shared.Rent(count);

    /// <summary>Throws when two of the customers are the same; returns the buffer to the pool either way.</summary>
    /// <param name="hashes">A buffer from <see cref="RentHashes"/> holding each customer's hash code (as <see cref="uint"/>) in its first <paramref name="count"/> entries; reordered.</param>
    /// <param name="count">How many customers.</param>
    /// <param name="customerAt">The customer at a position, read only for customers whose hash codes repeat.</param>
    /// <param name="paramName">The argument the customers came in, for the exception.</param>
    /// <exception cref="ArgumentException">A customer appears twice.</exception>
    public static void Require(uint[] hashes, int count, Func<int, CustomerId> customerAt, string paramName)
    {
        HashSet<int>? repeated = null;
        var buffer = ArrayPool<uint>.Shared.Rent(count);
        try
        {
            var keys = hashes.AsSpan(0, count);
            RadixSort.Sort(keys, buffer.AsSpan(0, count));
            for (var k = 1; k < keys.Length; k++)
            {
                if (keys[k] == keys[k - 1])
                {
                    (repeated ??= []).Add(unchecked((int)keys[k]));
                }
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
            ArrayPool<uint>.Shared.Return(hashes);
        }

        if (repeated is null)
        {
            return;
        }

        var seen = new HashSet<CustomerId>();
        for (var i = 0; i < count; i++)
        {
            var customer = customerAt(i);
            if (repeated.Contains(customer.GetHashCode()) && !seen.Add(customer))
            {
                throw new ArgumentException("A customer appears twice.", paramName);
            }
        }
    }
}
