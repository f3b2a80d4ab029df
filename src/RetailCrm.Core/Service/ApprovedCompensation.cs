namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>A compensation approved on a complaint, and whether it has been issued.</summary>
/// <param name="Action">What is given.</param>
/// <param name="Key">The idempotency key it is issued with: derived from the complaint's id and the action's name.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="ApprovedAt">When.</param>
/// <param name="IssuedAt">When it was issued, or <see langword="null"/> while not yet.</param>
/// <param name="IssuedCoupon">The code of the coupon issued, for a coupon; otherwise <see langword="null"/>.</param>
public sealed record ApprovedCompensation(CompensationAction Action, IdempotencyKey Key, string ApprovedBy, Instant ApprovedAt, Instant? IssuedAt = null, CouponCode? IssuedCoupon = null)
{
    /// <summary>The idempotency key it is issued with: derived from the complaint's id and the action's name.</summary>
    public IdempotencyKey Key { get; init => field = IdArgument.Require(value, nameof(Key)); } = IdArgument.Require(Key, nameof(Key));

    /// <summary>The code of the coupon issued, for a coupon; otherwise <see langword="null"/>.</summary>
    public CouponCode? IssuedCoupon { get; init => field = IdArgument.Require(value, nameof(IssuedCoupon)); } = IdArgument.Require(IssuedCoupon, nameof(IssuedCoupon));

    /// <summary>Whether it has been issued.</summary>
    public bool IsIssued => IssuedAt is not null;
}
