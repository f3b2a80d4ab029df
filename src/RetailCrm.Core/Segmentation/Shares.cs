namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>Shares of a whole to a hundredth of a percent.</summary>
internal static class Shares
{
    /// <summary>
    /// Splits 100% over <paramref name="counts"/> by the largest remainder, so the shares add up to
    /// exactly 100%; all shares are zero when the counts add up to zero.
    /// </summary>
    public static Percentage[] Split(ReadOnlySpan<long> counts)
    {
        Span<long> basisPoints = counts.Length <= 32 ? stackalloc long[counts.Length] : new long[counts.Length];
        long total = 0;
        foreach (var count in counts)
        {
            total = checked(total + count);
        }

        if (total > 0)
        {
            LargestRemainder.Allocate(10_000, counts, basisPoints);
        }

        var shares = new Percentage[counts.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = Percentage.FromPercent(basisPoints[i] / 100m);
        }

        return shares;
    }

    /// <summary>The share <paramref name="part"/> is of <paramref name="whole"/>, half away from zero to a hundredth of a percent; zero of nothing.</summary>
    public static Percentage Of(long part, long whole) =>
        whole > 0 ? Percentage.FromFraction(decimal.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero)) : Percentage.Zero;
}
