namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// An exchange rate between points and money: "1 point per CNY 1 paid" when earning, "100 points
/// = CNY 1" when redeeming.
/// </summary>
public sealed record PointsRate
{
    /// <summary>Creates the rate <paramref name="points"/> for <paramref name="money"/>.</summary>
    /// <param name="points">The points side; positive.</param>
    /// <param name="money">The money side; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">Either side is not positive.</exception>
    public PointsRate(Points points, Money money)
    {
        ArgumentRange.Positive(points.Value, nameof(points));
        if (!money.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(money), money, "The money side of a points rate must be positive.");
        }

        Points = points;
        Money = money;
    }

    /// <summary>The points side of the rate.</summary>
    public Points Points { get; }

    /// <summary>The money side of the rate.</summary>
    public Money Money { get; }

    /// <summary>The currency of the money side.</summary>
    public Currency Currency => Money.Currency;

    /// <summary>Points per major unit of money, unrounded.</summary>
    internal decimal PointsPerUnit => Points.Value / Money.Amount;

    /// <summary>What <paramref name="points"/> are worth in money, unrounded.</summary>
    /// <param name="points">The points.</param>
    /// <returns>Their value.</returns>
    public Money ValueOf(Points points) => Money.Multiply(points.Value / (decimal)Points.Value);

    /// <summary>E.g. "100 pts = CNY 1.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Points} = {Money}";
}
