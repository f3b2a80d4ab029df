namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Holds when the targeted lines' current value reaches a minimum; otherwise says how much is missing.</summary>
public sealed class MinimumSpendCondition : Condition
{
    internal MinimumSpendCondition(Money minimum) => Minimum = MoneyArgument.RoundedPositive(minimum, nameof(minimum));

    /// <summary>The minimum spend over the targeted lines.</summary>
    public Money Minimum { get; }

    /// <summary>"spend at least ...".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"spend at least {Minimum}";

    internal override IEnumerable<Money> Amounts => [Minimum];

    internal override ConditionOutcome Evaluate(PricingRun run)
    {
        var missing = run.MinorUnits(Minimum) - run.EligibleSubtotal;
        return missing <= 0 ? ConditionOutcome.Met : ConditionOutcome.NotMet(PromotionReason.BelowMinimumSpend, shortfall: missing);
    }
}
