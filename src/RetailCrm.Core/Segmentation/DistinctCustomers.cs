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
    // Bits of a hash code that pick its bucket.
    private const int Top = 11;

    /// <summary>How many buckets the hash codes spread into: the length of a tally for <see cref="Tally"/>.</summary>
    public const int Buckets = 1 << Top;

    /// <summary>Rents a buffer for the hash codes of <paramref name="count"/> customers; give it to <see cref="Require(uint[], int, Func{int, CustomerId}, string)"/>.</summary>
    /// <param name="count">How many customers.</param>
    /// <returns>A buffer of at least <paramref name="count"/> entries.</returns>
    public static uint[] RentHashes(int count) => ArrayPool<uint>.Shared.Rent(count);

    /// <summary>Counts a hash code in its bucket, so a caller that reads the customers anyway spares <see cref="Require(uint[], int, ReadOnlySpan{int}, Func{int, CustomerId}, string)"/> a pass.</summary>
    /// <param name="tally">The count per bucket, <see cref="Buckets"/> long, cleared before the first hash code.</param>
    /// <param name="hash">The hash code.</param>
    public static void Tally(Span<int> tally, uint hash)
    {
        unchecked
        {
            tally[(int)(hash >> (32 - Top))]++;
        }
    }

    /// <summary>Throws when two of the customers are the same; returns the buffer to the pool either way.</summary>
    /// <param name="hashes">A buffer from <see cref="RentHashes"/> holding each customer's hash code (as <see cref="uint"/>) in its first <paramref name="count"/> entries.</param>
    /// <param name="count">How many customers.</param>
    /// <param name="customerAt">The customer at a position, read only for customers whose hash codes repeat.</param>
    /// <param name="paramName">The argument the customers came in, for the exception.</param>
    /// <exception cref="ArgumentException">A customer appears twice.</exception>
    public static void Require(uint[] hashes, int count, Func<int, CustomerId> customerAt, string paramName)
    {
        Span<int> tally = stackalloc int[Buckets];
        tally.Clear();
        foreach (var hash in hashes.AsSpan(0, count))
        {
            Tally(tally, hash);
        }

        Require(hashes, count, tally, customerAt, paramName);
    }

    /// <summary>As <see cref="Require(uint[], int, Func{int, CustomerId}, string)"/>, with the hash codes already counted by <see cref="Tally"/>.</summary>
    /// <param name="hashes">A buffer from <see cref="RentHashes"/> holding each customer's hash code (as <see cref="uint"/>) in its first <paramref name="count"/> entries.</param>
    /// <param name="count">How many customers.</param>
    /// <param name="tally">The hash codes counted per bucket.</param>
    /// <param name="customerAt">The customer at a position, read only for customers whose hash codes repeat.</param>
    /// <param name="paramName">The argument the customers came in, for the exception.</param>
    /// <exception cref="ArgumentException">A customer appears twice.</exception>
    public static void Require(uint[] hashes, int count, ReadOnlySpan<int> tally, Func<int, CustomerId> customerAt, string paramName)
    {
        var buffer = ArrayPool<uint>.Shared.Rent(count);
        try
        {
            var keys = hashes.AsSpan(0, count);
            if (Repeated(keys, tally, buffer.AsSpan(0, count)) is not { } repeated)
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

    // The hash codes that occur more than once: one pass spreads them by their top bits into buckets of a few hundred
    // (in bucket order), then each bucket goes through a small open-addressing table, at most an
    // eighth full so probes are short, that stays in the processor's first-level cache.
    private static HashSet<int>? Repeated(Span<uint> keys, ReadOnlySpan<int> tally, Span<uint> buckets)
    {
        HashSet<int>? repeated = null;
        Span<int> starts = stackalloc int[Buckets + 1];
        starts[0] = 0;
        var largest = 0;
        for (var b = 0; b < Buckets; b++)
        {
            largest = Math.Max(largest, tally[b]);
            starts[b + 1] = starts[b] + tally[b];
        }

        Span<int> next = stackalloc int[Buckets];
        starts[..^1].CopyTo(next);
        unchecked
        {
            foreach (var key in keys)
            {
                buckets[next[(int)(key >> (32 - Top))]++] = key;
            }
        }

        // An entry is the hash code itself: one whose top bits are not the bucket's is left by another
        // bucket or is the fill (top bits all ones, then all zeros for the last bucket, whose top bits
        // are all ones) and reads as empty, so the table is filled twice, never cleared per bucket.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 8 * largest));
        var rented = ArrayPool<uint>.Shared.Rent(size);
        var table = rented.AsSpan(0, size);
        table.Fill(uint.MaxValue);
        var slots = (uint)size - 1;
        for (var b = 0; b < Buckets; b++)
        {
            if (b == Buckets - 1)
            {
                table.Clear();
            }

            foreach (var key in buckets[starts[b]..starts[b + 1]])
            {
                var slot = (int)(key & slots);
                while (table[slot] >> (32 - Top) == (uint)b && table[slot] != key)
                {
                    slot = (int)((slot + 1) & slots);
                }

                if (table[slot] == key)
                {
                    (repeated ??= []).Add(unchecked((int)key));
                }

                table[slot] = key;
            }
        }

        ArrayPool<uint>.Shared.Return(rented);
        return repeated;
    }
}
