namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Holds when at least one of its conditions holds.</summary>
public sealed class AnyCondition : Condition
{
    internal AnyCondition(IEnumerable<Condition> conditions) => Conditions = all = Composite.Require(conditions, nameof(conditions));

    /// <summary>The conditions, evaluated in order.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    // The same conditions as an array: evaluated on every pricing, without an enumerator.
    private readonly Condition[] all;

    /// <summary>"any of (...)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"any of ({string.Join("; ", Conditions)})";

    internal override bool AsksForMemberAccess => Conditions.Any(c => c.AsksForMemberAccess);

    internal override IEnumerable<Money> Amounts => Conditions.SelectMany(c => c.Amounts);

    internal override ConditionOutcome Evaluate(PricingRun run)
    {
        ConditionOutcome? first = null;
        foreach (var condition in all)
        {
            var outcome = condition.Evaluate(run);
            if (outcome.IsMet)
            {
                return outcome;
            }

            first ??= outcome;
        }

        return first!.Value;
    }
}
