namespace RetailCrm.Membership;

using RetailCrm.Primitives;

/// <summary>What a membership command did: applied, replayed or ignored, the tier changes it caused and the tier after it.</summary>
/// <param name="Outcome">Applied, replayed or ignored.</param>
/// <param name="Tier">The member's tier afterwards.</param>
/// <param name="Changes">The tier changes the command caused, in order (empty when none).</param>
public sealed record MembershipResult(MembershipOutcome Outcome, TierId Tier, IReadOnlyList<TierChange> Changes)
{
    /// <summary>The member's tier afterwards.</summary>
    public TierId Tier { get; init => field = IdArgument.Require(value, nameof(Tier)); } = IdArgument.Require(Tier, nameof(Tier));
}
