namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Holds for shoppers in one of some membership tiers, or, with no tiers listed (member-only
/// promotions), for members whose tier opens member-only promotions (<see cref="PricingOptions.MemberOnlyTiers"/>).
/// </summary>
public sealed class TierCondition : Condition
{
    internal TierCondition(IEnumerable<TierId> tiers, bool anyMember = false) => Tiers = RequireSet(tiers, nameof(tiers), allowEmpty: anyMember);

    /// <summary>The tiers; empty means member-only: any tier with member-only access.</summary>
    public IReadOnlySet<TierId> Tiers { get; }

    /// <summary>"members" or "tier gold, platinum".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Tiers.Count == 0 ? "members" : "tier " + string.Join(", ", Tiers.Select(t => t.Value).Order(StringComparer.Ordinal));

    internal override bool AsksForMemberAccess => Tiers.Count == 0;

    internal override ConditionOutcome Evaluate(PricingRun run)
    {
        var tier = run.Shopper.Tier;
        if (Tiers.Count > 0)
        {
            return ConditionOutcome.When(tier is { } t && Tiers.Contains(t), PromotionReason.TierNotEligible);
        }

        // A catalog with this condition has its member-only tiers (checked when it was built).
        return tier is not { } member ? ConditionOutcome.NotMet(PromotionReason.NotAMember)
            : ConditionOutcome.When(run.MemberOnlyTiers.Contains(member), PromotionReason.NoMemberOnlyAccess);
    }
}
