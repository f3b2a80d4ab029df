namespace RetailCrm.Membership;

/// <summary>How a tier's thresholds combine.</summary>
public enum RequirementMode
{
    /// <summary>Every threshold must be met.</summary>
    All = 0,

    /// <summary>Any one threshold is enough.</summary>
    Any = 1,
}
