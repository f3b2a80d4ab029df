namespace RetailCrm.Segmentation;

/// <summary>How the value pyramid cuts its ranked customers into levels.</summary>
public enum ValueCut
{
    /// <summary>By rank: each level takes a share of the customers (the top 1%, the next 4%, ...).</summary>
    CustomerRank,

    /// <summary>By cumulative value: each level takes the most valuable customers until they bring its share of all value (the customers bringing the first 50% of value, ...).</summary>
    CumulativeValue,
}
