namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A promotion usage ledger as plain data, for stores: the promotion, the currency, the version and the uses.</summary>
/// <param name="Promotion">The promotion.</param>
/// <param name="CurrencyCode">The ISO 4217 code of the discounts' currency.</param>
/// <param name="Version">The ledger's version.</param>
/// <param name="Uses">The recorded uses.</param>
public sealed record PromotionUsageSnapshot(PromotionId Promotion, string CurrencyCode, long Version, IReadOnlyList<PromotionUse> Uses)
{
    /// <summary>The promotion.</summary>
    public PromotionId Promotion { get; init => field = IdArgument.Require(value, nameof(Promotion)); } = IdArgument.Require(Promotion, nameof(Promotion));
}
