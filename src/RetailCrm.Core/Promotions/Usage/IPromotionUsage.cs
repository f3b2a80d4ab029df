namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// How much of each promotion and coupon has been used so far: the state the pricing engine checks
/// usage limits, flash-sale stock and budgets against. The engine only reads it, so pricing stays a
/// pure function of the cart, the shopper, the instant and this state.
/// </summary>
public interface IPromotionUsage
{
    /// <summary>The counts for one promotion, including how often <paramref name="customer"/> used it.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="customer">The shopper's identity.</param>
    /// <returns>The counts; zeros for a promotion never used.</returns>
    PromotionCounters CountersFor(PromotionId promotion, CustomerId customer);

    /// <summary>The counts for one coupon, including how often <paramref name="customer"/> used it.</summary>
    /// <param name="code">The coupon code.</param>
    /// <param name="customer">The shopper's identity.</param>
    /// <returns>The counts; zeros for a coupon never used.</returns>
    CouponCounters CountersFor(CouponCode code, CustomerId customer);
}
