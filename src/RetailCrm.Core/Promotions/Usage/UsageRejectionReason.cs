namespace RetailCrm.Promotions;

/// <summary>Why an order's use of a promotion could not be recorded: a limit another order reached first. Reprice the cart.</summary>
public enum UsageRejectionReason
{
    /// <summary>The promotion has been used as often as it may be.</summary>
    UsageLimitReached = 1,

    /// <summary>The customer has used the promotion as often as one customer may.</summary>
    CustomerLimitReached,

    /// <summary>Not enough flash-sale stock is left for the units of this order.</summary>
    StockSoldOut,

    /// <summary>Not enough budget is left for this order's discount.</summary>
    BudgetExhausted,

    /// <summary>The coupon has been used as often as it may be.</summary>
    CouponUsedUp,

    /// <summary>The customer has used the coupon as often as one customer may.</summary>
    CouponCustomerLimitReached,
}
