namespace RetailCrm.Service;

/// <summary>What a part of a complaint's grade comes from.</summary>
public enum GradeFactor
{
    /// <summary>The customer's stated emotional intensity.</summary>
    Intensity = 0,

    /// <summary>Earlier complaints of the customer within the repeat window.</summary>
    Repeats = 1,

    /// <summary>The value of the order complained about.</summary>
    OrderValue = 2,

    /// <summary>The customer's value level from segmentation.</summary>
    CustomerValue = 3,
}
