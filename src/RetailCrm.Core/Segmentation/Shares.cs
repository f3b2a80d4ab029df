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
        var shares = new Percentage[counts.Length];
        Split(counts, shares);
        return shares;
    }

    /// <summary>As <see cref="Split(ReadOnlySpan{long})"/>, into <paramref name="shares"/>.</summary>
    public static void Split(ReadOnlySpan<long> counts, Span<Percentage> shares)
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

        for (var i = 0; i < counts.Length; i++)
        {
            shares[i] = FromBasisPoints(basisPoints[i]);
        }
    }

    /// <summary>The share <paramref name="part"/> is of <paramref name="whole"/>, half away from zero to a hundredth of a percent; zero of nothing.</summary>
    public static Percentage Of(long part, long whole) =>
        whole > 0 ? FromBasisPoints((long)decimal.Round(10_000m * part / whole, MidpointRounding.AwayFromZero)) : Percentage.Zero;

    // Hundredths of a percent, exactly, without a division: 1234 is 12.34%.
    private static Percentage FromBasisPoints(long basisPoints) =>
        Percentage.FromPercent(basisPoints is >= 0 and <= int.MaxValue ? new decimal((int)basisPoints, 0, 0, false, 2) : basisPoints / 100m);
}
