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

        var order = new int[weights.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Largest remainder first; among equal remainders the earlier part, so the split is deterministic.
        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; k < (int)leftover; k++)
        {
            parts[order[k]]++;
        }

        if (total < 0)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }
    }

    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The three low words are the 96-bit mantissa's raw bits: reinterpret them, never range-check them.
        return unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
    }
}
