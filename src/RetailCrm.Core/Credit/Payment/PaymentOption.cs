namespace RetailCrm.Credit;

/// <summary>How a customer pays for an order: the choice a payment credit check rules on.</summary>
public enum PaymentOption
{
    /// <summary>Paid online before shipping: the shop carries no credit risk, so it is always allowed.</summary>
    OnlinePayment = 0,

    /// <summary>Paid to the courier on delivery: a refused parcel costs the shop shipping both ways.</summary>
    CashOnDelivery = 1,

    /// <summary>Paid in instalments after delivery: the shop lends the customer the order's amount.</summary>
    Instalments = 2,
}
