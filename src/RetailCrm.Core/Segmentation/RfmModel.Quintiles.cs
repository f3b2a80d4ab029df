namespace RetailCrm.Segmentation;

// Quintile scores that never split a value, in linear time.
public sealed partial class RfmModel
{
    // Score = 1 + floor(5 x worse / n), where worse counts the customers with a strictly worse value,
    // so equal values share a score. floor(5w/n) >= k exactly when w >= ceil(kn/5) =: m, and (for
    // "higher is better") at least m values lie strictly below v exactly when v exceeds the m-th
    // smallest value. So four order statistics decide every score: found by counting or selection,
    // not sorting.
    private static void QuintileCuts(ReadOnlySpan<long> values, (long Low, long High) bounds, Span<long> cuts, bool lowerIsBetter)
    {
        var n = values.Length;
        if (n == 0)
        {
            return;
        }

        Span<int> ranks = stackalloc int[4];
        QuintileRanks(n, lowerIsBetter, ranks);
        OrderStatistics.SelectUnchanged(values, bounds.Low, bounds.High, ranks, cuts);
    }

    // The four ranks (zero-based, ascending order) whose values are the cuts, among n > 0 values.
    private static void QuintileRanks(int n, bool lowerIsBetter, Span<int> ranks)
    {
        for (var k = 1; k <= 4; k++)
        {
            var m = (int)(((k * (long)n) + 4) / 5);
            ranks[k - 1] = lowerIsBetter ? n - m : m - 1;
        }
    }
}
