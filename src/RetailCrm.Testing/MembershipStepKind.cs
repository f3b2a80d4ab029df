namespace RetailCrm.Testing;

/// <summary>What one step of a generated membership scenario does.</summary>
public enum MembershipStepKind
{
    /// <summary>Records a paid order (<see cref="MembershipStep.Reference"/> is the order, <see cref="MembershipStep.Amount"/> its spend).</summary>
    Order = 0,

    /// <summary>Records a refund (<see cref="MembershipStep.Reference"/> is the refund, <see cref="MembershipStep.RefundedOrder"/> the order).</summary>
    Refund = 1,

    /// <summary>Records points earned or clawed back (<see cref="MembershipStep.Reference"/> is the idempotency key).</summary>
    Points = 2,

    /// <summary>Evaluates the account, as a daily run or a read does.</summary>
    Evaluate = 3,

    /// <summary>Assigns <see cref="MembershipStep.Tier"/> by hand until <see cref="MembershipStep.Until"/>.</summary>
    Assign = 4,

    /// <summary>The member spends points: nothing is recorded on the membership account.</summary>
    SpendPoints = 5,
}
