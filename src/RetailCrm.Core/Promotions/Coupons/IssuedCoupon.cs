namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A coupon issued at runtime to one customer, as an <see cref="IIssuedCouponRepository"/> keeps
/// it: the coupon, the idempotency key it was issued under (so a retried request finds it again)
/// and the instant of issue.
/// </summary>
public sealed class IssuedCoupon
{
    /// <summary>Records an issued coupon.</summary>
    /// <param name="key">The idempotency key it was issued under.</param>
    /// <param name="coupon">The coupon; it must name the customer it was issued to.</param>
    /// <param name="issuedAt">The instant of issue.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="coupon"/> has no <see cref="Coupon.IssuedTo"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="coupon"/> is null.</exception>
    public IssuedCoupon(IdempotencyKey key, Coupon coupon, Instant issuedAt)
    {
        Key = key.Value.Length > 0 ? key : throw new ArgumentException("The idempotency key is required.", nameof(key));
        Coupon = Guard.Against.Null(coupon);
        Customer = coupon.IssuedTo ?? throw new ArgumentException("An issued coupon names the customer it was issued to.", nameof(coupon));
        IssuedAt = issuedAt;
    }

    /// <summary>The idempotency key it was issued under.</summary>
    public IdempotencyKey Key { get; }

    /// <summary>The coupon.</summary>
    public Coupon Coupon { get; }

    /// <summary>The customer it was issued to (the coupon's <see cref="Coupon.IssuedTo"/>).</summary>
    public CustomerId Customer { get; }

    /// <summary>The instant of issue.</summary>
    public Instant IssuedAt { get; }

    /// <summary>The coupon's code, the key and the customer.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Coupon.Code} for {Customer} ({Key})";
}
