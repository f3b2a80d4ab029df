namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>What happened to one coupon code presented with a cart.</summary>
/// <param name="Code">The code as presented.</param>
/// <param name="Outcome">Applied or rejected.</param>
/// <param name="Reason">Why.</param>
/// <param name="Promotion">The promotion the code unlocks, when the code is known.</param>
/// <param name="Message">A sentence for the customer.</param>
public sealed record CouponDecision(CouponCode Code, CouponOutcome Outcome, CouponReason Reason, PromotionId? Promotion, string Message)
{
    /// <summary>The code as presented.</summary>
    public CouponCode Code { get; init => field = IdArgument.Require(value, nameof(Code)); } = IdArgument.Require(Code, nameof(Code));

    /// <summary>The promotion the code unlocks, when the code is known.</summary>
    public PromotionId? Promotion { get; init => field = IdArgument.Require(value, nameof(Promotion)); } = IdArgument.Require(Promotion, nameof(Promotion));
}
