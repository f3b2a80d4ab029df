namespace RetailCrm.Benchmarks.Pricing;

/// <summary>The cart as RulesEngine's expressions see it (the input named <c>cart</c>), amounts in minor units.</summary>
public sealed class CartFacts
{
    /// <summary>The lines.</summary>
    public List<LineFacts> Lines { get; } = [];

    /// <summary>The shopper's membership tier, or empty.</summary>
    public string Tier { get; init; } = string.Empty;

    /// <summary>The canonical key of the presented coupon code, or empty.</summary>
    public string Coupon { get; init; } = string.Empty;

    /// <summary>The current value of all lines.</summary>
    public long Subtotal { get; set; }
}
