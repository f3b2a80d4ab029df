namespace RetailCrm.Primitives;

using System.Globalization;

/// <summary>
/// A non-negative percentage: a discount rate (15% off), a margin (cost plus 5%), a share of an
/// order that may be paid with points (50%).
/// </summary>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>
{
    private readonly decimal percent;

    private Percentage(decimal percent) => this.percent = percent;

    /// <summary>0%.</summary>
    public static Percentage Zero => default;

    /// <summary>100%.</summary>
    public static Percentage Hundred => new(100m);

    /// <summary>The percentage as a number of percent, e.g. 15 for 15%.</summary>
    public decimal Value => percent;

    /// <summary>The percentage as a fraction, e.g. 0.15 for 15%.</summary>
    public decimal Fraction => percent / 100m;

    /// <summary>Creates a percentage from a number of percent.</summary>
    /// <param name="percent">The number of percent, e.g. 15 for 15%; not negative.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    public static Percentage FromPercent(decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        return new Percentage(percent);
    }

    /// <summary>Creates a percentage from a fraction.</summary>
    /// <param name="fraction">The fraction, e.g. 0.15 for 15%; not negative.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative.</exception>
    public static Percentage FromFraction(decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        return new Percentage(fraction * 100m);
    }

    /// <summary>This percentage of an amount of money, unrounded (round it once, where it is shown).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The share of the amount.</returns>
    public Money Of(Money amount) => amount.Multiply(Fraction);

    /// <summary>
    /// This percentage of <paramref name="minorUnits"/>, rounded once, half away from zero: exact
    /// integer arithmetic when the product fits a <see cref="long"/>, decimal arithmetic otherwise.
    /// </summary>
    /// <param name="minorUnits">A whole number of minor units.</param>
    /// <returns>The rounded share.</returns>
    internal long RoundedShareOf(long minorUnits) => new PercentRate(this).RoundedShareOf(minorUnits);

    /// <inheritdoc />
    public bool Equals(Percentage other) => percent == other.percent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => percent.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => percent.CompareTo(other.percent);

    /// <summary>The percentage with a percent sign, e.g. "15%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => percent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    /// <summary>Whether two percentages are equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Whether two percentages differ.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Whether the first percentage is smaller.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when smaller.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.percent < right.percent;

    /// <summary>Whether the first percentage is larger.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when larger.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.percent > right.percent;

    /// <summary>Whether the first percentage is smaller or equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when smaller or equal.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.percent <= right.percent;

    /// <summary>Whether the first percentage is larger or equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><c>true</c> when larger or equal.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.percent >= right.percent;
}
