namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// "Progress to the next tier" for the storefront: the current tier, what the window holds so far,
/// what is still missing for the next tier and by when, and whether the current tier is kept.
/// </summary>
/// <param name="Current">The member's tier.</param>
/// <param name="Next">The next tier up, or <see langword="null"/> at the top.</param>
/// <param name="Totals">The qualifying activity in the current window.</param>
/// <param name="MissingSpend">Spend still missing for the next tier, when it asks for spend.</param>
/// <param name="MissingOrders">Orders still missing, when it asks for orders.</param>
/// <param name="MissingPoints">Points still missing, when it asks for points.</param>
/// <param name="AnyOneSuffices">Whether meeting any one of the missing measures is enough.</param>
/// <param name="WindowEnds">The last date of the current window, or <see langword="null"/> for a rolling window.</param>
/// <param name="NextReview">The next review date, when a member who does not qualify may be downgraded (after the grace period).</param>
/// <param name="KeepsCurrent">Whether the current window already qualifies for the current tier.</param>
public sealed record TierProgress(
    TierId Current,
    TierId? Next,
    QualifyingTotals Totals,
    Money? MissingSpend,
    long? MissingOrders,
    Points? MissingPoints,
    bool AnyOneSuffices,
    LocalDate? WindowEnds,
    LocalDate NextReview,
    bool KeepsCurrent)
{
    /// <summary>The member's tier.</summary>
    public TierId Current { get; init => field = IdArgument.Require(value, nameof(Current)); } = IdArgument.Require(Current, nameof(Current));

    /// <summary>The next tier up, or <see langword="null"/> at the top.</summary>
    public TierId? Next { get; init => field = IdArgument.Require(value, nameof(Next)); } = IdArgument.Require(Next, nameof(Next));
}
