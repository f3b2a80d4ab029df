namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// A full or partial refund of an order, the fact from which earned points are clawed back.
/// </summary>
/// <remarks>
/// <see cref="GoodsAmount"/> is the value of the goods refunded at the prices paid after
/// discounts, on the same basis as <see cref="PaidOrder.GoodsValue"/> (shipping excluded), whether
/// the customer paid them in money or points. Points are clawed back in that proportion of what
/// the order actually earned.
/// </remarks>
public sealed record OrderRefund
{
    /// <summary>Creates a refund.</summary>
    /// <param name="id">The refund; each refund is clawed back at most once.</param>
    /// <param name="orderId">The refunded order.</param>
    /// <param name="goodsAmount">The value of the goods refunded; positive and rounded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goodsAmount"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="goodsAmount"/> is not rounded to the minor unit.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="orderId"/> is <c>default</c>.</exception>
    public OrderRefund(RefundId id, OrderId orderId, Money goodsAmount)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(orderId, nameof(orderId));
        Id = id;
        OrderId = orderId;
        GoodsAmount = MoneyArgument.RoundedPositive(goodsAmount, nameof(goodsAmount));
    }

    /// <summary>The refund.</summary>
    public RefundId Id { get; }

    /// <summary>The refunded order.</summary>
    public OrderId OrderId { get; }

    /// <summary>The value of the goods refunded.</summary>
    public Money GoodsAmount { get; }
}
