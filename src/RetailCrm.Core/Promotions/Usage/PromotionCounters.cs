namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>How much of a promotion has been used: orders, the shopper's orders, units sold at the promotional price and money given away.</summary>
/// <param name="Uses">Orders that used the promotion.</param>
/// <param name="CustomerUses">Orders of the shopper in question that used it.</param>
/// <param name="UnitsSold">Units sold at the promotional price (flash-sale stock taken).</param>
/// <param name="DiscountGiven">Money given away so far; <c>default</c> means none.</param>
public readonly record struct PromotionCounters(long Uses, long CustomerUses, long UnitsSold, Money DiscountGiven);
