namespace RetailCrm.Credit;

/// <summary>
/// Why a payment credit score, grade, cash-on-delivery decision, instalment limit or order check
/// came out as it did: the machine-readable code a support agent or a checkout page reads.
/// </summary>
public enum PaymentCreditReason
{
    /// <summary>Orders the customer paid raised the score.</summary>
    PaidOrders = 0,

    /// <summary>Instalments the customer paid on time raised the score.</summary>
    InstalmentsPaidOnTime,

    /// <summary>The age of the customer's account raised the score.</summary>
    AccountAge,

    /// <summary>The customer's verified identity raised the score.</summary>
    IdentityVerified,

    /// <summary>Cash-on-delivery parcels the customer refused lowered the score.</summary>
    CashOnDeliveryRefusals,

    /// <summary>Instalments the customer paid late lowered the score.</summary>
    LateInstalments,

    /// <summary>Instalments the customer missed lowered the score.</summary>
    MissedInstalments,

    /// <summary>Returns beyond the share of paid orders that the policy treats as normal lowered the score.</summary>
    ExcessReturns,

    /// <summary>Payment disputes (chargebacks, claims against delivered orders) lowered the score.</summary>
    Disputes,

    /// <summary>The customer has no paid orders yet: the score has nothing from paid history.</summary>
    NoPaidOrders,

    /// <summary>The account is less than a month old: the score has nothing from account age.</summary>
    NewAccount,

    /// <summary>
    /// The customer's identity is not verified: the score has nothing from it and, under the default
    /// policy, instalments are closed.
    /// </summary>
    IdentityNotVerified,

    /// <summary>The grade is high enough for cash on delivery.</summary>
    GradeAllowsCashOnDelivery,

    /// <summary>The grade is below the one cash on delivery needs.</summary>
    GradeTooLowForCashOnDelivery,

    /// <summary>The customer refused more cash-on-delivery parcels than the policy accepts.</summary>
    TooManyCashOnDeliveryRefusals,

    /// <summary>The customer may pay on delivery but has refused a parcel before.</summary>
    PreviousCashOnDeliveryRefusals,

    /// <summary>The instalment limit the grade gives.</summary>
    GradeInstalmentLimit,

    /// <summary>The grade gives no instalment limit.</summary>
    GradeTooLowForInstalments,

    /// <summary>The customer missed more instalments than the policy accepts: instalments are closed.</summary>
    TooManyMissedInstalments,

    /// <summary>The limit is capped at a multiple of what the customer has paid so far.</summary>
    LimitedByPaidSpend,

    /// <summary>The instalment balance the customer still owes reduces the credit available.</summary>
    OutstandingInstalmentBalance,

    /// <summary>Online payment is paid before shipping, so it needs no credit.</summary>
    OnlinePaymentPrepaid,

    /// <summary>The order may not be paid on delivery.</summary>
    CashOnDeliveryNotAllowed,

    /// <summary>The order fits the instalment credit available.</summary>
    WithinInstalmentLimit,

    /// <summary>Instalments are closed to the customer (no limit).</summary>
    InstalmentsNotAvailable,

    /// <summary>The order is above the instalment credit available; the explanation gives the excess.</summary>
    OverInstalmentLimit,
}
