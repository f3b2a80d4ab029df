namespace RetailCrm.Promotions;

/// <summary>Holds on a shopper's first order, or for returning customers.</summary>
public sealed class OrderHistoryCondition : Condition
{
    internal OrderHistoryCondition(bool firstOrder) => FirstOrderOnly = firstOrder;

    /// <summary><see langword="true"/>: first orders only; <see langword="false"/>: returning customers only.</summary>
    public bool FirstOrderOnly { get; }

    /// <summary>"first order" or "returning customer".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FirstOrderOnly ? "first order" : "returning customer";

    internal override ConditionOutcome Evaluate(PricingRun run) => FirstOrderOnly
        ? ConditionOutcome.When(run.Shopper.IsFirstOrder, PromotionReason.NotFirstOrder)
        : ConditionOutcome.When(!run.Shopper.IsFirstOrder, PromotionReason.NotReturningCustomer);
}
