namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A tier assignment handled under an idempotency key, with its first outcome, so that a retry
/// returns that outcome and changes nothing, and a key reused for another assignment is caught.
/// </summary>
/// <param name="Key">The command's idempotency key.</param>
/// <param name="Tier">The tier assigned.</param>
/// <param name="Until">When the assignment was to end, or <see langword="null"/>.</param>
/// <param name="Reason">The shop's reason, as given.</param>
/// <param name="TierAfter">The member's tier after it.</param>
/// <param name="Changes">The tier changes it caused, in order.</param>
public sealed record ProcessedAssignment(IdempotencyKey Key, TierId Tier, Instant? Until, string Reason, TierId TierAfter, IReadOnlyList<TierChange> Changes)
{
    /// <summary>The assignment's idempotency key.</summary>
    public IdempotencyKey Key { get; init => field = IdArgument.Require(value, nameof(Key)); } = IdArgument.Require(Key, nameof(Key));

    /// <summary>The tier assigned.</summary>
    public TierId Tier { get; init => field = IdArgument.Require(value, nameof(Tier)); } = IdArgument.Require(Tier, nameof(Tier));

    /// <summary>The member's tier after the assignment.</summary>
    public TierId TierAfter { get; init => field = IdArgument.Require(value, nameof(TierAfter)); } = IdArgument.Require(TierAfter, nameof(TierAfter));
}
