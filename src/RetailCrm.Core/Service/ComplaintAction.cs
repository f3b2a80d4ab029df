namespace RetailCrm.Service;

/// <summary>A move of a complaint from one state to another; see <see cref="ComplaintTransitions"/>.</summary>
public enum ComplaintAction
{
    /// <summary>Tell the customer the complaint is being handled; leads to <see cref="ComplaintState.Acknowledged"/>.</summary>
    Acknowledge = 0,

    /// <summary>Hand the complaint up one handling level; leads to <see cref="ComplaintState.Escalated"/>.</summary>
    Escalate = 1,

    /// <summary>Solve the problem; leads to <see cref="ComplaintState.Resolved"/>.</summary>
    Resolve = 2,

    /// <summary>Record the customer's satisfaction afterwards; leads to <see cref="ComplaintState.FollowedUp"/>.</summary>
    FollowUp = 3,

    /// <summary>Finish the complaint; leads to <see cref="ComplaintState.Closed"/>.</summary>
    Close = 4,

    /// <summary>Open the problem again; leads to <see cref="ComplaintState.Reopened"/>.</summary>
    Reopen = 5,
}
