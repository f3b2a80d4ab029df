namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// One counter of promotion usage as a store keeps it: a promotion's uses, units sold or discount
/// given (live, one row per promotion), a coupon's uses, or one customer's uses of a promotion or of
/// a coupon (keyed records, so customers never touch each other's rows). A counter starts at zero
/// and moves only by <see cref="CounterIncrement"/>s; it has no version.
/// </summary>
/// <remarks>
/// Coupon counters are kept under the promotion the coupon unlocks as well as its code, as the
/// coupon's uses have always been counted with its promotion.
/// </remarks>
public sealed record UsageCounter
{
    private UsageCounter(UsageCounterKind kind, PromotionId promotion, CouponCode? coupon, CustomerId? customer)
    {
        Kind = kind;
        Promotion = IdArgument.Require(promotion, nameof(promotion));
        Coupon = IdArgument.Require(coupon, nameof(coupon));
        Customer = IdArgument.Require(customer, nameof(customer));
    }

    /// <summary>What the counter counts.</summary>
    public UsageCounterKind Kind { get; }

    /// <summary>The promotion (for a coupon counter: the promotion the coupon unlocks).</summary>
    public PromotionId Promotion { get; }

    /// <summary>The coupon, for <see cref="UsageCounterKind.CouponUses"/> and <see cref="UsageCounterKind.CouponCustomerUses"/>.</summary>
    public CouponCode? Coupon { get; }

    /// <summary>The customer, for <see cref="UsageCounterKind.CustomerUses"/> and <see cref="UsageCounterKind.CouponCustomerUses"/>.</summary>
    public CustomerId? Customer { get; }

    /// <summary>Orders that used <paramref name="promotion"/>.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public static UsageCounter Uses(PromotionId promotion) => new(UsageCounterKind.Uses, promotion, null, null);

    /// <summary>Units of <paramref name="promotion"/> sold at the promotional price.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public static UsageCounter UnitsSold(PromotionId promotion) => new(UsageCounterKind.UnitsSold, promotion, null, null);

    /// <summary>The discount <paramref name="promotion"/> gave, in minor units.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public static UsageCounter DiscountGiven(PromotionId promotion) => new(UsageCounterKind.DiscountGiven, promotion, null, null);

    /// <summary>Orders of <paramref name="customer"/> that used <paramref name="promotion"/>.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    public static UsageCounter CustomerUses(PromotionId promotion, CustomerId customer) =>
        new(UsageCounterKind.CustomerUses, promotion, null, IdArgument.Require(customer, nameof(customer)));

    /// <summary>Orders that used coupon <paramref name="code"/> of <paramref name="promotion"/>.</summary>
    /// <param name="promotion">The promotion the coupon unlocks.</param>
    /// <param name="code">The coupon.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> or <paramref name="code"/> is <c>default</c>.</exception>
    public static UsageCounter CouponUses(PromotionId promotion, CouponCode code) =>
        new(UsageCounterKind.CouponUses, promotion, IdArgument.Require(code, nameof(code)), null);

    /// <summary>Orders of <paramref name="customer"/> that used coupon <paramref name="code"/> of <paramref name="promotion"/>.</summary>
    /// <param name="promotion">The promotion the coupon unlocks.</param>
    /// <param name="code">The coupon.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/>, <paramref name="code"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    public static UsageCounter CouponCustomerUses(PromotionId promotion, CouponCode code, CustomerId customer) =>
        new(UsageCounterKind.CouponCustomerUses, promotion, IdArgument.Require(code, nameof(code)), IdArgument.Require(customer, nameof(customer)));

    /// <summary>E.g. "UnitsSold of flash-618" or "CouponCustomerUses of welcome/WELCOME-1/c-1".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Kind} of {Promotion}" + (Coupon is { } code ? $"/{code.Key}" : string.Empty) + (Customer is { } customer ? $"/{customer}" : string.Empty);
}
