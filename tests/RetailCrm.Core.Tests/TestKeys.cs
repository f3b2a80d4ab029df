namespace RetailCrm.Tests;

using RetailCrm.Primitives;

/// <summary>Fresh idempotency keys for tests whose commands are each meant once.</summary>
internal static class TestKeys
{
    private static long next;

    /// <summary>A key no other call returns.</summary>
    /// <returns>The key.</returns>
    public static IdempotencyKey Next() => new($"test-{Interlocked.Increment(ref next)}");
}
