namespace RetailCrm.Segmentation;

using System.Buffers;
using System.Numerics;
using RetailCrm.Primitives;

/// <summary>
/// The check that a population names each customer once, in linear time: the cached hash codes
/// spread into cache-sized buckets by their top bits and each bucket checked in a small table (in
/// pooled buffers), and only customers whose hash codes repeat (about a hundred in a million
/// distinct ones) compared in full.
/// </summary>
internal static class DistinctCustomers
{
    /// <summary>Rents a buffer for the hash codes of <paramref name="count"/> customers; give it to <see cref="Require"/>.</summary>
    /// <param name="count">How many customers.</param>
    /// <returns>A buffer of at least <paramref name="count"/> entries.</returns>
    public static uint[] RentHashes(int count) => ArrayPool<uint>.Shared.Rent(count);

    /// <summary>Throws when two of the customers are the same; returns the buffer to the pool either way.</summary>
    /// <param name="hashes">A buffer from <see cref="RentHashes"/> holding each customer's hash code (as <see cref="uint"/>) in its first <paramref name="count"/> entries.</param>
    /// <param name="count">How many customers.</param>
    /// <param name="customerAt">The customer at a position, read only for customers whose hash codes repeat.</param>
    /// <param name="paramName">The argument the customers came in, for the exception.</param>
    /// <exception cref="ArgumentException">A customer appears twice.</exception>
    public static void Require(uint[] hashes, int count, Func<int, CustomerId> customerAt, string paramName)
    {
        var buffer = ArrayPool<uint>.Shared.Rent(count);
        try
        {
            var keys = hashes.AsSpan(0, count);
            if (Repeated(keys, buffer.AsSpan(0, count)) is not { } repeated)
            {
                return;
            }

            // Only customers whose hash code repeats are read: a bit per low 16 bits of the hash code filters the rest.
            Span<ulong> filter = stackalloc ulong[1 << 10];
            filter.Clear();
            foreach (var hash in repeated)
            {
                filter[(hash >> 6) & 0x3FF] |= 1UL << (hash & 63);
            }

            var seen = new HashSet<CustomerId>();
            for (var i = 0; i < keys.Length; i++)
            {
                var hash = unchecked((int)keys[i]);
                if ((filter[(hash >> 6) & 0x3FF] & (1UL << (hash & 63))) != 0 && repeated.Contains(hash) && !seen.Add(customerAt(i)))
                {
                    throw new ArgumentException("A customer appears twice.", paramName);
                }
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
            ArrayPool<uint>.Shared.Return(hashes);
        }
    }

    // The hash codes that occur more than once: one pass spreads them by their top bits into buckets
    // of a few hundred (in bucket order), then each bucket goes through a small open-addressing table
    // that stays in the processor's first-level cache.
    private static HashSet<int>? Repeated(Span<uint> keys, Span<uint> buckets)
    {
        const int Top = 11;
        HashSet<int>? repeated = null;
        Span<int> starts = stackalloc int[(1 << Top) + 1];
        starts.Clear();
        foreach (var key in keys)
        {
            starts[(int)(key >> (32 - Top)) + 1]++;
        }

        var largest = 0;
        for (var b = 1; b < starts.Length; b++)
        {
            largest = Math.Max(largest, starts[b]);
            starts[b] += starts[b - 1];
        }

        Span<int> next = stackalloc int[1 << Top];
        starts[..^1].CopyTo(next);
        foreach (var key in keys)
        {
            buckets[next[(int)(key >> (32 - Top))]++] = key;
        }

        // At most half full. An entry holds its bucket's number (plus one) above the hash code, so entries
        // left by earlier buckets read as empty and the table is never cleared.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * largest));
        var rented = size > 1024 ? ArrayPool<ulong>.Shared.Rent(size) : null;
        Span<ulong> table = rented is null ? stackalloc ulong[size] : rented.AsSpan(0, size);
        table.Clear();
        var slots = (uint)size - 1;
        for (var b = 0; b < 1 << Top; b++)
        {
            var owner = (ulong)(b + 1) << 32;
            foreach (var key in buckets[starts[b]..starts[b + 1]])
            {
                var entry = owner | key;
                var slot = (int)(key & slots);
                while (table[slot] >= owner && table[slot] != entry)
                {
                    slot = (int)((uint)(slot + 1) & slots);
                }

                if (table[slot] == entry)
                {
                    (repeated ??= []).Add(unchecked((int)key));
                }

                table[slot] = entry;
            }
        }

        if (rented is not null)
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        return repeated;
    }
}
