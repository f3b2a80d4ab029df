namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Holds when the targeted lines hold a minimum number of units; otherwise says how many are missing.</summary>
public sealed class MinimumQuantityCondition : Condition
{
    internal MinimumQuantityCondition(int units) => Units = ArgumentRange.Positive(units);

    /// <summary>The minimum number of units.</summary>
    public int Units { get; }

    /// <summary>"at least N units".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"at least {Units} units";

    internal override ConditionOutcome Evaluate(PricingRun run)
    {
        var missing = Units - run.EligibleQuantity;
        return missing <= 0 ? ConditionOutcome.Met : ConditionOutcome.NotMet(PromotionReason.BelowMinimumQuantity, missingUnits: missing);
    }
}
