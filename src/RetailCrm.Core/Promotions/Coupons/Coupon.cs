namespace RetailCrm.Promotions;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A coupon: a code that unlocks a promotion which requires one, with its own validity and usage
/// limits, optionally issued to one customer (an old-customer welfare coupon, a spend-and-get coupon).
/// </summary>
public sealed class Coupon
{
    /// <summary>Creates a coupon with no validity bounds and no limits.</summary>
    /// <param name="code">The code customers type.</param>
    /// <param name="promotion">The promotion it unlocks; it must require a coupon.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="promotion"/> is <c>default</c>.</exception>
    public Coupon(CouponCode code, PromotionId promotion)
    {
        Code = IdArgument.Require(code, nameof(code));
        Promotion = IdArgument.Require(promotion, nameof(promotion));
    }

    /// <summary>The code.</summary>
    public CouponCode Code { get; }

    /// <summary>The promotion it unlocks.</summary>
    public PromotionId Promotion { get; }

    /// <summary>The first instant the coupon may be used, or <see langword="null"/>.</summary>
    public Instant? ValidFrom { get; init; }

    /// <summary>The instant the coupon expires (exclusive), or <see langword="null"/>.</summary>
    public Instant? ValidUntil { get; init; }

    /// <summary>How many orders may use the coupon in total (1 for a single-use code), or <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public int? MaxUses
    {
        get;
        init => field = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxUses), value, "At least 1.") : value;
    }

    /// <summary>How many orders of one customer (or guest identity) may use it, or <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public int? MaxUsesPerCustomer
    {
        get;
        init => field = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxUsesPerCustomer), value, "At least 1.") : value;
    }

    /// <summary>The only customer who may use it, or <see langword="null"/> for anyone. For anyone else the code is unknown.</summary>
    /// <exception cref="ArgumentException">The customer is a <c>default</c> identifier.</exception>
    public CustomerId? IssuedTo { get; init => field = IdArgument.Require(value, nameof(IssuedTo)); }

    /// <summary>The code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code.ToString();
}
