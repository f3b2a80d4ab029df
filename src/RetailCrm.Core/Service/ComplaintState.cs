namespace RetailCrm.Service;

/// <summary>Where a complaint stands; see <see cref="ComplaintTransitions"/> for the moves between states.</summary>
public enum ComplaintState
{
    /// <summary>Recorded, not yet answered.</summary>
    Opened = 0,

    /// <summary>The customer has been told the complaint is being handled.</summary>
    Acknowledged = 1,

    /// <summary>Handed up to a higher handling level.</summary>
    Escalated = 2,

    /// <summary>The problem is solved for the customer.</summary>
    Resolved = 3,

    /// <summary>The customer has been asked afterwards how satisfied they are.</summary>
    FollowedUp = 4,

    /// <summary>Finished.</summary>
    Closed = 5,

    /// <summary>The customer came back: the problem is open again.</summary>
    Reopened = 6,
}
