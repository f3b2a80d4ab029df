namespace RetailCrm.Segmentation;

/// <summary>Order statistics by counting (values of a small span) or selection (quickselect with a sorting fallback): linear time on average, never quadratic.</summary>
internal static class OrderStatistics
{
    // Values spanning at most this many distinct numbers (days, order counts) are counted, not selected.
    private const long CountedSpan = 1 << 16;

    /// <summary>
    /// Finds the values that would sit at <paramref name="ranks"/> if <paramref name="values"/> were
    /// sorted ascending, leaving them as they are: by counting when they span few numbers (days,
    /// order counts), else by selection in a copy.
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

        if (values.IsEmpty || (ulong)(high - low) >= CountedSpan)
        {
            Select(values.ToArray().AsSpan(), ranks, result);
            return;
        }

        var counts = new int[high - low + 1];
        foreach (var v in values)
        {
            counts[v - low]++;
        }

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
