namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>
/// Loads memory a batch ahead of its use. Passes over a million customers or orders in no
/// particular memory order miss the processor's caches on nearly every step; a loop that does
/// real work per step keeps few misses in flight, while a tight loop of loads keeps many, so
/// touching the next batch first makes the misses overlap instead of queueing.
/// </summary>
internal static class Prefetch
{
    /// <summary>How many steps a touch covers.</summary>
    public const int Batch = 32;

    private static int sink;

    /// <summary>At the start of each batch, reads the text of the batch's customer ids.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="i">The current position.</param>
    public static void Ahead(CustomerId[] customers, int i)
    {
        if (i % Batch != 0)
        {
            return;
        }

        var touched = 0;
        foreach (var customer in customers.AsSpan(i, Math.Min(Batch, customers.Length - i)))
        {
            touched += customer.Value.Length;
        }

        Keep(touched);
    }

    /// <summary>Keeps the sum of touched values alive, so the loads are not optimized away.</summary>
    /// <param name="touched">The sum.</param>
    public static void Keep(int touched) => Volatile.Write(ref sink, touched);
}
