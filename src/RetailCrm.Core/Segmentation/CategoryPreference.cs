namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>How much of a customer's spend went to one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Spend">The customer's spend in it.</param>
/// <param name="Share">Its share of the customer's spend, to a hundredth of a percent; the shares of a profile add up to exactly 100% (zero when nothing was spent).</param>
/// <param name="Lines">How many lines the customer bought in it.</param>
public sealed record CategoryPreference(CategoryId Category, Money Spend, Percentage Share, int Lines)
{
    /// <summary>The category.</summary>
    public CategoryId Category { get; init => field = IdArgument.Require(value, nameof(Category)); } = IdArgument.Require(Category, nameof(Category));

    /// <summary>The category and its share, e.g. "books 62.5% (CNY 250.00)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Category} {Share} ({Spend})";
}
