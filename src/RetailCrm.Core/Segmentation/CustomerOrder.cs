namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>One order of a customer, as segmentation reads it: who, on which local date, for how much.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Date">The local date of the order, in the shop's zone.</param>
/// <param name="Amount">What was paid, rounded.</param>
public readonly record struct CustomerOrder(CustomerId Customer, LocalDate Date, Money Amount)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));
}
