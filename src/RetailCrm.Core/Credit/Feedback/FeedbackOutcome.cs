namespace RetailCrm.Credit;

/// <summary>What a feedback command did.</summary>
public enum FeedbackOutcome
{
    /// <summary>The command was applied.</summary>
    Applied = 0,

    /// <summary>The same command had been applied before; nothing changed (see <see cref="FeedbackReason"/>).</summary>
    Replayed = 1,

    /// <summary>The command was refused as a business outcome; nothing changed (see <see cref="FeedbackReason"/>).</summary>
    Rejected = 2,
}
