namespace RetailCrm.Segmentation;

/// <summary>Quintile scores that never split a value.</summary>
public sealed partial class RfmModel
{
    // Score = 1 + floor(5 x (customers strictly worse) / n), at most 5, so ties share a score.
    // One sort of the values with their positions, then one walk over runs of equal values.
    private static void Quintiles(long[] values, int[] scores, bool lowerIsBetter)
    {
        var n = values.Length;
        var sorted = (long[])values.Clone();
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[i] = i;
        }

        Array.Sort(sorted, position);
        var start = 0;
        while (start < n)
        {
            var end = SortedRuns.End(sorted, start);
            var worse = lowerIsBetter ? n - end : start;
            var score = Math.Min(5, 1 + (int)(5L * worse / n));
            for (var k = start; k < end; k++)
            {
                scores[position[k]] = score;
            }

            start = end;
        }
    }
}
