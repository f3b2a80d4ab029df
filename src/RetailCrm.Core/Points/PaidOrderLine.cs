namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>One line of a paid order as the points ledger sees it: what category it is and what was paid for it.</summary>
public sealed record PaidOrderLine
{
    /// <summary>Creates an order line.</summary>
    /// <param name="sku">The product variant.</param>
    /// <param name="category">The product's category, for category multipliers.</param>
    /// <param name="amountPaid">The line's price after all discounts (not after points), rounded to the minor unit; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amountPaid"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="amountPaid"/> is not rounded to the minor unit.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> or <paramref name="category"/> is <c>default</c>.</exception>
    public PaidOrderLine(Sku sku, CategoryId category, Money amountPaid)
    {
        IdArgument.Require(sku, nameof(sku));
        IdArgument.Require(category, nameof(category));
        Sku = sku;
        Category = category;
        AmountPaid = MoneyArgument.RoundedNonNegative(amountPaid, nameof(amountPaid));
    }

    /// <summary>The product variant.</summary>
    public Sku Sku { get; }

    /// <summary>The product's category.</summary>
    public CategoryId Category { get; }

    /// <summary>The line's price after discounts.</summary>
    public Money AmountPaid { get; }
}
