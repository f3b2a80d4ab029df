namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>How many of a population sit on one level, and what share of it that is.</summary>
/// <param name="Level">The level.</param>
/// <param name="Count">How many.</param>
/// <param name="Share">The share of the population, to a hundredth of a percent; the shares of a report add up to exactly 100% (largest remainder).</param>
public sealed record LevelCount(PyramidLevel Level, long Count, Percentage Share);
