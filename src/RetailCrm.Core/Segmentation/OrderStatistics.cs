namespace RetailCrm.Segmentation;

using System.Buffers;

/// <summary>
/// Order statistics by counting (values of a small span), by radix selection (values left as they
/// are, no copy) or by selection (quickselect with a sorting fallback): linear time, never quadratic.
/// </summary>
internal static class OrderStatistics
{
    // Bits of a value a radix selection pass decides: the first pass counts once for every rank, so it
    // takes more bits; later passes count once per rank, so their counts stay in the first-level cache.
    private const int FirstDigitBits = 16;
    private const int DigitBits = 11;

    // Values spanning at most this many distinct numbers (days, order counts) are counted, not selected.
    private const long CountedSpan = 1 << 16;

    /// <summary>
    /// Finds the values that would sit at <paramref name="ranks"/> if <paramref name="values"/> were
    /// sorted ascending, leaving them as they are: by counting when they span few numbers (days,
    /// order counts), else by radix selection: a few passes that each narrow every rank to the values
    /// sharing its next eleven bits.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="ranks">Zero-based ranks, in any order, each within the values.</param>
    /// <param name="result">Receives the value at each rank, in the order of <paramref name="ranks"/>.</param>
    public static void SelectUnchanged(ReadOnlySpan<long> values, ReadOnlySpan<int> ranks, Span<long> result)
    {
        long low = long.MaxValue, high = long.MinValue;
        foreach (var v in values)
        {
            low = Math.Min(low, v);
            high = Math.Max(high, v);
        }

        SelectUnchanged(values, low, high, ranks, result);
    }

    /// <summary>As <see cref="SelectUnchanged(ReadOnlySpan{long}, ReadOnlySpan{int}, Span{long})"/>, for values whose bounds are known.</summary>
    /// <param name="values">The values.</param>
    /// <param name="low">The smallest of the values.</param>
    /// <param name="high">The largest of the values.</param>
    /// <param name="ranks">Zero-based ranks, in any order, each within the values.</param>
    /// <param name="result">Receives the value at each rank, in the order of <paramref name="ranks"/>.</param>
    public static void SelectUnchanged(ReadOnlySpan<long> values, long low, long high, ReadOnlySpan<int> ranks, Span<long> result)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (unchecked((ulong)(high - low)) >= CountedSpan)
        {
            RadixSelect(values, low, unchecked((ulong)(high - low)), ranks, result);
            return;
        }

        var counts = new int[high - low + 1];
        foreach (var v in values)
        {
            counts[v - low]++;
        }

        SelectCounted(counts, low, ranks, result);
    }

    /// <summary>Finds the values at <paramref name="ranks"/> among values already counted.</summary>
    /// <param name="counts">How many values equal <paramref name="low"/> plus each position.</param>
    /// <param name="low">The value counted first.</param>
    /// <param name="ranks">Zero-based ranks, in any order, each within the values counted.</param>
    /// <param name="result">Receives the value at each rank, in the order of <paramref name="ranks"/>.</param>
    public static void SelectCounted(ReadOnlySpan<int> counts, long low, ReadOnlySpan<int> ranks, Span<long> result)
    {
        for (var r = 0; r < ranks.Length; r++)
        {
            var (value, below) = (0, counts[0]);
            while (below <= ranks[r])
            {
                below += counts[++value];
            }

            result[r] = low + value;
        }
    }

    // Most significant digit first: each pass counts, for every distinct prefix the ranks have reached,
    // the next digit of the values (as offsets from the lowest) that share that prefix, and moves
    // each rank to the digit its position falls in. Ranks that share a prefix share the pass's counts.
    private static void RadixSelect(ReadOnlySpan<long> values, long low, ulong span, ReadOnlySpan<int> ranks, Span<long> result)
    {
        var k = ranks.Length;
        Span<ulong> prefix = k <= 8 ? stackalloc ulong[k] : new ulong[k];
        Span<int> within = k <= 8 ? stackalloc int[k] : new int[k];
        Span<int> group = k <= 8 ? stackalloc int[k] : new int[k];
        Span<ulong> distinct = k <= 8 ? stackalloc ulong[k] : new ulong[k];
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(k << DigitBits, 1 << FirstDigitBits));
        ranks.CopyTo(within);
        prefix.Clear();
        var decided = 64 - (int)ulong.LeadingZeroCount(span);
        var first = true;
        while (decided > 0)
        {
            var shift = Math.Max(0, decided - (first ? FirstDigitBits : DigitBits));
            var rowLength = first ? 1 << FirstDigitBits : 1 << DigitBits;
            var mask = (1UL << (decided - shift)) - 1;
            var groups = 0;
            for (var r = 0; r < k; r++)
            {
                var g = distinct[..groups].IndexOf(prefix[r]);
                group[r] = g >= 0 ? g : groups;
                distinct[groups] = prefix[r];
                groups += g >= 0 ? 0 : 1;
            }

            var tally = counts.AsSpan(0, groups * rowLength);
            tally.Clear();
            if (first)
            {
                // Every value shares the empty prefix.
                Count(values, low, shift, mask, tally);
                first = false;
            }
            else
            {
                Count(values, low, decided, shift, mask, distinct[..groups], rowLength, tally);
            }

            for (var r = 0; r < k; r++)
            {
                var row = tally.Slice(group[r] * rowLength, rowLength);
                var digit = 0;
                while (within[r] >= row[digit])
                {
                    within[r] -= row[digit++];
                }

                prefix[r] = (prefix[r] << (decided - shift)) | (uint)digit;
            }

            decided = shift;
        }

        ArrayPool<int>.Shared.Return(counts);
        for (var r = 0; r < k; r++)
        {
            result[r] = unchecked(low + (long)prefix[r]);
        }
    }

    // Counts the digit of every value (as an offset from the lowest) in one row.
    private static void Count(ReadOnlySpan<long> values, long low, int shift, ulong mask, Span<int> row)
    {
        unchecked
        {
            foreach (var v in values)
            {
                row[(int)(((ulong)(v - low) >> shift) & mask)]++;
            }
        }
    }

    // Counts the digit of each value whose prefix (the bits above the decided ones) is one the ranks have
    // reached, in that prefix's row; the prefixes are distinct, and most values share none of them.
    private static void Count(ReadOnlySpan<long> values, long low, int decided, int shift, ulong mask, ReadOnlySpan<ulong> prefixes, int rowLength, Span<int> tally)
    {
        unchecked
        {
            foreach (var v in values)
            {
                var offset = (ulong)(v - low);
                var high = offset >> decided;
                for (var g = 0; g < prefixes.Length; g++)
                {
                    if (high == prefixes[g])
                    {
                        tally[(g * rowLength) + (int)((offset >> shift) & mask)]++;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Finds the values that would sit at <paramref name="ranks"/> if <paramref name="work"/> were sorted ascending.</summary>
    /// <param name="work">The values; reordered in place.</param>
    /// <param name="ranks">Zero-based ranks, in any order, each within the values.</param>
    /// <param name="values">Receives the value at each rank, in the order of <paramref name="ranks"/>.</param>
    public static void Select(Span<long> work, ReadOnlySpan<int> ranks, Span<long> values)
    {
        for (var i = 0; i < ranks.Length; i++)
        {
            values[i] = Select(work, ranks[i]);
        }
    }

    // Hoare selection: after it, work[rank] holds its sorted value, smaller-or-equal values sit to its
    // left and greater-or-equal to its right, so later selections in the same span stay cheap.
    private static long Select(Span<long> work, int rank)
    {
        int low = 0, high = work.Length - 1;
        var budget = 2 * (64 - (int)ulong.LeadingZeroCount((ulong)work.Length));
        while (high > low)
        {
            if (budget-- == 0)
            {
                work[low..(high + 1)].Sort();
                break;
            }

            var pivot = MedianOfThree(work[low], work[low + ((high - low) / 2)], work[high]);
            int i = low, j = high;
            while (i <= j)
            {
                while (work[i] < pivot)
                {
                    i++;
                }

                while (work[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (work[i], work[j]) = (work[j], work[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                high = j;
            }
            else if (rank >= i)
            {
                low = i;
            }
            else
            {
                break;
            }
        }

        return work[rank];
    }

    private static long MedianOfThree(long a, long b, long c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
