namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// A ruling on one order's payment: allow, warn or block, with the reasons, the main reason first.
/// Made by <see cref="PaymentCreditAssessment.Check"/>.
/// </summary>
public sealed class PaymentCheck
{
    private readonly PaymentCreditExplanation[] reasons;

    internal PaymentCheck(PaymentOption option, Money amount, PaymentVerdict verdict, PaymentCreditExplanation[] reasons, Money? availableCredit)
    {
        Option = option;
        Amount = amount;
        Verdict = verdict;
        this.reasons = reasons;
        AvailableCredit = availableCredit;
    }

    /// <summary>The payment option asked for.</summary>
    public PaymentOption Option { get; }

    /// <summary>The order's amount.</summary>
    public Money Amount { get; }

    /// <summary>Allow, warn or block.</summary>
    public PaymentVerdict Verdict { get; }

    /// <summary>Why, the main reason first.</summary>
    public IReadOnlyList<PaymentCreditExplanation> Reasons => reasons;

    /// <summary>For instalments, the credit that was available for the order; otherwise <see langword="null"/>.</summary>
    public Money? AvailableCredit { get; }

    /// <summary>Whether the order may go ahead with this payment option (allowed or only warned about).</summary>
    public bool MayProceed => Verdict != PaymentVerdict.Block;

    /// <summary>"Instalments CNY 2500.00: Block (OverInstalmentLimit CNY 500.00)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Option} {Amount}: {Verdict} ({string.Join(", ", reasons)})";
}
