namespace RetailCrm.Points;

/// <summary>Why a points command did not do what was asked: an expected outcome, not an error.</summary>
public enum PointsRejectionReason
{
    /// <summary>Fewer points are available than the command needs.</summary>
    InsufficientPoints,

    /// <summary>The redemption uses fewer points than the policy's minimum.</summary>
    BelowMinimum,

    /// <summary>The redemption is not a whole multiple of the policy's step.</summary>
    NotAMultipleOfStep,

    /// <summary>The redemption would pay more of the order than the policy's maximum share.</summary>
    OverOrderShare,

    /// <summary>The order has already earned points.</summary>
    OrderAlreadyEarned,

    /// <summary>The order has no active redemption to cancel.</summary>
    NoRedemptionToCancel,

    /// <summary>The refunded order never earned points in this account.</summary>
    OrderNotEarned,

    /// <summary>This refund has already been clawed back.</summary>
    RefundAlreadyProcessed,

    /// <summary>The refunds of the order would exceed the value of its goods.</summary>
    RefundExceedsOrder,
}
