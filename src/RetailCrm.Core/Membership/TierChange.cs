namespace RetailCrm.Membership;

using RetailCrm.Primitives;

/// <summary>One change of a member's tier: from what, to what, when, why, and what caused it.</summary>
/// <param name="From">The tier before; <see langword="null"/> when the member joined.</param>
/// <param name="To">The tier after.</param>
/// <param name="At">When the change took effect.</param>
/// <param name="Reason">Why.</param>
/// <param name="Cause">What caused it: the order that qualified, the refund, or the shop's note; <see langword="null"/> for a review.</param>
public sealed record TierChange(TierId? From, TierId To, NodaTime.Instant At, TierChangeReason Reason, string? Cause)
{
    /// <summary>The tier before; <see langword="null"/> when the member joined.</summary>
    public TierId? From { get; init => field = IdArgument.Require(value, nameof(From)); } = IdArgument.Require(From, nameof(From));

    /// <summary>The tier after.</summary>
    public TierId To { get; init => field = IdArgument.Require(value, nameof(To)); } = IdArgument.Require(To, nameof(To));
}
