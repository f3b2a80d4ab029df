namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>One customer's value over a window (revenue or margin, as the shop chooses), for the value pyramid.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Value">The value, rounded to the minor unit; may be zero or negative (a loss-making customer).</param>
public readonly record struct CustomerValue(CustomerId Customer, Money Value)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));
}
