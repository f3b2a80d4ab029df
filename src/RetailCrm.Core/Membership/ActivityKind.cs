namespace RetailCrm.Membership;

/// <summary>What kind of qualifying activity was recorded.</summary>
public enum ActivityKind
{
    /// <summary>A paid order: its qualifying spend and one order.</summary>
    Order = 0,

    /// <summary>A refund: it takes spend back from the order's window, and the order itself when fully refunded.</summary>
    Refund = 1,

    /// <summary>Points earned (or clawed back), counting once confirmed.</summary>
    Points = 2,
}
