namespace RetailCrm.Credit;

/// <summary>What a payment credit check says about an order; the values increase with severity.</summary>
public enum PaymentVerdict
{
    /// <summary>The order may be paid this way.</summary>
    Allow = 0,

    /// <summary>The order may be paid this way, but someone should look first (the reasons say why).</summary>
    Warn = 1,

    /// <summary>The order may not be paid this way; the customer should choose another payment option.</summary>
    Block = 2,
}
