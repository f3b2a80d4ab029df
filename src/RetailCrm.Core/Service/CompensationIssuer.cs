namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// The default <see cref="ICompensationIssuer"/>: points through <see cref="PointsService.AdjustAsync"/>,
/// coupons through a delegate the shop supplies (its coupon issuer).
/// </summary>
public sealed class CompensationIssuer : ICompensationIssuer
{
    private readonly PointsService points;
    private readonly Func<CustomerId, PromotionId, IdempotencyKey, CancellationToken, Task<CouponCode>> issueCoupon;

    /// <summary>Creates the issuer.</summary>
    /// <param name="points">The points service.</param>
    /// <param name="issueCoupon">Issues a coupon, idempotent by its key.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CompensationIssuer(PointsService points, Func<CustomerId, PromotionId, IdempotencyKey, CancellationToken, Task<CouponCode>> issueCoupon)
    {
        this.points = Guard.Against.Null(points);
        this.issueCoupon = Guard.Against.Null(issueCoupon);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The points service refused the credit.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="key"/> is <c>default</c>.</exception>
    public async Task<Points> IssuePointsAsync(CustomerId customer, Points points, string reason, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(key, nameof(key));
        if (!points.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A compensation credits a positive number of points.");
        }

        var result = await this.points.AdjustAsync(customer, points, reason, key, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? result.Change : throw new InvalidOperationException($"The points credit was refused: {result.Rejection}.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="promotion"/> or <paramref name="key"/> is <c>default</c>.</exception>
    public Task<CouponCode> IssueCouponAsync(CustomerId customer, PromotionId promotion, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(promotion, nameof(promotion));
        IdArgument.Require(key, nameof(key));
        return issueCoupon(customer, promotion, key, cancellationToken);
    }
}
