namespace RetailCrm.Credit;

using System.Globalization;
using RetailCrm.Primitives;

/// <summary>
/// How much one fact moves a payment credit score: points per unit (per order, per month, per
/// refusal) up to a cap, so that no single fact can dominate the score. Both are magnitudes; the
/// fact decides the direction (paid orders add, refusals subtract).
/// </summary>
public readonly struct PaymentScoreWeight : IEquatable<PaymentScoreWeight>
{
    /// <summary>Creates a weight.</summary>
    /// <param name="pointsEach">Points per unit of the fact; zero or more.</param>
    /// <param name="maxPoints">The most points the fact can move the score; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public PaymentScoreWeight(int pointsEach, int maxPoints)
    {
        PointsEach = ArgumentRange.NotNegative(pointsEach);
        MaxPoints = ArgumentRange.NotNegative(maxPoints);
    }

    /// <summary>Points per unit of the fact.</summary>
    public int PointsEach { get; }

    /// <summary>The most points the fact can move the score.</summary>
    public int MaxPoints { get; }

    /// <summary>A weight that ignores the fact.</summary>
    public static PaymentScoreWeight None => default;

    /// <summary>Whether two weights are the same.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PaymentScoreWeight left, PaymentScoreWeight right) => left.Equals(right);

    /// <summary>Whether two weights differ.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PaymentScoreWeight left, PaymentScoreWeight right) => !left.Equals(right);

    /// <summary>The points <paramref name="units"/> of the fact earn: points each times units, at most the cap.</summary>
    /// <param name="units">How many units (orders, months, refusals); zero or more.</param>
    /// <returns>The magnitude of the fact's contribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    public int PointsFor(int units) => (int)Math.Min((long)ArgumentRange.NotNegative(units) * PointsEach, MaxPoints);

    /// <summary>Whether two weights are the same.</summary>
    /// <param name="other">The other weight.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PaymentScoreWeight other) => PointsEach == other.PointsEach && MaxPoints == other.MaxPoints;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PaymentScoreWeight other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PointsEach, MaxPoints);

    /// <summary>"10 each, at most 200".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PointsEach} each, at most {MaxPoints}");
}
