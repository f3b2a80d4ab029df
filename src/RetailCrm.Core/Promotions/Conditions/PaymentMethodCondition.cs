namespace RetailCrm.Promotions;

/// <summary>Holds when the cart is paid with one of some payment methods.</summary>
public sealed class PaymentMethodCondition : Condition
{
    internal PaymentMethodCondition(IEnumerable<PaymentMethod> methods) => Methods = RequireSet(methods, nameof(methods));

    /// <summary>The payment methods.</summary>
    public IReadOnlySet<PaymentMethod> Methods { get; }

    /// <summary>"paid with alipay, card".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "paid with " + string.Join(", ", Methods.Select(m => m.Value).Order(StringComparer.Ordinal));

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.Cart.PaymentMethod is { } method && Methods.Contains(method), PromotionReason.PaymentMethodNotEligible);
}
