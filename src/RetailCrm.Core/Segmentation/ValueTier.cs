namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>One level of the value pyramid and the share of customers, by rank, it takes (e.g. the top 1% are platinum).</summary>
public sealed record ValueTier
{
    /// <summary>Creates a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="customerShare">The share of customers, by value rank, the level takes; above 0% and at most 100%.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerShare"/> is 0% or above 100%.</exception>
    public ValueTier(PyramidLevel level, Percentage customerShare)
    {
        Level = level ?? throw new ArgumentNullException(nameof(level));
        CustomerShare = customerShare > Percentage.Zero && customerShare <= Percentage.Hundred
            ? customerShare
            : throw new ArgumentOutOfRangeException(nameof(customerShare), customerShare, "Above 0% and at most 100%.");
    }

    /// <summary>The level.</summary>
    public PyramidLevel Level { get; }

    /// <summary>The share of customers, by value rank, the level takes.</summary>
    public Percentage CustomerShare { get; }
}
