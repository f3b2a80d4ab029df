namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// How a population spreads over the levels of a pyramid, from the bottom level to the top: counts
/// and shares (which add up to exactly 100%). Render it with <see cref="ToSvg"/>.
/// </summary>
public sealed partial class PyramidReport
{
    /// <summary>Creates a report from counts per level.</summary>
    /// <param name="title">The report's title, e.g. "Satisfaction and loyalty".</param>
    /// <param name="levels">The levels from bottom to top.</param>
    /// <param name="counts">How many sit on each level, in the same order.</param>
    /// <exception cref="ArgumentException">The title is blank, or there are no levels, or the counts do not match the levels.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PyramidReport(string title, IReadOnlyList<PyramidLevel> levels, IReadOnlyList<long> counts)
    {
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Guard.Against.Null(levels);
        Guard.Against.Null(counts);
        if (levels.Count == 0 || levels.Count != counts.Count)
        {
            throw new ArgumentException("A report has one count per level, and at least one level.", nameof(counts));
        }

        Span<long> weights = counts.Count <= 32 ? stackalloc long[counts.Count] : new long[counts.Count];
        Span<long> basisPoints = counts.Count <= 32 ? stackalloc long[counts.Count] : new long[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            weights[i] = counts[i] >= 0 ? counts[i] : throw new ArgumentOutOfRangeException(nameof(counts), counts[i], "A count is never negative.");
            Total = checked(Total + counts[i]);
        }

        if (Total > 0)
        {
            LargestRemainder.Allocate(10_000, weights, basisPoints);
        }

        var rows = new LevelCount[counts.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new LevelCount(levels[i], counts[i], Percentage.FromPercent(basisPoints[i] / 100m));
        }

        Levels = rows;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The levels with their counts and shares, from the bottom of the pyramid to the top.</summary>
    public IReadOnlyList<LevelCount> Levels { get; }

    /// <summary>The size of the population.</summary>
    public long Total { get; }

    /// <summary>The row of the level with <paramref name="id"/>.</summary>
    /// <param name="id">The level's id.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such level.</exception>
    public LevelCount this[string id] => Levels.FirstOrDefault(l => l.Level.Id == id) ?? throw new KeyNotFoundException($"The report has no level {id}.");

    /// <summary>One line per level, top first: "Committed: 20 (4%)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Title} ({Total}): " + string.Join("; ", Levels.Reverse().Select(l => $"{l.Level.Name} {l.Count} ({l.Share})"));
}
