namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// One reason behind a cash-on-delivery decision, an instalment limit or an order check: the code,
/// the count it is about (refusals, missed instalments) and the amount it is about (a limit, an
/// outstanding balance, the excess over a limit), where there is one.
/// </summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">The count the reason is about, or <see langword="null"/>.</param>
/// <param name="Amount">The amount the reason is about, or <see langword="null"/>.</param>
public readonly record struct PaymentCreditExplanation(PaymentCreditReason Reason, int? Count = null, Money? Amount = null)
{
    /// <summary>A sentence for the customer or the support agent.</summary>
    public string Message => PaymentCreditText.For(this);

    /// <summary>"OverInstalmentLimit CNY 250.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount is { } amount ? $"{Reason} {amount}" : Count is { } count ? $"{Reason} {count}" : Reason.ToString();
}
