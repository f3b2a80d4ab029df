namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A gift line at zero price, added by a gift-with-purchase promotion.</summary>
/// <param name="Sku">The gift's SKU.</param>
/// <param name="Quantity">How many units.</param>
/// <param name="Promotion">The promotion that gives it.</param>
public sealed record GiftLine(Sku Sku, int Quantity, PromotionId Promotion);
