namespace RetailCrm.Promotions;

/// <summary>A condition that always holds: the default of every promotion.</summary>
public sealed class AlwaysCondition : Condition
{
    internal AlwaysCondition()
    {
    }

    /// <summary>"always".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "always";

    internal override ConditionOutcome Evaluate(PricingRun run) => ConditionOutcome.Met;
}
