namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>One line of a purchase, as interest profiling reads it: the category, what was paid, and whether it was bought on promotion.</summary>
/// <param name="Category">The product's category.</param>
/// <param name="Amount">What was paid for the line after discounts, rounded; not negative.</param>
/// <param name="OnPromotion">Whether a promotion (a discount, a coupon, a gift offer) applied to the line.</param>
public readonly record struct PurchaseLine(CategoryId Category, Money Amount, bool OnPromotion)
{
    /// <summary>The product's category.</summary>
    public CategoryId Category { get; init => field = IdArgument.Require(value, nameof(Category)); } = IdArgument.Require(Category, nameof(Category));
}
