namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// How points pay for an order: the exchange rate, the smallest redemption, the step in which
/// points are redeemed, and the largest share of an order that points may pay.
/// </summary>
public sealed class RedemptionPolicy
{
    /// <summary>Creates a redemption policy.</summary>
    /// <param name="rate">What points are worth, e.g. 100 points = CNY 1.</param>
    /// <param name="minimum">The fewest points one redemption may use; not negative.</param>
    /// <param name="step">Redemptions are whole multiples of this many points; positive. The value of one step must be a whole number of minor units, so every redemption is worth an exact amount.</param>
    /// <param name="maxOrderShare">The largest share of an order's amount that points may pay, above 0% and at most 100%.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    /// <exception cref="ArgumentException">One step of points is not worth a whole number of minor units.</exception>
    public RedemptionPolicy(PointsRate rate, Points minimum, Points step, Percentage maxOrderShare)
    {
        Rate = Guard.Against.Null(rate);
        ArgumentRange.NotNegative(minimum.Value, nameof(minimum));
        ArgumentRange.Positive(step.Value, nameof(step));
        if (maxOrderShare <= Percentage.Zero || maxOrderShare > Percentage.Hundred)
        {
            throw new ArgumentOutOfRangeException(nameof(maxOrderShare), maxOrderShare, "The share of an order payable with points must be above 0% and at most 100%.");
        }

        if (!rate.ValueOf(step).IsRounded)
        {
            throw new ArgumentException($"A step of {step} is worth {rate.ValueOf(step)}, not a whole number of minor units.", nameof(step));
        }

        Minimum = minimum;
        Step = step;
        MaxOrderShare = maxOrderShare;
    }

    /// <summary>What points are worth.</summary>
    public PointsRate Rate { get; }

    /// <summary>The fewest points one redemption may use.</summary>
    public Points Minimum { get; }

    /// <summary>Redemptions are whole multiples of this many points.</summary>
    public Points Step { get; }

    /// <summary>The largest share of an order that points may pay.</summary>
    public Percentage MaxOrderShare { get; }
}
