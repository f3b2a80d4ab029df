namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A gift line at zero price, added by a gift-with-purchase promotion.</summary>
/// <param name="Sku">The gift's SKU.</param>
/// <param name="Quantity">How many units.</param>
/// <param name="Promotion">The promotion that gives it.</param>
public sealed record GiftLine(Sku Sku, int Quantity, PromotionId Promotion)
{
    /// <summary>The gift's SKU.</summary>
    public Sku Sku { get; init => field = IdArgument.Require(value, nameof(Sku)); } = IdArgument.Require(Sku, nameof(Sku));

    /// <summary>The promotion that gives it.</summary>
    public PromotionId Promotion { get; init => field = IdArgument.Require(value, nameof(Promotion)); } = IdArgument.Require(Promotion, nameof(Promotion));
}
