namespace RetailCrm.Promotions;

/// <summary>Why a promotion did or did not apply to a cart: the code a support agent reads.</summary>
public enum PromotionReason
{
    /// <summary>The promotion applied.</summary>
    Applied = 0,

    /// <summary>The promotion's validity has not begun.</summary>
    NotStarted,

    /// <summary>The promotion's validity has ended.</summary>
    Ended,

    /// <summary>Outside the promotion's local date-time window (a festival day, a season).</summary>
    OutsideWindow,

    /// <summary>Outside the promotion's daily hours (a late-night rush).</summary>
    OutsideHours,

    /// <summary>The targeted lines do not reach the minimum spend; the decision says how much is missing.</summary>
    BelowMinimumSpend,

    /// <summary>The targeted lines do not reach the minimum quantity; the decision says how many are missing.</summary>
    BelowMinimumQuantity,

    /// <summary>The shopper is not in a tier the promotion is for (member-only sessions).</summary>
    TierNotEligible,

    /// <summary>The shopper is not in a segment the promotion is for.</summary>
    SegmentNotEligible,

    /// <summary>The promotion is for first orders and the shopper has ordered before.</summary>
    NotFirstOrder,

    /// <summary>The promotion is for returning customers and this is the shopper's first order.</summary>
    NotReturningCustomer,

    /// <summary>The session lacks the access token the promotion is gated on.</summary>
    AccessTokenMissing,

    /// <summary>The order does not come through a sales channel the promotion is for.</summary>
    ChannelNotEligible,

    /// <summary>The chosen payment method is not one the promotion is for.</summary>
    PaymentMethodNotEligible,

    /// <summary>A condition combined with "not" (or another composite) was not met.</summary>
    ConditionNotMet,

    /// <summary>The promotion needs a coupon and no valid coupon for it was presented.</summary>
    CouponRequired,

    /// <summary>The promotion has been used as often as it may be, overall.</summary>
    UsageLimitReached,

    /// <summary>The shopper has used the promotion as often as one customer may.</summary>
    CustomerLimitReached,

    /// <summary>The flash-sale stock at the promotional price is sold out.</summary>
    StockSoldOut,

    /// <summary>The campaign's budget is spent.</summary>
    BudgetExhausted,

    /// <summary>No line of the cart is targeted by the promotion.</summary>
    NoMatchingItems,

    /// <summary>The targeted lines were claimed by a higher-priority promotion that stops further promotions.</summary>
    StoppedByHigherPriority,

    /// <summary>An exclusive promotion of higher priority applied, so nothing else may.</summary>
    ExclusivePromotionApplied,

    /// <summary>The promotion is exclusive and another promotion of higher priority already applied.</summary>
    OtherPromotionsApplied,

    /// <summary>The promotion and one already applied do not agree to be combined (their classes).</summary>
    DoesNotCombine,

    /// <summary>The cart does not hold every item of the bundle; the decision says how many are missing.</summary>
    BundleIncomplete,

    /// <summary>The promotion's rules were met but left nothing to discount (the lines are already at or below its price).</summary>
    NothingToDiscount,

    /// <summary>The promotion is member-only and the shopper is not a member.</summary>
    NotAMember,

    /// <summary>The promotion is member-only and the shopper's tier does not open member-only promotions (an entry tier, say).</summary>
    NoMemberOnlyAccess,
}
