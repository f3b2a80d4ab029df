namespace RetailCrm.Credit;

/// <summary>The machine-readable reason of a feedback command's outcome.</summary>
public enum FeedbackReason
{
    /// <summary>Applied as asked.</summary>
    Done = 0,

    /// <summary>The trade was recorded before, with the same figures.</summary>
    AlreadyRecorded = 1,

    /// <summary>The same rating was given before on this trade; it counts once.</summary>
    AlreadyRated = 2,

    /// <summary>A different rating or reply was given before; ratings and replies cannot be changed.</summary>
    CannotChange = 3,

    /// <summary>The profile has no such trade (record the completed trade first).</summary>
    UnknownTrade = 4,

    /// <summary>The trade has not completed yet at the instant of the rating.</summary>
    WindowNotOpen = 5,

    /// <summary>The rating window has closed; the policy's missing rating applies instead.</summary>
    WindowClosed = 6,

    /// <summary>A reply needs a rating to answer, and the trade has none yet.</summary>
    NotRated = 7,

    /// <summary>The same reply was added before.</summary>
    AlreadyReplied = 8,

    /// <summary>The trade's rating was flagged as fraudulent before.</summary>
    AlreadyFlagged = 9,
}
