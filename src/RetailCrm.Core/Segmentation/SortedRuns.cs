namespace RetailCrm.Segmentation;

/// <summary>Walks sorted values run by run, a run being equal values: how ranks stay tie-safe.</summary>
internal static class SortedRuns
{
    /// <summary>The index just past the run of values equal to the one at <paramref name="start"/>.</summary>
    /// <param name="sorted">Values in sorted order.</param>
    /// <param name="start">The first index of the run.</param>
    /// <returns>The end of the run, exclusive.</returns>
    public static int End(ReadOnlySpan<long> sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Length && sorted[end] == sorted[start])
        {
            end++;
        }

        return end;
    }
}
