namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Fixed RFM score thresholds, for shops that want scores to mean the same from one month to the
/// next instead of population quintiles: four ascending cut points per measure.
/// </summary>
/// <remarks>
/// Recency scores 5 up to the first number of days, 4 up to the second, 3 up to the third, 2 up to
/// the fourth, 1 beyond. Frequency and monetary score 2 from the first cut point, 3 from the second,
/// 4 from the third, 5 from the fourth, 1 below the first.
/// </remarks>
public sealed class RfmThresholds
{
    private readonly long[] recency;
    private readonly long[] frequency;
    private readonly long[] monetary;

    /// <summary>Creates thresholds.</summary>
    /// <param name="recencyDays">Four strictly ascending day counts, not negative: the most recent score 5 up to the first.</param>
    /// <param name="frequency">Four strictly ascending order counts, at least 1: score 2 from the first, 5 from the last.</param>
    /// <param name="monetary">Four strictly ascending rounded amounts in one currency: score 2 from the first, 5 from the last.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list does not hold four strictly ascending values, or an amount is unrounded or in another currency.</exception>
    public RfmThresholds(IReadOnlyList<int> recencyDays, IReadOnlyList<int> frequency, IReadOnlyList<Money> monetary)
    {
        this.recency = Ascending(Guard.Against.Null(recencyDays).Select(d => (long)d).ToArray(), 0, nameof(recencyDays));
        this.frequency = Ascending(Guard.Against.Null(frequency).Select(f => (long)f).ToArray(), 1, nameof(frequency));
        var amounts = Guard.Against.Null(monetary).ToArray();
        if (amounts.Length != 4 || amounts.Any(a => a == default || a.Currency != amounts[0].Currency || !a.IsRounded))
        {
            throw new ArgumentException("Four rounded amounts in one currency.", nameof(monetary));
        }

        this.monetary = Ascending(amounts.Select(a => a.ToMinorUnits()).ToArray(), long.MinValue, nameof(monetary));
        RecencyDays = [.. recencyDays];
        Frequency = [.. frequency];
        Monetary = amounts;
        Currency = amounts[0].Currency;
    }

    /// <summary>The recency cut points in days.</summary>
    public IReadOnlyList<int> RecencyDays { get; }

    /// <summary>The frequency cut points in orders.</summary>
    public IReadOnlyList<int> Frequency { get; }

    /// <summary>The monetary cut points.</summary>
    public IReadOnlyList<Money> Monetary { get; }

    /// <summary>The currency of the monetary cut points.</summary>
    public Currency Currency { get; }

    internal int ScoreRecency(long days) => 5 - Count(recency, days, countReached: false);

    internal int ScoreFrequency(long orders) => 1 + Count(frequency, orders, countReached: true);

    internal int ScoreMonetary(long minor) => 1 + Count(monetary, minor, countReached: true);

    // How many cut points the value has reached (value >= cut) or passed (value > cut).
    private static int Count(long[] cuts, long value, bool countReached)
    {
        var count = 0;
        foreach (var cut in cuts)
        {
            count += (countReached ? value >= cut : value > cut) ? 1 : 0;
        }

        return count;
    }

    private static long[] Ascending(long[] values, long minimum, string name)
    {
        var ok = values.Length == 4 && values[0] >= minimum;
        for (var i = 1; ok && i < values.Length; i++)
        {
            ok = values[i - 1] < values[i];
        }

        return ok ? values : throw new ArgumentException($"Four strictly ascending values{(minimum > long.MinValue ? $", the first at least {minimum}" : string.Empty)}.", name);
    }
}
