namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>Points were credited or debited by hand; <see cref="PointsEvent.Change"/> is the credit or debit.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">The credit (positive) or debit (negative).</param>
/// <param name="Reason">Why.</param>
public sealed record PointsAdjusted(CustomerId CustomerId, Instant At, Points Change, string Reason) : PointsEvent(CustomerId, At, Change);
