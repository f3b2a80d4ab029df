namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// The usage state pricing reads, backed by the ledgers of the promotions that count usage. A
/// coupon's uses are counted in the ledger of the promotion it unlocks, whether the coupon comes
/// from the catalog or was issued at runtime (<paramref name="find"/> knows both).
/// </summary>
internal sealed class LedgerUsage(IReadOnlyDictionary<PromotionId, PromotionUsageLedger> ledgers, Func<CouponCode, Coupon?> find) : IPromotionUsage
{
    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer) =>
        ledgers.TryGetValue(promotion, out var ledger) ? ledger.CountersFor(customer) : default;

    public CouponCounters CountersFor(CouponCode code, CustomerId customer) =>
        find(code) is { } coupon && ledgers.TryGetValue(coupon.Promotion, out var ledger)
            ? ledger.CountersFor(code, customer)
            : default;
}
