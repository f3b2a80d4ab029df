namespace RetailCrm.Promotions;

using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Payment terms of an invoice with an optional cash discount for early payment, written as
/// "2/10, net 30": 2% off when the customer pays within 10 days of the invoice, the full amount
/// due within 30 days. B2B shops and wholesalers use them to get paid sooner.
/// </summary>
/// <remarks>
/// <para>
/// Days are calendar days in the shop's time zone, not periods of 24 hours: the local date of the
/// invoice is day 0, a payment on any local date up to and including day <see cref="DiscountDays"/>
/// earns the discount, and the invoice falls due at the end of day <see cref="NetDays"/>. An
/// invoice sent at 23:30 therefore still counts that evening as its day 0, as customers read it.
/// </para>
/// <para>
/// Terms are immutable values: two terms with the same discount and days are equal. Terms with a
/// 0% discount give no cash discount whatever the payment date.
/// </para>
/// </remarks>
public sealed partial class PaymentTerms : IEquatable<PaymentTerms>
{
    /// <summary>
    /// The longest credit period accepted, in days (about ten years). Real terms stay far below it;
    /// the bound keeps every due date a valid calendar date.
    /// </summary>
    public const int MaxNetDays = 3660;

    /// <summary>Creates payment terms such as "2/10, net 30".</summary>
    /// <param name="discount">The cash discount for early payment, from 0% (none) up to but excluding 100%.</param>
    /// <param name="discountDays">The days after the invoice date within which a payment earns the discount; 0 means on the invoice date only; at most <paramref name="netDays"/>.</param>
    /// <param name="netDays">The days after the invoice date by which the invoice must be paid, from 1 to <see cref="MaxNetDays"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="discount"/> is 100% or more; <paramref name="netDays"/> is below 1 or above
    /// <see cref="MaxNetDays"/>; <paramref name="discountDays"/> is negative or above <paramref name="netDays"/>.
    /// </exception>
    public PaymentTerms(Percentage discount, int discountDays, int netDays)
    {
        Discount = DiscountProblem(discount) is { } discountProblem
            ? throw new ArgumentOutOfRangeException(nameof(discount), discount, discountProblem)
            : discount;
        NetDays = NetDaysProblem(netDays) is { } netDaysProblem
            ? throw new ArgumentOutOfRangeException(nameof(netDays), netDays, netDaysProblem)
            : netDays;
        DiscountDays = DiscountDaysProblem(discountDays, netDays) is { } discountDaysProblem
            ? throw new ArgumentOutOfRangeException(nameof(discountDays), discountDays, discountDaysProblem)
            : discountDays;
    }

    /// <summary>The cash discount off the invoice amount for early payment, e.g. 2%; 0% when the terms offer none.</summary>
    public Percentage Discount { get; }

    /// <summary>The days after the invoice date within which a payment earns the discount, e.g. 10.</summary>
    public int DiscountDays { get; }

    /// <summary>The days after the invoice date by which the full amount is due, e.g. 30.</summary>
    public int NetDays { get; }

    /// <summary>Whether the terms offer a cash discount at all (a discount above 0%).</summary>
    public bool OffersDiscount => Discount > Percentage.Zero;

    /// <summary>Plain credit terms without a cash discount, e.g. "net 30".</summary>
    /// <param name="days">The days after the invoice date by which the invoice must be paid, from 1 to <see cref="MaxNetDays"/>.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1 or above <see cref="MaxNetDays"/>.</exception>
    public static PaymentTerms Net(int days) =>
        NetDaysProblem(days) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(days), days, problem)
            : new PaymentTerms(Percentage.Zero, 0, days);

    /// <summary>
    /// What the customer owes for an invoice paid at <paramref name="paidAt"/>: the cash discount
    /// earned, if any, the amount due after it, and whether the payment was late. Dates are the
    /// local calendar dates of both instants in the shop's time zone.
    /// </summary>
    /// <param name="invoiceAmount">The invoice total, rounded to the currency's minor unit and not negative.</param>
    /// <param name="invoicedAt">When the invoice was issued; its local date is day 0.</param>
    /// <param name="paidAt">When the payment arrived; not before <paramref name="invoicedAt"/>.</param>
    /// <param name="zone">The shop's time zone, in which days are counted.</param>
    /// <returns>The evaluation of the payment against these terms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="invoiceAmount"/> has no currency or is not rounded to the minor unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="invoiceAmount"/> is negative, or <paramref name="paidAt"/> is before <paramref name="invoicedAt"/>.</exception>
    public CashDiscount Evaluate(Money invoiceAmount, Instant invoicedAt, Instant paidAt, DateTimeZone zone)
    {
        MoneyArgument.RoundedNonNegative(invoiceAmount, nameof(invoiceAmount));
        if (paidAt < invoicedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(paidAt), paidAt, $"The payment cannot precede the invoice issued at {invoicedAt}.");
        }

        Guard.Against.Null(zone);

        // A zone whose clocks moved back across midnight could put the payment's local date before the
        // invoice's; such a payment is treated as made on the invoice date.
        var invoiceDate = invoicedAt.InZone(zone).Date;
        var paidOn = LocalDate.Max(invoiceDate, paidAt.InZone(zone).Date);
        return Apply(invoiceAmount, invoiceDate, paidOn);
    }

    /// <summary>
    /// What the customer owes for an invoice dated <paramref name="invoiceDate"/> and paid on
    /// <paramref name="paymentDate"/>, for storefronts that already work in the shop's local dates.
    /// </summary>
    /// <param name="invoiceAmount">The invoice total, rounded to the currency's minor unit and not negative.</param>
    /// <param name="invoiceDate">The local date of the invoice, day 0.</param>
    /// <param name="paymentDate">The local date of the payment; not before <paramref name="invoiceDate"/>.</param>
    /// <returns>The evaluation of the payment against these terms.</returns>
    /// <exception cref="ArgumentException"><paramref name="invoiceAmount"/> has no currency or is not rounded to the minor unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="invoiceAmount"/> is negative, or <paramref name="paymentDate"/> is before <paramref name="invoiceDate"/>.</exception>
    public CashDiscount DiscountIfPaidOn(Money invoiceAmount, LocalDate invoiceDate, LocalDate paymentDate)
    {
        MoneyArgument.RoundedNonNegative(invoiceAmount, nameof(invoiceAmount));
        if (paymentDate < invoiceDate)
        {
            throw new ArgumentOutOfRangeException(nameof(paymentDate), paymentDate, $"The payment cannot precede the invoice dated {invoiceDate}.");
        }

        return Apply(invoiceAmount, invoiceDate, paymentDate);
    }

    /// <summary>Whether both terms offer the same discount for the same days and the same credit period.</summary>
    /// <param name="other">The other terms.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(PaymentTerms? other) =>
        other is not null
        && Discount == other.Discount
        && DiscountDays == other.DiscountDays
        && NetDays == other.NetDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaymentTerms);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Discount, DiscountDays, NetDays);

    /// <summary>The canonical spelling, "2/10, net 30", or "net 30" for plain credit terms; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Discount == Percentage.Zero && DiscountDays == 0
            ? string.Create(CultureInfo.InvariantCulture, $"net {NetDays}")
            : string.Create(CultureInfo.InvariantCulture, $"{Discount.Value.ToString(ExactDecimal, CultureInfo.InvariantCulture)}/{DiscountDays}, net {NetDays}");

    /// <summary>Whether two terms are equal; two nulls are equal.</summary>
    /// <param name="left">The first terms.</param>
    /// <param name="right">The second terms.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(PaymentTerms? left, PaymentTerms? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two terms differ.</summary>
    /// <param name="left">The first terms.</param>
    /// <param name="right">The second terms.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(PaymentTerms? left, PaymentTerms? right) => !(left == right);

    // The one implementation behind Evaluate and DiscountIfPaidOn; arguments are already validated.
    private CashDiscount Apply(Money invoiceAmount, LocalDate invoiceDate, LocalDate paidOn)
    {
        var deadline = invoiceDate.PlusDays(DiscountDays);
        var earned = OffersDiscount && paidOn <= deadline;

        // Rounded once, half away from zero, so the discount on the invoice is the one the customer computes.
        var discount = earned ? Discount.Of(invoiceAmount).Round() : Money.Zero(invoiceAmount.Currency);
        return new CashDiscount(invoiceAmount, discount, earned, deadline, invoiceDate.PlusDays(NetDays), paidOn);
    }

    private static string? DiscountProblem(Percentage discount) =>
        discount >= Percentage.Hundred ? $"A cash discount must be below 100%, not {discount}." : null;

    private static string? NetDaysProblem(int netDays) =>
        netDays is < 1 or > MaxNetDays
            ? string.Create(CultureInfo.InvariantCulture, $"The net days must be from 1 to {MaxNetDays}, not {netDays}.")
            : null;

    private static string? DiscountDaysProblem(int discountDays, int netDays) =>
        discountDays < 0 || discountDays > netDays
            ? string.Create(CultureInfo.InvariantCulture, $"The discount days must be from 0 to the net days ({netDays}), not {discountDays}.")
            : null;
}
