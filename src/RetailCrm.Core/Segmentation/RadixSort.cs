namespace RetailCrm.Segmentation;

/// <summary>
/// A stable least-significant-digit radix sort of 64-bit keys carrying an <see cref="int"/> each,
/// a byte per pass: linear time, sequential reads, and a byte all keys share (the unused low bytes
/// of a packed key, the high bytes of a small one) costs no pass.
/// </summary>
internal static class RadixSort
{
    private const int Digits = 8;
    private const int Buckets = 256;

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> along; equal keys keep their order.</summary>
    /// <param name="keys">The keys; sorted in place.</param>
    /// <param name="items">One item per key; reordered with the keys.</param>
    public static void Sort(ulong[] keys, int[] items)
    {
        var n = keys.Length;
        var counts = new int[Digits * Buckets];
        foreach (var key in keys)
        {
            for (var d = 0; d < Digits; d++)
            {
                counts[(d * Buckets) + (int)((key >> (8 * d)) & 0xFF)]++;
            }
        }

        ulong[]? keyBuffer = null;
        int[]? itemBuffer = null;
        var (fromKeys, fromItems) = (keys, items);
        for (var d = 0; d < Digits; d++)
        {
            var count = counts.AsSpan(d * Buckets, Buckets);
            if (n == 0 || count[(int)((keys[0] >> (8 * d)) & 0xFF)] == n)
            {
                continue;
            }

            keyBuffer ??= new ulong[n];
            itemBuffer ??= new int[n];
            var (toKeys, toItems) = fromKeys == keys ? (keyBuffer, itemBuffer) : (keys, items);
            for (int b = 0, start = 0; b < Buckets; b++)
            {
                (count[b], start) = (start, start + count[b]);
            }

            for (var i = 0; i < n; i++)
            {
                var key = fromKeys[i];
                var at = count[(int)((key >> (8 * d)) & 0xFF)]++;
                toKeys[at] = key;
                toItems[at] = fromItems[i];
            }

            (fromKeys, fromItems) = (toKeys, toItems);
        }

        if (fromKeys != keys)
        {
            fromKeys.CopyTo(keys, 0);
            fromItems.CopyTo(items, 0);
        }
    }
}
