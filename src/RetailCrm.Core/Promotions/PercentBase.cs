namespace RetailCrm.Promotions;

/// <summary>What a percentage discount is a percentage of.</summary>
public enum PercentBase
{
    /// <summary>
    /// The price as already reduced by promotions of higher priority (the default): two 60%
    /// promotions leave 16% of the price, never make it free.
    /// </summary>
    Sequential = 0,

    /// <summary>The list price before any promotion; the line still never goes below zero.</summary>
    Original = 1,
}
