namespace RetailCrm.Primitives;

/// <summary>
/// The largest remainder method on whole units (minor units of money, points): the one
/// implementation behind every penny-exact split in the library.
/// </summary>
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

        var sum = 0m;
        foreach (var weight in weights)
        {
            if (weight < 0m)
            {
                throw new ArgumentException($"Weights must not be negative; found {weight}.", weightsName);
            }

            sum += weight;
        }

        if (sum == 0m)
        {
            throw new ArgumentException("Weights must not all be zero.", weightsName);
        }

        var sign = total < 0 ? -1 : 1;
        var magnitude = Math.Abs(total);
        Span<decimal> remainders = weights.Length <= 64 ? stackalloc decimal[weights.Length] : new decimal[weights.Length];
        var given = 0L;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = magnitude * (weights[i] / sum);
            var whole = decimal.Truncate(exact);
            parts[i] = (long)whole;
            remainders[i] = exact - whole;
            given += parts[i];
        }

        // Rounding of weights[i] / sum can leave the floors a unit over the total in extreme cases;
        // take any excess back from the smallest remainders, then give the leftover to the largest.
        var leftover = magnitude - given;
        while (leftover > 0)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
            {
                if (weights[i] > 0m && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            parts[best]++;
            remainders[best] = -1m;
            leftover--;
        }

        while (leftover < 0)
        {
            var worst = -1;
            for (var i = remainders.Length - 1; i >= 0; i--)
            {
                if (parts[i] > 0 && (worst < 0 || remainders[i] < remainders[worst]))
                {
                    worst = i;
                }
            }

            parts[worst]--;
            remainders[worst] = 2m;
            leftover++;
        }

        if (sign < 0)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }
    }
}
