namespace RetailCrm.Service;

using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// Gives the customer the compensation approved on a complaint. Both calls are idempotent by their
/// key: a retry with the same key never issues twice.
/// </summary>
public interface ICompensationIssuer
{
    /// <summary>Credits points to the customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="points">The points; positive.</param>
    /// <param name="reason">Why, shown on the customer's statement.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The points credited (the same on a retry).</returns>
    Task<Points> IssuePointsAsync(CustomerId customer, Points points, string reason, IdempotencyKey key, CancellationToken cancellationToken = default);

    /// <summary>Issues the customer a coupon for a promotion.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="promotion">The promotion the coupon unlocks.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The coupon's code (the same on a retry).</returns>
    Task<CouponCode> IssueCouponAsync(CustomerId customer, PromotionId promotion, IdempotencyKey key, CancellationToken cancellationToken = default);
}
