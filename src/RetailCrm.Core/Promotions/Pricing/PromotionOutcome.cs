namespace RetailCrm.Promotions;

/// <summary>Whether a promotion took part in a priced cart.</summary>
public enum PromotionOutcome
{
    /// <summary>The promotion was considered and did not apply; the reason says why.</summary>
    NotApplied = 0,

    /// <summary>The promotion applied.</summary>
    Applied = 1,
}
