namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Where coupons issued at runtime are kept. Codes are unique by their canonical
/// <see cref="CouponCode.Key"/>, and idempotency keys are unique: adding is atomic on both, so
/// two concurrent issues under one key can never both store a coupon.
/// </summary>
public interface IIssuedCouponRepository
{
    /// <summary>Finds the issued coupon with <paramref name="code"/>, compared by its canonical key.</summary>
    /// <param name="code">The code as presented.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The issued coupon, or <see langword="null"/> when no coupon with that code was issued.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <c>default</c>.</exception>
    Task<IssuedCoupon?> FindByCodeAsync(CouponCode code, CancellationToken cancellationToken = default);

    /// <summary>Finds the coupon issued under <paramref name="key"/>.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The issued coupon, or <see langword="null"/> when nothing was issued under the key.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    Task<IssuedCoupon?> FindByKeyAsync(IdempotencyKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="coupon"/> unless its idempotency key or its code is taken already,
    /// in one atomic step.
    /// </summary>
    /// <param name="coupon">The issued coupon.</param>
    /// <param name="cancellationToken">Cancels the addition.</param>
    /// <returns><c>true</c> when it was stored; <c>false</c>, storing nothing, when the key or the code is taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coupon"/> is null.</exception>
    Task<bool> TryAddAsync(IssuedCoupon coupon, CancellationToken cancellationToken = default);

    /// <summary>The coupons issued to <paramref name="customer"/>, by instant of issue, then code key in ordinal order.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The coupons; empty when none was issued to the customer.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    Task<IReadOnlyList<IssuedCoupon>> ListByCustomerAsync(CustomerId customer, CancellationToken cancellationToken = default);
}
