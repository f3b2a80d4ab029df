namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>One order's use of a promotion: who, with which coupon, how many units at the promotional price and how much discount.</summary>
public sealed record PromotionUse
{
    /// <summary>Creates a use.</summary>
    /// <param name="order">The order; a promotion is used at most once per order.</param>
    /// <param name="customer">The shopper's identity (a guest's too), for per-customer limits.</param>
    /// <param name="units">Units sold at the promotional price (flash-sale stock taken); not negative.</param>
    /// <param name="discount">The discount the order got from the promotion; rounded, not negative.</param>
    /// <param name="coupon">The coupon used for it, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="order"/> or <paramref name="customer"/> is <c>default</c>, or <paramref name="discount"/> is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> or <paramref name="discount"/> is negative.</exception>
    public PromotionUse(OrderId order, CustomerId customer, long units, Money discount, CouponCode? coupon = null)
    {
        IdArgument.Require(order, nameof(order));
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(coupon, nameof(coupon));
        Order = order.Value.Length > 0 ? order : throw new ArgumentException("The order is required.", nameof(order));
        Customer = customer.Value.Length > 0 ? customer : throw new ArgumentException("The customer is required.", nameof(customer));
        Units = ArgumentRange.NotNegative(units);
        Discount = MoneyArgument.RoundedNonNegative(discount, nameof(discount));
        Coupon = coupon is { Key.Length: 0 } ? throw new ArgumentException("The coupon code must not be default.", nameof(coupon)) : coupon;
    }

    /// <summary>The order.</summary>
    public OrderId Order { get; }

    /// <summary>The shopper's identity.</summary>
    public CustomerId Customer { get; }

    /// <summary>Units sold at the promotional price.</summary>
    public long Units { get; }

    /// <summary>The discount the order got.</summary>
    public Money Discount { get; }

    /// <summary>The coupon used, if any.</summary>
    public CouponCode? Coupon { get; }
}
