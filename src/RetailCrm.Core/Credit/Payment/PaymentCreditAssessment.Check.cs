namespace RetailCrm.Credit;

using RetailCrm.Primitives;

public sealed partial class PaymentCreditAssessment
{
    /// <summary>
    /// Rules on paying an order with <paramref name="option"/>. Online payment is always allowed.
    /// Cash on delivery is blocked when the assessment does not allow it, and warned about when the
    /// customer refused parcels before (if the policy says so). Instalments are blocked when closed;
    /// an amount above the credit available (the limit less the outstanding balance) is blocked, or
    /// only warned about under a policy whose <see cref="PaymentCreditPolicy.OverLimit"/> is
    /// <see cref="PaymentVerdict.Warn"/>.
    /// </summary>
    /// <param name="option">How the customer wants to pay.</param>
    /// <param name="amount">The order's amount, in the policy's currency, rounded, above zero.</param>
    /// <param name="outstandingInstalments">
    /// What the customer owes in instalments now, when it has changed since the assessment;
    /// <see langword="null"/> to use the history's balance.
    /// </param>
    /// <returns>The ruling.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The option is undefined, the amount is zero or negative, or the balance is negative.</exception>
    /// <exception cref="ArgumentException">An amount is in another currency or not rounded.</exception>
    public PaymentCheck Check(PaymentOption option, Money amount, Money? outstandingInstalments = null)
    {
        ArgumentRange.Defined(option);
        MoneyArgument.RoundedPositive(amount, nameof(amount));
        MoneyArgument.RoundedNonNegative(amount, nameof(amount), Policy.Currency);
        var outstanding = outstandingInstalments is { } given
            ? MoneyArgument.RoundedNonNegative(given, nameof(outstandingInstalments), Policy.Currency)
            : History.OutstandingInstalments;
        return option switch
        {
            PaymentOption.OnlinePayment => new PaymentCheck(option, amount, PaymentVerdict.Allow, [new(PaymentCreditReason.OnlinePaymentPrepaid)], null),
            PaymentOption.CashOnDelivery => CheckCashOnDelivery(amount),
            _ => CheckInstalments(amount, outstanding),
        };
    }

    private PaymentCheck CheckCashOnDelivery(Money amount)
    {
        if (!CashOnDeliveryAllowed)
        {
            return new PaymentCheck(PaymentOption.CashOnDelivery, amount, PaymentVerdict.Block, [new(PaymentCreditReason.CashOnDeliveryNotAllowed), .. cashOnDeliveryReasons], null);
        }

        var refusals = History.CashOnDeliveryRefusals;
        return refusals > 0 && Policy.WarnOnPreviousRefusals
            ? new PaymentCheck(PaymentOption.CashOnDelivery, amount, PaymentVerdict.Warn, [new(PaymentCreditReason.PreviousCashOnDeliveryRefusals, refusals)], null)
            : new PaymentCheck(PaymentOption.CashOnDelivery, amount, PaymentVerdict.Allow, [new(PaymentCreditReason.GradeAllowsCashOnDelivery)], null);
    }

    private PaymentCheck CheckInstalments(Money amount, Money outstanding)
    {
        if (!InstalmentsAvailable)
        {
            return new PaymentCheck(PaymentOption.Instalments, amount, PaymentVerdict.Block, [new(PaymentCreditReason.InstalmentsNotAvailable), .. instalmentReasons], Money.Zero(Policy.Currency));
        }

        var available = InstalmentLimit - outstanding;
        available = available.IsNegative ? Money.Zero(Policy.Currency) : available;
        if (amount <= available)
        {
            return new PaymentCheck(PaymentOption.Instalments, amount, PaymentVerdict.Allow, [new(PaymentCreditReason.WithinInstalmentLimit, Amount: available)], available);
        }

        PaymentCreditExplanation over = new(PaymentCreditReason.OverInstalmentLimit, Amount: amount - available);
        PaymentCreditExplanation[] reasons = outstanding.IsPositive
            ? [over, new(PaymentCreditReason.OutstandingInstalmentBalance, Amount: outstanding)]
            : [over];
        return new PaymentCheck(PaymentOption.Instalments, amount, Policy.OverLimit, reasons, available);
    }
}
