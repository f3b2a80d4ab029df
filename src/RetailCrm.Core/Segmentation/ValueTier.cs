namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>
/// One level of the value pyramid and the share it takes: of customers by rank (e.g. the top 1% are
/// platinum) or of value (e.g. the customers bringing the first 50% of value), as the pyramid cuts.
/// </summary>
public sealed record ValueTier
{
    /// <summary>Creates a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="share">The share of customers (by rank) or of value the level takes; above 0% and at most 100%.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is 0% or above 100%.</exception>
    public ValueTier(PyramidLevel level, Percentage share)
    {
        Level = level ?? throw new ArgumentNullException(nameof(level));
        Share = share > Percentage.Zero && share <= Percentage.Hundred
            ? share
            : throw new ArgumentOutOfRangeException(nameof(share), share, "Above 0% and at most 100%.");
    }

    /// <summary>The level.</summary>
    public PyramidLevel Level { get; }

    /// <summary>The share of customers (by rank) or of value the level takes.</summary>
    public Percentage Share { get; }
}
