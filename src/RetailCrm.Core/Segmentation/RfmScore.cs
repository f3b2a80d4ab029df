namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>One customer's RFM measures and scores (1 to 5, 5 best), and the segment the scores name.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="RecencyDays">Days from the last order in the window to the evaluation date.</param>
/// <param name="Frequency">Orders in the window.</param>
/// <param name="Monetary">Spend in the window.</param>
/// <param name="R">Recency score: 5 for the most recent buyers.</param>
/// <param name="F">Frequency score.</param>
/// <param name="M">Monetary score.</param>
/// <param name="Segment">The named segment, e.g. "champions".</param>
public readonly record struct RfmScore(CustomerId Customer, int RecencyDays, int Frequency, Money Monetary, int R, int F, int M, string Segment)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));

    /// <summary>The three scores as "RFM 545".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer}: RFM {R}{F}{M} {Segment}";
}
