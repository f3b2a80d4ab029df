namespace RetailCrm.Credit;

/// <summary>Why a rating adds nothing to the credit score.</summary>
public enum UncountedReason
{
    /// <summary>The trade's price is at or below the policy's minimum scored price (CNY 1 by default).</summary>
    BelowMinimumPrice = 0,

    /// <summary>The rating was flagged as fraudulent (brushing, coercion, a fake trade).</summary>
    Fraudulent = 1,

    /// <summary>
    /// Another rating of the same value on an earlier trade of the same item between the same pair,
    /// in the same same-item group (trades created within 14 days of the group's first, by default),
    /// already counts.
    /// </summary>
    SameItemInPeriod = 2,

    /// <summary>The pair already reached the most points one pair may add in a calendar month (6 by default).</summary>
    MonthlyPairCap = 3,
}
