namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// The usage state pricing reads, backed by the counters a store loaded for one cart: those the
/// catalog's limits check (for the shopper's own keyed counters, the shopper's), zero for the rest.
/// A coupon's uses are counted under the promotion it unlocks, whether the coupon comes from the
/// catalog or was issued at runtime (<paramref name="find"/> knows both). The uses themselves are
/// never loaded to price.
/// </summary>
internal sealed class LedgerUsage(LoadedPromotionUsage loaded, Currency currency, Func<CouponCode, Coupon?> find) : IPromotionUsage
{
    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer) =>
        new(
            loaded.ValueOf(UsageCounter.Uses(promotion)),
            loaded.ValueOf(UsageCounter.CustomerUses(promotion, customer)),
            loaded.ValueOf(UsageCounter.UnitsSold(promotion)),
            Money.FromMinorUnits(loaded.ValueOf(UsageCounter.DiscountGiven(promotion)), currency));

    public CouponCounters CountersFor(CouponCode code, CustomerId customer) =>
        find(code) is { } coupon
            ? new(loaded.ValueOf(UsageCounter.CouponUses(coupon.Promotion, code)), loaded.ValueOf(UsageCounter.CouponCustomerUses(coupon.Promotion, code, customer)))
            : default;
}
