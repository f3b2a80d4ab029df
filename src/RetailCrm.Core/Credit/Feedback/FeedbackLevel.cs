namespace RetailCrm.Credit;

using Ardalis.GuardClauses;

/// <summary>
/// One step of a credit ladder, e.g. Taobao's "3 hearts" from 41 points or eBay's "Red star" from
/// 1,000: its rank (0 for the lowest step, -1 for a negative score), a name, the symbol shown beside
/// the party's name and the lowest score that reaches it.
/// </summary>
public sealed record FeedbackLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="rank">The position in the ladder: 0 for the first step; -1 only for the level below the ladder.</param>
    /// <param name="name">The level's name, e.g. "3 hearts".</param>
    /// <param name="symbol">What a storefront shows, e.g. "♥♥♥"; empty for no mark.</param>
    /// <param name="minScore">The lowest score at this level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is below -1.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is null.</exception>
    public FeedbackLevel(int rank, string name, string symbol, long minScore)
    {
        Rank = Guard.Against.OutOfRange(rank, nameof(rank), -1, int.MaxValue);
        Name = Guard.Against.NullOrWhiteSpace(name);
        Symbol = Guard.Against.Null(symbol);
        MinScore = minScore;
    }

    /// <summary>The position in the ladder: 0 for the first step, -1 for a score below the ladder.</summary>
    public int Rank { get; }

    /// <summary>The level's name.</summary>
    public string Name { get; }

    /// <summary>The display symbol; empty for no mark.</summary>
    public string Symbol { get; }

    /// <summary>The lowest score at this level.</summary>
    public long MinScore { get; }

    /// <summary>The name and the symbol.</summary>
    /// <returns>The text, e.g. "3 hearts ♥♥♥".</returns>
    public override string ToString() => Symbol.Length == 0 ? Name : $"{Name} {Symbol}";
}
