namespace RetailCrm.Persistence.InMemory;

/// <summary>The one way the in-memory stores read history a page at a time: the same limits, the same errors, the same slicing.</summary>
internal static class Paging
{
    /// <summary>The most rows one read returns.</summary>
    public const int MaxCount = 10_000;

    /// <summary>Refuses a negative position to read after or a page size outside 1 to <see cref="MaxCount"/>, naming the argument.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static void Require(long after, int maxCount, string afterName)
    {
        if (after < 0)
        {
            throw new ArgumentOutOfRangeException(afterName, after, "The position to read after is 0 or more.");
        }

        RequireCount(maxCount);
    }

    /// <summary>Refuses a page size outside 1 to <see cref="MaxCount"/>, naming the argument.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    public static void RequireCount(int maxCount)
    {
        if (maxCount is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, $"A page holds 1 to {MaxCount:N0} rows.");
        }
    }

    /// <summary>Up to <paramref name="maxCount"/> rows after the first <paramref name="after"/>, in order.</summary>
    public static T[] Page<T>(IReadOnlyList<T> rows, long after, int maxCount)
    {
        var start = (int)Math.Min(after, rows.Count);
        var count = Math.Min(maxCount, rows.Count - start);
        var page = new T[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = rows[start + i];
        }

        return page;
    }
}
