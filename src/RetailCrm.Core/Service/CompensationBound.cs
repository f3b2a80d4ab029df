namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>The most compensation one complaint may receive, in total over its approved actions of each kind.</summary>
/// <param name="MaxPoints">The most points credited.</param>
/// <param name="MaxCouponValue">The most coupon value.</param>
/// <param name="MaxGiftValue">The most gift value.</param>
public sealed record CompensationBound(Points MaxPoints, Money MaxCouponValue, Money MaxGiftValue);
