namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A membership account as plain data, for stores.</summary>
/// <param name="Customer">The member.</param>
/// <param name="JoinedAt">When the member joined.</param>
/// <param name="EarnedTier">The tier earned by activity.</param>
/// <param name="CurrentTier">The current tier.</param>
/// <param name="TierSince">Since when.</param>
/// <param name="NextReview">The next review date.</param>
/// <param name="Assignment">A tier assigned by hand, if any.</param>
/// <param name="History">Every tier change, oldest first.</param>
/// <param name="Activities">The qualifying activity, in the order recorded.</param>
/// <param name="Version">The account's version.</param>
/// <param name="LifetimeTier">The highest lifetime tier qualified for, if any.</param>
/// <param name="LastUpgradeCause">The reference of the activity that caused the last upgrade ("order:o-1"), if a refund may still undo it.</param>
/// <param name="EarnedBeforeLastUpgrade">The earned tier before that upgrade.</param>
/// <param name="Assignments">The assignments handled under idempotency keys with their first outcome, oldest first (<see langword="null"/> for none).</param>
public sealed record MembershipSnapshot(
    CustomerId Customer,
    Instant JoinedAt,
    TierId EarnedTier,
    TierId CurrentTier,
    Instant TierSince,
    LocalDate NextReview,
    TierAssignment? Assignment,
    IReadOnlyList<TierChange> History,
    IReadOnlyList<QualifyingActivity> Activities,
    long Version,
    TierId? LifetimeTier = null,
    string? LastUpgradeCause = null,
    TierId? EarnedBeforeLastUpgrade = null,
    IReadOnlyList<ProcessedAssignment>? Assignments = null)
{
    /// <summary>The member.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));

    /// <summary>The tier earned by activity.</summary>
    public TierId EarnedTier { get; init => field = IdArgument.Require(value, nameof(EarnedTier)); } = IdArgument.Require(EarnedTier, nameof(EarnedTier));

    /// <summary>The current tier.</summary>
    public TierId CurrentTier { get; init => field = IdArgument.Require(value, nameof(CurrentTier)); } = IdArgument.Require(CurrentTier, nameof(CurrentTier));

    /// <summary>The highest lifetime tier qualified for, if any.</summary>
    public TierId? LifetimeTier { get; init => field = IdArgument.Require(value, nameof(LifetimeTier)); } = IdArgument.Require(LifetimeTier, nameof(LifetimeTier));

    /// <summary>The earned tier before that upgrade.</summary>
    public TierId? EarnedBeforeLastUpgrade { get; init => field = IdArgument.Require(value, nameof(EarnedBeforeLastUpgrade)); } = IdArgument.Require(EarnedBeforeLastUpgrade, nameof(EarnedBeforeLastUpgrade));
}
