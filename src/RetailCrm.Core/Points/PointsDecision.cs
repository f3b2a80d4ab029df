namespace RetailCrm.Points;

/// <summary>What <see cref="PointsAccount.Decide"/> returns: the outcome, and what to store for it.</summary>
/// <param name="Result">The outcome, as the caller sees it.</param>
/// <param name="Changes">What to commit, or null when nothing changed (a replay, or an expiry with nothing due).</param>
public sealed record PointsDecision(PointsResult Result, PointsChangeSet? Changes);
