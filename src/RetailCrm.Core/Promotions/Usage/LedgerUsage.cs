namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>The usage state pricing reads, backed by the ledgers of the promotions that count usage.</summary>
internal sealed class LedgerUsage(IReadOnlyDictionary<PromotionId, PromotionUsageLedger> ledgers, PromotionCatalog catalog) : IPromotionUsage
{
    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer) =>
        ledgers.TryGetValue(promotion, out var ledger) ? ledger.CountersFor(customer) : default;

    public CouponCounters CountersFor(CouponCode code, CustomerId customer) =>
        catalog.FindCoupon(code) is { } coupon && ledgers.TryGetValue(coupon.Promotion, out var ledger)
            ? ledger.CountersFor(code, customer)
            : default;
}
