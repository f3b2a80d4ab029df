namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One customer's facts for RFM scoring, already aggregated over the model's window (as a shop's
/// database keeps them, or a GROUP BY over its orders gives them): the last order, how many orders,
/// how much spent. Scored by <see cref="RfmModel.ScoreFacts"/>.
/// </summary>
/// <param name="Customer">The customer.</param>
/// <param name="LastOrder">The local date of the customer's last order in the window.</param>
/// <param name="Orders">How many orders the customer placed in the window, at least one.</param>
/// <param name="Spend">What the customer spent in the window, rounded; may be zero or negative (net of returns).</param>
public readonly record struct RfmFacts(CustomerId Customer, LocalDate LastOrder, int Orders, Money Spend)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));
}
