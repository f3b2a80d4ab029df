namespace RetailCrm.Credit;

using System.Globalization;

/// <summary>
/// One fact's part in a payment credit score: the reason, how many units of the fact the customer
/// has (orders, months, refusals) and the points it added (positive) or took off (negative). A
/// positive fact the customer lacks entirely (no paid orders, identity not verified) appears with
/// zero points, to say what would raise the score.
/// </summary>
/// <param name="Reason">The fact.</param>
/// <param name="Units">How many units of the fact were counted (1 or 0 for the verified identity).</param>
/// <param name="Points">The points added (positive) or taken off (negative); zero for a missing positive fact.</param>
public readonly record struct PaymentScoreContribution(PaymentCreditReason Reason, int Units, int Points)
{
    /// <summary>A sentence for the customer or the support agent, e.g. "12 paid orders: +120".</summary>
    public string Message => PaymentCreditText.For(this);

    /// <summary>"PaidOrders +120".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Reason} {Points:+0;-0;0}");
}
