namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A bonus-points campaign: orders paid on the campaign's dates (in the shop's time zone) earn
/// <see cref="Multiplier"/> times the points, e.g. double points on 18 June ("618").
/// </summary>
/// <remarks>When several campaigns cover the same day, the one with the highest multiplier applies; campaigns do not multiply together.</remarks>
public sealed record BonusCampaign
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="name">A name for statements, e.g. "618 double points".</param>
    /// <param name="dates">The calendar dates, inclusive, in the shop's time zone.</param>
    /// <param name="multiplier">The multiplier, above zero (2 doubles the points).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is not positive.</exception>
    public BonusCampaign(string name, DateInterval dates, decimal multiplier)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Dates = Guard.Against.Null(dates);
        Multiplier = ArgumentRange.Positive(multiplier);
    }

    /// <summary>The campaign's name, shown on statements.</summary>
    public string Name { get; }

    /// <summary>The dates the campaign runs, inclusive, in the shop's time zone.</summary>
    public DateInterval Dates { get; }

    /// <summary>The points multiplier for orders paid on those dates.</summary>
    public decimal Multiplier { get; }

    /// <summary>Whether an order paid on <paramref name="date"/> (shop's zone) is in the campaign.</summary>
    /// <param name="date">The local date of payment.</param>
    /// <returns><c>true</c> when the date is within the campaign.</returns>
    public bool Covers(LocalDate date) => Dates.Contains(date);
}
