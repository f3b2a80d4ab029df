namespace RetailCrm.Primitives;

using System.Numerics;

/// <summary>
/// The largest remainder method on whole units (minor units of money, points): the one
/// implementation behind every penny-exact split in the library.
/// </summary>
/// <remarks>
/// Exact: each decimal weight is turned into an integer at a common scale, so every share and
/// remainder is an exact integer quotient. The floors then never exceed the total and the units
/// left over number fewer than the parts with a positive remainder, so a zero weight never gets one.
/// </remarks>
internal static class LargestRemainder
{
    /// <summary>Splits <paramref name="total"/> whole units over <paramref name="weights"/> into <paramref name="parts"/>.</summary>
    /// <exception cref="ArgumentException">The weights are empty, negative or sum to zero.</exception>
    public static void Allocate(long total, ReadOnlySpan<decimal> weights, Span<long> parts, string weightsName)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed.", weightsName);
        }

        var scale = 0;
        foreach (var weight in weights)
        {
            if (weight < 0m)
            {
                throw new ArgumentException($"Weights must not be negative; found {weight}.", weightsName);
            }

            scale = Math.Max(scale, weight.Scale);
        }

        var scaled = new BigInteger[weights.Length];
        var sum = BigInteger.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            scaled[i] = Mantissa(weights[i]) * BigInteger.Pow(10, scale - weights[i].Scale);
            sum += scaled[i];
        }

        if (sum.IsZero)
        {
            throw new ArgumentException("Weights must not all be zero.", weightsName);
        }

        var magnitude = BigInteger.Abs(total);
        var remainders = new BigInteger[weights.Length];
        var leftover = magnitude;
        for (var i = 0; i < weights.Length; i++)
        {
            var share = BigInteger.DivRem(magnitude * scaled[i], sum, out remainders[i]);
            parts[i] = (long)share;
            leftover -= share;
        }

        DistributeLeftover<BigInteger>(remainders, (long)leftover, parts);
        if (total < 0)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }
    }

    /// <summary>
    /// Splits <paramref name="total"/> whole units over whole-number <paramref name="weights"/>
    /// (e.g. line values in minor units) into <paramref name="parts"/>, without allocating for up to
    /// 512 parts: the pricing engine's penny-exact split.
    /// </summary>
    /// <remarks>The caller guarantees non-negative weights with a positive sum and |total| at most the sum's magnitude range.</remarks>
    public static void Allocate(long total, ReadOnlySpan<long> weights, Span<long> parts)
    {
        Int128 sum = 0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var magnitude = (Int128)Math.Abs(total);
        Span<Int128> remainders = weights.Length <= 512 ? stackalloc Int128[weights.Length] : new Int128[weights.Length];
        var leftover = magnitude;
        var narrow = sum <= ulong.MaxValue;
        for (var i = 0; i < weights.Length; i++)
        {
            // Most products fit 64 bits (an order discount times a line's value): divide them as such,
            // which is several times faster than dividing 128-bit numbers.
            var high = Math.BigMul((ulong)magnitude, (ulong)weights[i], out var low);
            Int128 share, remainder;
            if (narrow && high == 0)
            {
                var (q, r) = Math.DivRem(low, (ulong)sum);
                (share, remainder) = (q, r);
            }
            else
            {
                (share, remainder) = Int128.DivRem(magnitude * weights[i], sum);
            }

            parts[i] = (long)share;
            remainders[i] = remainder;
            leftover -= share;
        }

        DistributeLeftover(remainders, (long)leftover, parts);
        if (total < 0)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }
    }

    // The units left over go one each to the largest remainders; among equal remainders to the
    // earlier part, so the split is deterministic. Fewer units are left over than there are
    // positive remainders, so a part whose share was exact never gets one. Allocates nothing for up
    // to 1,024 parts (the split itself to 512): pricing splits every order discount this way.
    private static void DistributeLeftover<T>(Span<T> remainders, long leftover, Span<long> parts)
        where T : INumber<T>
    {
        var n = remainders.Length;
        if (leftover <= 8 || n <= 16)
        {
            for (var k = 0; k < leftover; k++)
            {
                var best = 0;
                for (var i = 1; i < n; i++)
                {
                    if (remainders[i] > remainders[best])
                    {
                        best = i;
                    }
                }

                parts[best]++;
                remainders[best] = -T.One;
            }

            return;
        }

        // A heap of the parts, largest remainder (then earliest part) on top, popped once per unit.
        Span<int> heap = n <= 1024 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
        {
            heap[i] = i;
        }

        for (var i = (n / 2) - 1; i >= 0; i--)
        {
            SiftDown(heap, i, n, remainders);
        }

        var size = n;
        for (var k = 0; k < leftover; k++)
        {
            parts[heap[0]]++;
            heap[0] = heap[--size];
            SiftDown(heap, 0, size, remainders);
        }
    }

    private static void SiftDown<T>(Span<int> heap, int i, int size, ReadOnlySpan<T> remainders)
        where T : INumber<T>
    {
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                return;
            }

            if (child + 1 < size && Before(remainders, heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Before(remainders, heap[child], heap[i]))
            {
                return;
            }

            (heap[i], heap[child]) = (heap[child], heap[i]);
            i = child;
        }
    }

    // Whether part a gets a leftover unit before part b.
    private static bool Before<T>(ReadOnlySpan<T> remainders, int a, int b)
        where T : INumber<T> =>
        remainders[a] > remainders[b] || (remainders[a] == remainders[b] && a < b);

    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The three low words are the 96-bit mantissa's raw bits: reinterpret them, never range-check them.
        return unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
    }
}
