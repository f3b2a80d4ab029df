namespace RetailCrm.Service;

/// <summary>Why a complaint command did not do what was asked: an expected outcome, not an error.</summary>
public enum ComplaintRejectionReason
{
    /// <summary>The state machine does not allow the action in the complaint's state.</summary>
    IllegalTransition = 0,

    /// <summary>A manager already handles the complaint; there is no higher level.</summary>
    AlreadyAtTopLevel = 1,

    /// <summary>The compensation would exceed the policy's bound for the complaint's grade and the customer's value.</summary>
    OverBound = 2,

    /// <summary>A return, exchange or repair needs an order, and the complaint has none.</summary>
    NeedsOrder = 3,

    /// <summary>The complaint is closed; reopen it first.</summary>
    ComplaintClosed = 4,

    /// <summary>No compensation of that name has been approved on the complaint.</summary>
    NotApproved = 5,

    /// <summary>No complaint has that id.</summary>
    NotFound = 6,

    /// <summary>A complaint with that id already exists for another customer.</summary>
    AlreadyExists = 7,
}
