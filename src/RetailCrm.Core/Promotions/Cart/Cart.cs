namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// A shopping cart as the pricing engine sees it: the lines, the shipping charge, the coupon codes
/// and access tokens the customer presented, the sales channel and the chosen payment method.
/// </summary>
/// <remarks>Immutable: the <c>init</c> properties are set once, when the cart is built for pricing.</remarks>
public sealed class Cart
{
    /// <summary>Creates a cart.</summary>
    /// <param name="currency">The currency every price in the cart is in.</param>
    /// <param name="lines">The lines, in the order the customer sees them (pricing does not depend on it).</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> or <paramref name="lines"/> is null, or a line is null.</exception>
    /// <exception cref="ArgumentException">A line is priced in another currency.</exception>
    public Cart(Currency currency, params IEnumerable<CartLine> lines)
    {
        Currency = Guard.Against.Null(currency);
        Guard.Against.Null(lines);
        var copy = lines.ToArray();
        foreach (var line in copy)
        {
            if (line is null)
            {
                throw new ArgumentNullException(nameof(lines), "A cart line is null.");
            }

            if (line.UnitPrice.Currency != currency)
            {
                throw new ArgumentException($"The line {line} is not priced in {currency}.", nameof(lines));
            }
        }

        Lines = LineArray = copy;
        Shipping = Money.Zero(currency);
    }

    /// <summary>The currency of every price in the cart.</summary>
    public Currency Currency { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<CartLine> Lines { get; }

    /// <summary>The lines as the array behind <see cref="Lines"/>, for loops on the hot path.</summary>
    internal CartLine[] LineArray { get; }

    /// <summary>The shipping charge before any shipping promotion; zero by default.</summary>
    /// <exception cref="ArgumentException">The charge is in another currency, not rounded, or negative.</exception>
    public Money Shipping
    {
        get;
        init => field = MoneyArgument.RoundedNonNegative(value, nameof(Shipping), Currency);
    }

    /// <summary>The coupon codes the customer entered, in the order entered.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">A code is <c>default</c>.</exception>
    public IReadOnlyList<CouponCode> Coupons
    {
        get => field ?? [];
        init => field = Guard.Against.Null(IdArgument.RequireEach(value, nameof(Coupons)), nameof(Coupons)).ToArray();
    }

    /// <summary>
    /// Access tokens the session holds: a member-only session link, a campus or enterprise
    /// verification, a token-gated sale code. Compared ordinally.
    /// </summary>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    public IReadOnlySet<string> AccessTokens
    {
        get => field ?? EmptyTokens;
        init => field = Guard.Against.Null(value, nameof(AccessTokens)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The sales channel the order comes through, when known.</summary>
    /// <exception cref="ArgumentException">The channel is a <c>default</c> identifier.</exception>
    public SalesChannel? Channel { get; init => field = IdArgument.Require(value, nameof(Channel)); }

    /// <summary>The payment method chosen, when already known.</summary>
    /// <exception cref="ArgumentException">The payment method is a <c>default</c> identifier.</exception>
    public PaymentMethod? PaymentMethod { get; init => field = IdArgument.Require(value, nameof(PaymentMethod)); }

    private static readonly IReadOnlySet<string> EmptyTokens = new HashSet<string>(StringComparer.Ordinal);
}
