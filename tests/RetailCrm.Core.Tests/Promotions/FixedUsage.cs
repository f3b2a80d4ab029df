namespace RetailCrm.Tests.Promotions;

using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Usage state that reports the same counters for every promotion and coupon.</summary>
internal sealed class FixedUsage(PromotionCounters promotions = default, CouponCounters coupons = default) : IPromotionUsage
{
    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer) => promotions;

    public CouponCounters CountersFor(CouponCode code, CustomerId customer) => coupons;
}
