namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Thrown when an order already recorded is recorded again with something else: another shopper,
/// other promotions, or other units, discount or coupon for a promotion. Replaying the identical
/// order is a no-op; anything else under the same order id is a mistake (two orders sharing an id,
/// or a cart repriced after the order was placed), and nothing is recorded.
/// </summary>
public sealed class OrderRecordConflictException : RetailCrmException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="order">The order.</param>
    /// <param name="differences">What differs, one item per field ("shopper: c-1 recorded, c-2 now").</param>
    public OrderRecordConflictException(OrderId order, IReadOnlyList<string> differences)
        : base($"Order {order} was recorded before with other content; it differs in {string.Join("; ", differences ?? [])}.")
    {
        Order = order;
        Differences = differences ?? [];
    }

    /// <summary>The order.</summary>
    public OrderId Order { get; }

    /// <summary>What differs, one item per field, e.g. "shopper: c-1 recorded, c-2 now" or "spend-300 discount: CNY 30.00 recorded, CNY 20.00 now".</summary>
    public IReadOnlyList<string> Differences { get; }
}
