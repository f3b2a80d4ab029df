namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The use of one promotion by one order, as a keyed record: (<see cref="Promotion"/>, order) is its
/// natural key, unique in a store, and a store finds an order's uses by the order alone.
/// </summary>
public sealed record OrderUse
{
    /// <summary>Creates the record.</summary>
    /// <param name="promotion">The promotion used.</param>
    /// <param name="use">The order's use of it.</param>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    public OrderUse(PromotionId promotion, PromotionUse use)
    {
        Promotion = IdArgument.Require(promotion, nameof(promotion));
        Use = Guard.Against.Null(use);
    }

    /// <summary>The promotion used.</summary>
    public PromotionId Promotion { get; }

    /// <summary>The use: order, customer, units, discount and coupon.</summary>
    public PromotionUse Use { get; }

    /// <summary>The order (the rest of the key).</summary>
    public OrderId Order => Use.Order;
}
