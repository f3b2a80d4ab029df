namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Holds for shoppers in one of some membership tiers, or, with no tiers listed, for any member.</summary>
public sealed class TierCondition : Condition
{
    internal TierCondition(IEnumerable<TierId> tiers, bool anyMember = false) => Tiers = RequireSet(tiers, nameof(tiers), allowEmpty: anyMember);

    /// <summary>The tiers; empty means any tier (members only).</summary>
    public IReadOnlySet<TierId> Tiers { get; }

    /// <summary>"members" or "tier gold, platinum".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Tiers.Count == 0 ? "members" : "tier " + string.Join(", ", Tiers.Select(t => t.Value).Order(StringComparer.Ordinal));

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.Shopper.Tier is { } tier && (Tiers.Count == 0 || Tiers.Contains(tier)), PromotionReason.TierNotEligible);
}
