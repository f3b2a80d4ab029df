namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>One promotion's discount on one cart line: an item discount, or the line's share of an order discount.</summary>
/// <param name="Promotion">The promotion.</param>
/// <param name="Name">The promotion's name.</param>
/// <param name="Class">Item, or order for a share of an order-level discount.</param>
/// <param name="Amount">The discount on the line, positive.</param>
public sealed record PriceAdjustment(PromotionId Promotion, string Name, PromotionClass Class, Money Amount)
{
    /// <summary>The promotion.</summary>
    public PromotionId Promotion { get; init => field = IdArgument.Require(value, nameof(Promotion)); } = IdArgument.Require(Promotion, nameof(Promotion));

    /// <summary>"-CNY 3.00 618 phones".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"-{Amount} {Name}";
}
