namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A paid order, the fact from which points are earned: its lines at the prices paid after
/// discounts, the shipping fee, and how much of it was paid with points.
/// </summary>
public sealed record PaidOrder
{
    /// <summary>Creates a paid order.</summary>
    /// <param name="id">The order.</param>
    /// <param name="paidAt">When the order was paid; the pending period and expiry count from here.</param>
    /// <param name="lines">The lines; at least one, all in one currency.</param>
    /// <param name="shipping">The shipping fee paid (may be zero).</param>
    /// <param name="paidWithPoints">The part of the goods paid with points, at most the goods' value (may be zero).</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">There are no lines, currencies differ, or an amount is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or points paid more than the goods.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public PaidOrder(OrderId id, Instant paidAt, IEnumerable<PaidOrderLine> lines, Money shipping, Money paidWithPoints)
    {
        IdArgument.Require(id, nameof(id));
        Guard.Against.Null(lines);
        var copy = lines.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("An order has at least one line.", nameof(lines));
        }

        if (copy.Any(l => l is null))
        {
            throw new ArgumentNullException(nameof(lines), "An order line must not be null.");
        }

        var currency = copy[0].AmountPaid.Currency;
        if (copy.Any(l => l.AmountPaid.Currency != currency))
        {
            throw new ArgumentException("All lines of an order are in one currency.", nameof(lines));
        }

        Id = id;
        PaidAt = paidAt;
        Lines = copy;
        GoodsValue = copy.Aggregate(Money.Zero(currency), (sum, l) => sum + l.AmountPaid);
        Shipping = MoneyArgument.RoundedNonNegative(shipping, nameof(shipping), currency);
        PaidWithPoints = MoneyArgument.RoundedNonNegative(paidWithPoints, nameof(paidWithPoints), currency);
        if (PaidWithPoints > GoodsValue)
        {
            throw new ArgumentOutOfRangeException(nameof(paidWithPoints), paidWithPoints, $"Points cannot pay more than the goods' value of {GoodsValue}.");
        }
    }

    /// <summary>The order.</summary>
    public OrderId Id { get; }

    /// <summary>When the order was paid.</summary>
    public Instant PaidAt { get; }

    /// <summary>The lines at the prices paid after discounts.</summary>
    public IReadOnlyList<PaidOrderLine> Lines { get; }

    /// <summary>The sum of the lines: the value of the goods after discounts, shipping excluded.</summary>
    public Money GoodsValue { get; }

    /// <summary>The shipping fee paid.</summary>
    public Money Shipping { get; }

    /// <summary>The part of the goods paid with points.</summary>
    public Money PaidWithPoints { get; }

    /// <summary>The currency of the order.</summary>
    public Currency Currency => GoodsValue.Currency;

    /// <summary>Creates a one-line order, handy for orders whose lines do not matter to earning.</summary>
    /// <param name="id">The order.</param>
    /// <param name="paidAt">When it was paid.</param>
    /// <param name="amountPaid">The goods' value paid after discounts.</param>
    /// <param name="category">The category of the goods; "general" when omitted.</param>
    /// <returns>The order, with no shipping and nothing paid with points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amountPaid"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="amountPaid"/> is not rounded.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="category"/> is <c>default</c>.</exception>
    public static PaidOrder Simple(OrderId id, Instant paidAt, Money amountPaid, CategoryId? category = null)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(category, nameof(category));
        return new(id, paidAt, [new PaidOrderLine(new Sku(id.Value + "-goods"), category ?? new CategoryId("general"), amountPaid)], Money.Zero(amountPaid.Currency), Money.Zero(amountPaid.Currency));
    }
}
