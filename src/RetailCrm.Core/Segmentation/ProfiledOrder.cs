namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>One order of a customer with what interest profiling reads: when, through which channel, and its lines.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="At">The local date and time of the order, in the shop's zone (its hour is the shopping hour).</param>
/// <param name="Channel">The sales channel the order came through.</param>
/// <param name="Lines">The lines, at least one.</param>
public readonly record struct ProfiledOrder(CustomerId Customer, LocalDateTime At, SalesChannel Channel, IReadOnlyList<PurchaseLine> Lines)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));

    /// <summary>The sales channel the order came through.</summary>
    public SalesChannel Channel { get; init => field = IdArgument.Require(value, nameof(Channel)); } = IdArgument.Require(Channel, nameof(Channel));
}
