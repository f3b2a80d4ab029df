namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>Holds when its condition does not.</summary>
public sealed class NotCondition : Condition
{
    internal NotCondition(Condition condition) => Negated = Guard.Against.Null(condition);

    /// <summary>The condition negated.</summary>
    public Condition Negated { get; }

    /// <summary>"not (...)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"not ({Negated})";

    internal override bool AsksForMemberAccess => Negated.AsksForMemberAccess;

    internal override IEnumerable<Money> Amounts => Negated.Amounts;

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(!Negated.Evaluate(run).IsMet, PromotionReason.ConditionNotMet);
}
