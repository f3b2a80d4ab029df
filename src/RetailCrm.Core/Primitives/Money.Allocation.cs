namespace RetailCrm.Primitives;

public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into parts proportional to <paramref name="weights"/>, penny-exact: every
    /// part is a whole number of minor units and the parts always add up to the amount.
    /// </summary>
    /// <remarks>
    /// Largest remainder method: each part first gets its proportional share rounded towards zero;
    /// the minor units left over go one each to the parts with the largest remainders, and among
    /// equal remainders to the earlier part, so the result is deterministic. A zero weight gets
    /// zero. Used to spread an order-level discount, a points payment or a refund over order lines.
    /// </remarks>
    /// <param name="weights">One non-negative weight per part (e.g. line values); at least one positive.</param>
    /// <returns>One amount per weight, in the same order.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative weight or sums to zero.</exception>
    /// <exception cref="InvalidOperationException">The amount is not rounded to the minor unit.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> weights)
    {
        var units = ToMinorUnits();
        Span<long> parts = weights.Length <= 64 ? stackalloc long[weights.Length] : new long[weights.Length];
        LargestRemainder.Allocate(units, weights, parts, nameof(weights));
        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = FromMinorUnits(parts[i], Currency);
        }

        return result;
    }

    /// <summary>Splits the amount penny-exact by weights; see <see cref="Allocate(ReadOnlySpan{decimal})"/>.</summary>
    /// <param name="weights">One non-negative weight per part; at least one positive.</param>
    /// <returns>One amount per weight, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative weight or sums to zero.</exception>
    /// <exception cref="InvalidOperationException">The amount is not rounded to the minor unit.</exception>
    public Money[] Allocate(IEnumerable<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Allocate(weights.ToArray().AsSpan());
    }

    /// <summary>Splits the amount into <paramref name="parts"/> equal parts, penny-exact; earlier parts get the odd minor units.</summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <returns>The parts, which add up to the amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">The amount is not rounded to the minor unit.</exception>
    public Money[] Allocate(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var weights = new decimal[parts];
        weights.AsSpan().Fill(1m);
        return Allocate(weights.AsSpan());
    }
}
