namespace RetailCrm.Primitives;

using System.Globalization;

/// <summary>
/// A whole number of loyalty points: an amount earned, spent or clawed back, or a balance.
/// Arithmetic is checked: an overflow throws rather than wrapping round.
/// </summary>
/// <remarks>
/// A change or a balance can be negative (a debit, or a balance in debt after a refund clawback);
/// where an operation needs a positive amount it says so.
/// </remarks>
public readonly struct Points : IEquatable<Points>, IComparable<Points>
{
    private readonly long value;

    private Points(long value) => this.value = value;

    /// <summary>No points.</summary>
    public static Points Zero => default;

    /// <summary>The number of points.</summary>
    public long Value => value;

    /// <summary>Whether this is zero points.</summary>
    public bool IsZero => value == 0;

    /// <summary>Whether this is above zero.</summary>
    public bool IsPositive => value > 0;

    /// <summary>Whether this is below zero.</summary>
    public bool IsNegative => value < 0;

    /// <summary>A number of points.</summary>
    /// <param name="value">The number, which may be negative for a change or a balance in debt.</param>
    /// <returns>The points.</returns>
    public static Points Of(long value) => new(value);

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller.</returns>
    public static Points Min(Points left, Points right) => left.value <= right.value ? left : right;

    /// <summary>The larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger.</returns>
    public static Points Max(Points left, Points right) => left.value >= right.value ? left : right;

    /// <summary>Adds points, checked.</summary>
    /// <param name="other">The points to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public Points Add(Points other) => new(checked(value + other.value));

    /// <summary>Subtracts points, checked.</summary>
    /// <param name="other">The points to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="long"/>.</exception>
    public Points Subtract(Points other) => new(checked(value - other.value));

    /// <summary>The same amount with the opposite sign.</summary>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The value is <see cref="long.MinValue"/>.</exception>
    public Points Negate() => new(checked(-value));

    /// <inheritdoc />
    public bool Equals(Points other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Points other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Points other) => value.CompareTo(other.value);

    /// <summary>The number with its unit, e.g. "1,200 pts" or "1 pt".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => value.ToString("N0", CultureInfo.InvariantCulture) + (value is 1 or -1 ? " pt" : " pts");

    /// <summary>Adds points, checked.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum overflows.</exception>
    public static Points operator +(Points left, Points right) => left.Add(right);

    /// <summary>Subtracts points, checked.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference overflows.</exception>
    public static Points operator -(Points left, Points right) => left.Subtract(right);

    /// <summary>The amount with the opposite sign.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The value is <see cref="long.MinValue"/>.</exception>
    public static Points operator -(Points value) => value.Negate();

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(Points left, Points right) => left.value == right.value;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(Points left, Points right) => left.value != right.value;

    /// <summary>Whether the first amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when smaller.</returns>
    public static bool operator <(Points left, Points right) => left.value < right.value;

    /// <summary>Whether the first amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when larger.</returns>
    public static bool operator >(Points left, Points right) => left.value > right.value;

    /// <summary>Whether the first amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when smaller or equal.</returns>
    public static bool operator <=(Points left, Points right) => left.value <= right.value;

    /// <summary>Whether the first amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><c>true</c> when larger or equal.</returns>
    public static bool operator >=(Points left, Points right) => left.value >= right.value;
}
