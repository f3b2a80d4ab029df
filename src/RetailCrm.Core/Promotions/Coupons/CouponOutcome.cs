namespace RetailCrm.Promotions;

/// <summary>Whether a coupon code presented with a cart was used.</summary>
public enum CouponOutcome
{
    /// <summary>The code was not used; the reason says why.</summary>
    Rejected = 0,

    /// <summary>The code was valid and its promotion applied.</summary>
    Applied = 1,
}
