namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>Points a redemption took from one lot: what a cancellation returns to that lot.</summary>
/// <param name="LotId">The lot the points came from.</param>
/// <param name="Points">The points taken from it.</param>
public readonly record struct PointsTaken(int LotId, Points Points);
