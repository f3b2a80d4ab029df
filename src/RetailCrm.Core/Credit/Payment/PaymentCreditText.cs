namespace RetailCrm.Credit;

using System.Globalization;

/// <summary>The sentences of payment credit reasons: one place, so the wording stays consistent.</summary>
internal static class PaymentCreditText
{
    public static string For(PaymentScoreContribution c) => c.Reason switch
    {
        PaymentCreditReason.PaidOrders => Text($"{Count(c.Units, "paid order")} raised the score by {c.Points}."),
        PaymentCreditReason.InstalmentsPaidOnTime => Text($"{Count(c.Units, "instalment")} paid on time raised the score by {c.Points}."),
        PaymentCreditReason.AccountAge => Text($"An account {Count(c.Units, "month")} old raised the score by {c.Points}."),
        PaymentCreditReason.IdentityVerified => Text($"A verified identity raised the score by {c.Points}."),
        PaymentCreditReason.CashOnDeliveryRefusals => Text($"{Count(c.Units, "refused cash-on-delivery parcel")} lowered the score by {-c.Points}."),
        PaymentCreditReason.LateInstalments => Text($"{Count(c.Units, "late instalment")} lowered the score by {-c.Points}."),
        PaymentCreditReason.MissedInstalments => Text($"{Count(c.Units, "missed instalment")} lowered the score by {-c.Points}."),
        PaymentCreditReason.ExcessReturns => Text($"{Count(c.Units, "return")} beyond the usual share of orders lowered the score by {-c.Points}."),
        PaymentCreditReason.Disputes => Text($"{Count(c.Units, "lost payment dispute")} lowered the score by {-c.Points}."),
        PaymentCreditReason.NoPaidOrders => "No paid orders yet: paying for orders raises the score.",
        PaymentCreditReason.NewAccount => "The account is less than a month old.",
        PaymentCreditReason.IdentityNotVerified => "The identity is not verified: verifying it raises the score.",
        _ => c.Reason.ToString(),
    };

    public static string For(PaymentCreditExplanation e) => e.Reason switch
    {
        PaymentCreditReason.GradeAllowsCashOnDelivery => "The customer's grade allows cash on delivery.",
        PaymentCreditReason.GradeTooLowForCashOnDelivery => "Cash on delivery needs a higher grade.",
        PaymentCreditReason.TooManyCashOnDeliveryRefusals => Text($"{Count(e.Count, "refused cash-on-delivery parcel")} are more than the shop accepts."),
        PaymentCreditReason.PreviousCashOnDeliveryRefusals => Text($"The customer has refused {Count(e.Count, "cash-on-delivery parcel")} before: confirm the order first."),
        PaymentCreditReason.GradeInstalmentLimit => Text($"The customer's grade gives an instalment limit of {e.Amount}."),
        PaymentCreditReason.GradeTooLowForInstalments => "Instalments need a higher grade.",
        PaymentCreditReason.IdentityNotVerified => "Instalments need a verified identity.",
        PaymentCreditReason.TooManyMissedInstalments => Text($"{Count(e.Count, "missed instalment")} are more than the shop accepts: instalments are closed."),
        PaymentCreditReason.LimitedByPaidSpend => Text($"The limit is capped at {e.Amount}, a multiple of what the customer has paid so far."),
        PaymentCreditReason.OutstandingInstalmentBalance => Text($"The customer still owes {e.Amount} in instalments."),
        PaymentCreditReason.OnlinePaymentPrepaid => "Online payment is paid before shipping.",
        PaymentCreditReason.CashOnDeliveryNotAllowed => "This order cannot be paid on delivery.",
        PaymentCreditReason.WithinInstalmentLimit => Text($"The order fits the instalment credit available ({e.Amount})."),
        PaymentCreditReason.InstalmentsNotAvailable => "This order cannot be paid in instalments.",
        PaymentCreditReason.OverInstalmentLimit => Text($"The order is {e.Amount} above the instalment credit available."),
        _ => e.Reason.ToString(),
    };

    private static string Count(int? count, string noun) =>
        count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
