namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>Expired points were written off; <see cref="PointsEvent.Change"/> is minus the points written off.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="At">When.</param>
/// <param name="Change">Minus the points written off.</param>
/// <param name="LotIds">The lots written off, oldest first.</param>
public sealed record PointsExpired(CustomerId CustomerId, Instant At, Points Change, IReadOnlyList<int> LotIds) : PointsEvent(CustomerId, At, Change);
