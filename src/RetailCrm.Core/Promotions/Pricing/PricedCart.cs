namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// A cart after pricing, explaining every cent: each line's list price, adjustments and final
/// price; the order's subtotal, discounts, shipping, gifts, coupons earned, bonus points and total;
/// and a decision for every promotion considered and every coupon presented.
/// </summary>
public sealed class PricedCart
{
    internal PricedCart(
        CustomerId customer,
        Currency currency,
        IReadOnlyList<PricedLine> lines,
        (Money Subtotal, Money ItemDiscount, Money OrderDiscount) totals,
        Money shipping,
        Money shippingDiscount,
        IReadOnlyList<GiftLine> gifts,
        IReadOnlyList<EarnedCoupon> earnedCoupons,
        Points bonusPoints,
        IReadOnlyList<PromotionDecision> decisions,
        IReadOnlyList<CouponDecision> coupons)
    {
        Customer = customer;
        Currency = currency;
        Lines = lines;
        Shipping = shipping;
        ShippingDiscount = shippingDiscount;
        Gifts = gifts;
        EarnedCoupons = earnedCoupons;
        BonusPoints = bonusPoints;
        Decisions = decisions;
        Coupons = coupons;
        (Subtotal, ItemDiscount, OrderDiscount) = totals;
    }

    /// <summary>
    /// The customer the cart was priced for: their tier, segments and order history decided the
    /// conditions, and an order records the cart's promotion uses for them alone.
    /// </summary>
    public CustomerId Customer { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The lines, in the cart's order.</summary>
    public IReadOnlyList<PricedLine> Lines { get; }

    /// <summary>The lines' total at list price.</summary>
    public Money Subtotal { get; }

    /// <summary>The item promotions' discounts.</summary>
    public Money ItemDiscount { get; }

    /// <summary>The order promotions' discounts (each already allocated to the lines).</summary>
    public Money OrderDiscount { get; }

    /// <summary>What the lines cost after every promotion.</summary>
    public Money Merchandise => Subtotal - ItemDiscount - OrderDiscount;

    /// <summary>The shipping charge before shipping promotions.</summary>
    public Money Shipping { get; }

    /// <summary>The shipping promotions' discount.</summary>
    public Money ShippingDiscount { get; }

    /// <summary>Every discount together: items, order and shipping.</summary>
    public Money Discount => ItemDiscount + OrderDiscount + ShippingDiscount;

    /// <summary>What the customer pays: merchandise plus shipping after discounts; never negative.</summary>
    public Money Total => Merchandise + Shipping - ShippingDiscount;

    /// <summary>Gift lines at zero price.</summary>
    public IReadOnlyList<GiftLine> Gifts { get; }

    /// <summary>Coupons the order earns for a later order.</summary>
    public IReadOnlyList<EarnedCoupon> EarnedCoupons { get; }

    /// <summary>Bonus points the order earns from promotions.</summary>
    public Points BonusPoints { get; }

    /// <summary>One decision per promotion considered, in the order they were considered (see <see cref="PromotionCatalog.Promotions"/>).</summary>
    public IReadOnlyList<PromotionDecision> Decisions { get; }

    /// <summary>One decision per coupon code presented, in the order presented.</summary>
    public IReadOnlyList<CouponDecision> Coupons { get; }

    /// <summary>The decisions of the promotions that applied.</summary>
    public IEnumerable<PromotionDecision> Applied => Decisions.Where(d => d.Applied);

    /// <summary>"CNY 200.00 - CNY 20.00 + CNY 0.00 = CNY 180.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Subtotal} - {ItemDiscount + OrderDiscount} + {Shipping - ShippingDiscount} = {Total}";
}
