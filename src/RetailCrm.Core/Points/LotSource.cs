namespace RetailCrm.Points;

/// <summary>Where the points of a lot came from.</summary>
public enum LotSource
{
    /// <summary>Earned on a paid order.</summary>
    Order,

    /// <summary>Credited by hand, e.g. as service compensation.</summary>
    Adjustment,
}
