namespace RetailCrm.Points;

/// <summary>What a ledger entry records.</summary>
public enum PointsEntryKind
{
    /// <summary>Points earned on a paid order (a new lot).</summary>
    Earned,

    /// <summary>Points spent on an order.</summary>
    Redeemed,

    /// <summary>Points of a cancelled redemption returned to the lot they came from.</summary>
    RedemptionCancelled,

    /// <summary>Points removed because the order that earned them was refunded, or debt incurred for points already spent.</summary>
    ClawedBack,

    /// <summary>A manual credit or debit.</summary>
    Adjusted,

    /// <summary>Points written off at their expiry.</summary>
    Expired,

    /// <summary>Points of a new lot used to repay a clawback debt; does not change the balance.</summary>
    DebtRepaid,
}
