namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A cart line after pricing: its list price, each adjustment with the promotion that made it, and its final price.</summary>
public sealed class PricedLine
{
    internal PricedLine(CartLine line, Money listPrice, IReadOnlyList<PriceAdjustment> adjustments, Money finalPrice)
    {
        Line = line;
        ListPrice = listPrice;
        Adjustments = adjustments;
        FinalPrice = finalPrice;
    }

    /// <summary>The cart line.</summary>
    public CartLine Line { get; }

    /// <summary>The line's total at list price (unit list price times quantity).</summary>
    public Money ListPrice { get; }

    /// <summary>The discounts on the line, in the order they were applied.</summary>
    public IReadOnlyList<PriceAdjustment> Adjustments { get; }

    /// <summary>The sum of the adjustments.</summary>
    public Money Discount => ListPrice - FinalPrice;

    /// <summary>What the line costs after every promotion; never below zero. Refunds and points are computed from it.</summary>
    public Money FinalPrice { get; }

    /// <summary>"3 x sku @ CNY 9.90: CNY 29.70 -> CNY 25.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Line}: {ListPrice} -> {FinalPrice}";
}
