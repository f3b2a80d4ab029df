namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A cart line after pricing: its list price, each adjustment with the promotion that made it, and its final price.</summary>
public sealed class PricedLine
{
    // Amounts in minor units of the line's currency, and the line's adjustments as a range of the
    // cart's one array of them: a priced cart holds one of these per line, so it stays small. The
    // adjustment records are made when first read.
    private readonly long listPrice;
    private readonly long finalPrice;
    private readonly CartAdjustment[] cartAdjustments;
    private readonly int first;
    private readonly int count;
    private IReadOnlyList<PriceAdjustment>? adjustments;

    internal PricedLine(CartLine line, long listPrice, long finalPrice, CartAdjustment[] cartAdjustments, int first, int count)
    {
        Line = line;
        this.listPrice = listPrice;
        this.finalPrice = finalPrice;
        this.cartAdjustments = cartAdjustments;
        this.first = first;
        this.count = count;
    }

    /// <summary>The cart line.</summary>
    public CartLine Line { get; }

    /// <summary>The line's total at list price (unit list price times quantity).</summary>
    public Money ListPrice => Money.FromMinorUnits(listPrice, Line.UnitPrice.Currency);

    /// <summary>The discounts on the line, in the order they were applied.</summary>
    public IReadOnlyList<PriceAdjustment> Adjustments => adjustments ??= Materialize();

    /// <summary>The sum of the adjustments.</summary>
    public Money Discount => ListPrice - FinalPrice;

    /// <summary>What the line costs after every promotion; never below zero. Refunds and points are computed from it.</summary>
    public Money FinalPrice => Money.FromMinorUnits(finalPrice, Line.UnitPrice.Currency);

    /// <summary>"3 x sku @ CNY 9.90: CNY 29.70 -> CNY 25.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Line}: {ListPrice} -> {FinalPrice}";

    private PriceAdjustment[] Materialize()
    {
        if (count == 0)
        {
            return [];
        }

        var list = new PriceAdjustment[count];
        var currency = Line.UnitPrice.Currency;
        for (var i = 0; i < count; i++)
        {
            var (promotion, amount) = cartAdjustments[first + i];
            list[i] = new PriceAdjustment(promotion.Id, promotion.Name, promotion.Class, Money.FromMinorUnits(amount, currency));
        }

        return list;
    }
}
