namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A complaint as it comes in, from any channel.</summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="Customer">The customer complaining.</param>
/// <param name="Channel">Where it came in.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="At">When it came in.</param>
/// <param name="Order">The order concerned, or <see langword="null"/>.</param>
/// <param name="Sku">The product concerned, or <see langword="null"/>.</param>
/// <param name="Description">The customer's words, or <see langword="null"/>.</param>
public sealed record ComplaintIntake(
    ComplaintId Id,
    CustomerId Customer,
    ComplaintChannel Channel,
    ComplaintSubject Subject,
    Instant At,
    OrderId? Order = null,
    Sku? Sku = null,
    string? Description = null)
{
    /// <summary>The complaint's id.</summary>
    public ComplaintId Id { get; init => field = IdArgument.Require(value, nameof(Id)); } = IdArgument.Require(Id, nameof(Id));

    /// <summary>The customer complaining.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));

    /// <summary>The order concerned, or <see langword="null"/>.</summary>
    public OrderId? Order { get; init => field = IdArgument.Require(value, nameof(Order)); } = IdArgument.Require(Order, nameof(Order));

    /// <summary>The product concerned, or <see langword="null"/>.</summary>
    public Sku? Sku { get; init => field = IdArgument.Require(value, nameof(Sku)); } = IdArgument.Require(Sku, nameof(Sku));
}
