namespace RetailCrm.Service;

/// <summary>What a compensation gives the customer.</summary>
public enum CompensationKind
{
    /// <summary>An apology (a message or a letter).</summary>
    Apology = 0,

    /// <summary>A coupon for a promotion.</summary>
    Coupon = 1,

    /// <summary>Points credited to the customer's account.</summary>
    PointsCredit = 2,

    /// <summary>A gift.</summary>
    Gift = 3,

    /// <summary>The goods taken back and refunded.</summary>
    Return = 4,

    /// <summary>The goods exchanged.</summary>
    Exchange = 5,

    /// <summary>The goods repaired.</summary>
    Repair = 6,
}
