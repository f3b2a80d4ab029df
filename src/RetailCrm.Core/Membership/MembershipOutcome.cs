namespace RetailCrm.Membership;

/// <summary>What a membership command did.</summary>
public enum MembershipOutcome
{
    /// <summary>The command was applied.</summary>
    Applied = 0,

    /// <summary>The same command had been applied before; nothing changed.</summary>
    Replayed = 1,

    /// <summary>The command had nothing to act on (a refund of an order never recorded); nothing changed.</summary>
    Ignored = 2,
}
