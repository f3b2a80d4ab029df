namespace RetailCrm.Credit;

using Ardalis.GuardClauses;

/// <summary>
/// The credit levels a score climbs, as data: Taobao's hearts, diamonds and crowns
/// (<see cref="Taobao"/>), eBay's stars (<see cref="Ebay"/>) or the marketplace's own. A score
/// below the first step is at <see cref="Below"/>. Finding the level of a score is a binary search
/// over the thresholds and allocates nothing.
/// </summary>
public sealed partial class FeedbackLadder
{
    private readonly FeedbackLevel[] levels;
    private readonly long[] thresholds;

    /// <summary>Creates a ladder.</summary>
    /// <param name="name">The ladder's name, e.g. "Taobao".</param>
    /// <param name="levels">The levels from the lowest; ranks 0, 1, 2, … and strictly increasing minimum scores.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, there is no level, a level is null, out of rank order, repeats a name or does not raise the minimum score.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    public FeedbackLadder(string name, params IEnumerable<FeedbackLevel> levels)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        this.levels = [.. Guard.Against.Null(levels)];
        if (this.levels.Length == 0)
        {
            throw new ArgumentException("A ladder needs at least one level.", nameof(levels));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < this.levels.Length; i++)
        {
            var level = this.levels[i];
            if (level is null || level.Rank != i || !names.Add(level.Name) || (i > 0 && level.MinScore <= this.levels[i - 1].MinScore))
            {
                throw new ArgumentException("Levels are ranked 0, 1, 2, … with distinct names and strictly increasing minimum scores.", nameof(levels));
            }
        }

        thresholds = [.. this.levels.Select(l => l.MinScore)];
        Below = new FeedbackLevel(-1, "Negative", string.Empty, long.MinValue);
    }

    /// <summary>The ladder's name.</summary>
    public string Name { get; }

    /// <summary>The levels from the lowest.</summary>
    public IReadOnlyList<FeedbackLevel> Levels => levels;

    /// <summary>
    /// The level of a score below the first step (for Taobao and eBay, a negative score): rank -1,
    /// named "Negative", with no symbol. Storefronts usually show such a party without a mark but warn buyers.
    /// </summary>
    public FeedbackLevel Below { get; }

    /// <summary>The level a score reaches.</summary>
    /// <param name="score">The credit score.</param>
    /// <returns>The highest level whose minimum score is at most <paramref name="score"/>, or <see cref="Below"/>.</returns>
    public FeedbackLevel LevelFor(long score)
    {
        // The index of the last threshold at or below the score.
        int low = 0, high = thresholds.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (thresholds[middle] <= score)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? Below : levels[found];
    }

    /// <summary>The lowest score of the level above <paramref name="level"/>, or <see langword="null"/> at the top.</summary>
    /// <param name="level">A level of this ladder (or <see cref="Below"/>).</param>
    /// <returns>The score to reach for the next level.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not of this ladder.</exception>
    public long? NextThreshold(FeedbackLevel level)
    {
        Guard.Against.Null(level);
        if (level != Below && (level.Rank < 0 || level.Rank >= levels.Length || levels[level.Rank] != level))
        {
            throw new ArgumentException("The level is not of this ladder.", nameof(level));
        }

        var next = level.Rank + 1;
        return next < thresholds.Length ? thresholds[next] : null;
    }

    /// <summary>The ladder's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
