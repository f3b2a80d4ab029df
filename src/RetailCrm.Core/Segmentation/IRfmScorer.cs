namespace RetailCrm.Segmentation;

/// <summary>Scores one customer's measures: recency, frequency and monetary scores packed in one number.</summary>
internal interface IRfmScorer
{
    /// <summary>The three scores of a customer, each 1 to 5, packed as <c>r &lt;&lt; 6 | f &lt;&lt; 3 | m</c>.</summary>
    /// <param name="days">Days since the last order.</param>
    /// <param name="orders">Orders in the window.</param>
    /// <param name="minor">Spend in minor units.</param>
    /// <returns>The packed scores.</returns>
    int Pack(long days, long orders, long minor);
}
