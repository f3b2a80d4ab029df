namespace RetailCrm.Membership;

/// <summary>Why a member's tier changed.</summary>
public enum TierChangeReason
{
    /// <summary>The member joined, in the entry tier.</summary>
    Joined = 0,

    /// <summary>The member's activity in the window met a higher tier's thresholds: an upgrade, at once.</summary>
    Qualified,

    /// <summary>A review found the member no longer qualifies, and the grace period passed: a downgrade.</summary>
    Review,

    /// <summary>The shop assigned the tier by hand (service compensation, a partner programme).</summary>
    Assigned,

    /// <summary>A tier assigned by hand reached its end.</summary>
    AssignmentEnded,

    /// <summary>A refund undid the upgrade the refunded order caused (when the ladder says so).</summary>
    RefundUndidUpgrade,
}
