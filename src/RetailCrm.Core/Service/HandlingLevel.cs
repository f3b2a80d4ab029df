namespace RetailCrm.Service;

/// <summary>Who handles a complaint, from the lowest to the highest level of authority.</summary>
public enum HandlingLevel
{
    /// <summary>A front-line agent.</summary>
    FrontLine = 0,

    /// <summary>A senior agent.</summary>
    SeniorAgent = 1,

    /// <summary>A manager.</summary>
    Manager = 2,
}
