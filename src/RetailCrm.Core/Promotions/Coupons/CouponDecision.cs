namespace RetailCrm.Promotions;

/// <summary>What happened to one coupon code presented with a cart.</summary>
/// <param name="Code">The code as presented.</param>
/// <param name="Outcome">Applied or rejected.</param>
/// <param name="Reason">Why.</param>
/// <param name="Promotion">The promotion the code unlocks, when the code is known.</param>
/// <param name="Message">A sentence for the customer.</param>
public sealed record CouponDecision(CouponCode Code, CouponOutcome Outcome, CouponReason Reason, PromotionId? Promotion, string Message);
