namespace RetailCrm.Samples.Tour;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>
/// Li Na's payment credit at the end of the tour: her history as the shop's order system counts it,
/// assessed under the default policy, and the checkout checks of her next orders.
/// </summary>
internal static class ShopPaymentCredit
{
    public static void Print(TextWriter output, Instant at)
    {
        // Seven paid orders (CNY 3,637.90 paid, less the CNY 242.24 teapot refund), one return,
        // the refused o-1008 parcel; the account dates from her first order, 8 March 2026 at 10:00 in
        // Shanghai, and she verified her identity to be offered instalments.
        var history = new PaymentHistory(Currency.CNY, Instant.FromUtc(2026, 3, 8, 2, 0))
        {
            IdentityVerified = true,
            PaidOrders = 7,
            PaidSpend = Cny(3_395.66m),
            Returns = 1,
            CashOnDeliveryRefusals = 1,
        };
        var assessment = PaymentCreditPolicy.Default.Assess(history, at);

        output.WriteLine();
        output.WriteLine("Payment credit of Li Na");
        output.WriteLine($"  score {assessment.Score} (base {assessment.BaseScore}, scale {PaymentScoreCard.Default.MinScore}-{PaymentScoreCard.Default.MaxScore}), grade {assessment.Grade}");
        foreach (var contribution in assessment.Contributions)
        {
            output.WriteLine($"    {contribution.Points,5:+0;-0;0}  {contribution.Message}");
        }

        output.WriteLine($"  cash on delivery: {(assessment.CashOnDeliveryAllowed ? "allowed" : "not allowed")}; {assessment.CashOnDeliveryReasons[0].Message}");
        output.WriteLine($"  instalment limit: {assessment.InstalmentLimit}; {assessment.InstalmentReasons[0].Message}");

        Check(output, assessment, PaymentOption.CashOnDelivery, Cny(199m), "a CNY 199.00 kettle, cash on delivery");
        Check(output, assessment, PaymentOption.Instalments, Cny(4_999m), "a CNY 4,999.00 laptop in instalments");
        Check(output, assessment, PaymentOption.Instalments, Cny(7_999m), "a CNY 7,999.00 television in instalments");
    }

    private static void Check(TextWriter output, PaymentCreditAssessment assessment, PaymentOption option, Money amount, string order)
    {
        var check = assessment.Check(option, amount);
        output.WriteLine($"  check {order}: {check.Verdict}; {check.Reasons[0].Message}");
    }

    private static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);
}
