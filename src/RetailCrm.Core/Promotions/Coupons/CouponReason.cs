namespace RetailCrm.Promotions;

/// <summary>Why a coupon code was or was not used.</summary>
public enum CouponReason
{
    /// <summary>The code was valid and its promotion applied.</summary>
    Applied = 0,

    /// <summary>No such code (a mistyped code is unknown, never "expired"; a code issued to someone else is unknown too).</summary>
    Unknown,

    /// <summary>The code is not valid yet.</summary>
    NotYetValid,

    /// <summary>The code has expired.</summary>
    Expired,

    /// <summary>The code has been used as often as it may be.</summary>
    UsedUp,

    /// <summary>The shopper has used the code as often as one customer may.</summary>
    CustomerLimitReached,

    /// <summary>The same code, or another code for the same promotion, was already presented.</summary>
    Duplicate,

    /// <summary>The cart already holds as many coupons as one cart may.</summary>
    TooManyCoupons,

    /// <summary>The code is valid but its promotion did not apply; the promotion's decision says why.</summary>
    PromotionNotApplied,
}
