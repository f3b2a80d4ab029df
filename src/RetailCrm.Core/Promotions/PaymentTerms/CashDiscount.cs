namespace RetailCrm.Promotions;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The outcome of paying an invoice under <see cref="PaymentTerms"/>: the cash discount the customer
/// earned (or not), what is left to pay, and the dates that decided it, for the invoice, the
/// receipt and the accounts-receivable view.
/// </summary>
/// <remarks>Created by <see cref="PaymentTerms.Evaluate"/> and <see cref="PaymentTerms.DiscountIfPaidOn"/>; all dates are in the shop's time zone.</remarks>
public sealed record CashDiscount
{
    internal CashDiscount(Money invoiceAmount, Money discount, bool earnedDiscount, LocalDate discountDeadline, LocalDate netDueDate, LocalDate paidOn)
    {
        InvoiceAmount = invoiceAmount;
        Discount = discount;
        EarnedDiscount = earnedDiscount;
        DiscountDeadline = discountDeadline;
        NetDueDate = netDueDate;
        PaidOn = paidOn;
    }

    /// <summary>The invoice total before any cash discount.</summary>
    public Money InvoiceAmount { get; }

    /// <summary>
    /// The cash discount earned, rounded once to the currency's minor unit (half away from zero);
    /// zero when the payment missed the deadline or the terms offer no discount.
    /// </summary>
    public Money Discount { get; }

    /// <summary>What the customer has to pay: the invoice amount less the cash discount.</summary>
    public Money AmountDue => InvoiceAmount - Discount;

    /// <summary>
    /// The last local calendar day on which a payment still earns the discount: the invoice date plus
    /// <see cref="PaymentTerms.DiscountDays"/>.
    /// </summary>
    public LocalDate DiscountDeadline { get; }

    /// <summary>The day the full amount is due: the invoice date plus <see cref="PaymentTerms.NetDays"/>.</summary>
    public LocalDate NetDueDate { get; }

    /// <summary>The local calendar day of the payment.</summary>
    public LocalDate PaidOn { get; }

    /// <summary>
    /// Whether the payment earned the cash discount: the terms offer one and the customer paid on or
    /// before <see cref="DiscountDeadline"/>. The discount itself may still round to zero on a tiny invoice.
    /// </summary>
    public bool EarnedDiscount { get; }

    /// <summary>Whether the payment came after <see cref="NetDueDate"/>.</summary>
    public bool IsLate => PaidOn > NetDueDate;

    /// <summary>How many days after <see cref="NetDueDate"/> the payment came; 0 when it was on time.</summary>
    public int DaysLate => IsLate ? Period.DaysBetween(NetDueDate, PaidOn) : 0;
}
