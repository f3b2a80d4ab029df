namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A tier the shop assigned by hand, until an instant or for good, with the shop's reason.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="From">When it was assigned.</param>
/// <param name="Until">When it ends (exclusive), or <see langword="null"/> for no end.</param>
/// <param name="Reason">Why, e.g. "compensation for complaint 118" or "partner programme".</param>
public sealed record TierAssignment(TierId Tier, Instant From, Instant? Until, string Reason)
{
    /// <summary>The tier.</summary>
    public TierId Tier { get; init => field = IdArgument.Require(value, nameof(Tier)); } = IdArgument.Require(Tier, nameof(Tier));
}
