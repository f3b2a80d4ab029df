namespace RetailCrm.Benchmarks.Pricing;

using RetailCrm.Promotions;

/// <summary>What every contender must agree on for a cart, in minor units.</summary>
/// <param name="LineFinal">Each line's final price, in the cart's order.</param>
/// <param name="OrderDiscount">The order-level discount.</param>
/// <param name="ShippingDiscount">The shipping discount.</param>
/// <param name="Total">What the customer pays, shipping included.</param>
public sealed record PricingResult(long[] LineFinal, long OrderDiscount, long ShippingDiscount, long Total)
{
    /// <summary>The engine's result in the same shape.</summary>
    /// <param name="priced">The engine's priced cart.</param>
    /// <returns>The result.</returns>
    public static PricingResult From(PricedCart priced)
    {
        ArgumentNullException.ThrowIfNull(priced);
        return new([.. priced.Lines.Select(l => l.FinalPrice.ToMinorUnits())], priced.OrderDiscount.ToMinorUnits(), priced.ShippingDiscount.ToMinorUnits(), priced.Total.ToMinorUnits());
    }

    /// <summary>Whether two results agree on every amount.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>True when every amount is equal.</returns>
    public bool SameAmounts(PricingResult other) =>
        other is not null && LineFinal.AsSpan().SequenceEqual(other.LineFinal) && OrderDiscount == other.OrderDiscount && ShippingDiscount == other.ShippingDiscount && Total == other.Total;

    /// <inheritdoc/>
    public override string ToString() => $"lines [{string.Join(", ", LineFinal)}], order -{OrderDiscount}, shipping -{ShippingDiscount}, total {Total}";
}
