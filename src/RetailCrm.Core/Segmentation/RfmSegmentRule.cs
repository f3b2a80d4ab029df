namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;

/// <summary>One rule of the RFM segment map: a name for customers whose recency and frequency scores fall in ranges.</summary>
public sealed record RfmSegmentRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="segment">The segment's name, e.g. "champions".</param>
    /// <param name="recency">The lowest and highest recency score, 1 to 5.</param>
    /// <param name="frequency">The lowest and highest frequency score, 1 to 5.</param>
    /// <exception cref="ArgumentException"><paramref name="segment"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A range is outside 1 to 5 or empty.</exception>
    public RfmSegmentRule(string segment, (int Low, int High) recency, (int Low, int High) frequency)
    {
        Segment = Guard.Against.NullOrWhiteSpace(segment).Trim();
        Recency = Check(recency, nameof(recency));
        Frequency = Check(frequency, nameof(frequency));
    }

    /// <summary>The segment's name.</summary>
    public string Segment { get; }

    /// <summary>The recency scores it covers.</summary>
    public (int Low, int High) Recency { get; }

    /// <summary>The frequency scores it covers.</summary>
    public (int Low, int High) Frequency { get; }

    /// <summary>Whether the rule covers the scores.</summary>
    /// <param name="r">Recency score.</param>
    /// <param name="f">Frequency score.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(int r, int f) => r >= Recency.Low && r <= Recency.High && f >= Frequency.Low && f <= Frequency.High;

    private static (int, int) Check((int Low, int High) range, string name) =>
        range.Low is >= 1 and <= 5 && range.High is >= 1 and <= 5 && range.Low <= range.High
            ? range
            : throw new ArgumentOutOfRangeException(name, range, "A score range lies within 1 to 5, low first.");
}
