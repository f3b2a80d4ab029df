namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>One line of a shopping cart: a product variant, how many units, and its list price per unit.</summary>
public sealed class CartLine
{
    /// <summary>Creates a cart line.</summary>
    /// <param name="sku">The product variant.</param>
    /// <param name="quantity">How many units, at least 1.</param>
    /// <param name="unitPrice">The list price of one unit, rounded to the currency's minor unit; not negative.</param>
    /// <param name="categories">The categories the product belongs to (any number, duplicates ignored).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is below 1, or <paramref name="unitPrice"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitPrice"/> has no currency or is not rounded, or <paramref name="sku"/> or a category is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public CartLine(Sku sku, int quantity, Money unitPrice, params IEnumerable<CategoryId> categories)
    {
        Sku = IdArgument.Require(sku, nameof(sku));
        var given = IdArgument.RequireEach(categories, nameof(categories));
        Guard.Against.Null(given, nameof(categories));
        Quantity = ArgumentRange.Positive(quantity);
        UnitPrice = MoneyArgument.RoundedNonNegative(unitPrice, nameof(unitPrice));
        UnitPriceMinorUnits = UnitPrice.TryGetMinorUnits(out var minor) ? minor : -1;
        var distinct = given.Distinct().ToArray();

        Categories = distinct;
        CategoryArray = distinct;
    }

    /// <summary>The product variant.</summary>
    public Sku Sku { get; }

    /// <summary>How many units.</summary>
    public int Quantity { get; }

    /// <summary>The list price of one unit before any promotion.</summary>
    public Money UnitPrice { get; }

    /// <summary>The product's categories.</summary>
    public IReadOnlyList<CategoryId> Categories { get; }

    /// <summary>The unit price in minor units, read by every pricing; -1 when it does not fit a <see cref="long"/>.</summary>
    internal long UnitPriceMinorUnits { get; }

    /// <summary>The categories as the array behind <see cref="Categories"/>, for loops on the hot path.</summary>
    internal CategoryId[] CategoryArray { get; }

    /// <summary>What the line sells; <see cref="LineKind.StoredValue"/> keeps gift cards out of order-level discounts.</summary>
    public LineKind Kind { get; init; } = LineKind.Merchandise;

    /// <summary>
    /// What one unit cost the shop, when known; a <see cref="ListPricePolicy"/> of cost plus a margin
    /// starts from it instead of <see cref="UnitPrice"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The cost is in another currency than the unit price, not rounded, or negative.</exception>
    public Money? UnitCost
    {
        get;
        init => field = value is { } cost ? MoneyArgument.RoundedNonNegative(cost, nameof(UnitCost), UnitPrice.Currency) : null;
    }

    /// <summary>Whether the line belongs to <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> when the line is in the category.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c>.</exception>
    public bool IsIn(CategoryId category)
    {
        IdArgument.Require(category, nameof(category));
        foreach (var own in Categories)
        {
            if (own == category)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line as "3 x sku-1 @ CNY 9.90".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Quantity} x {Sku} @ {UnitPrice}";
}
