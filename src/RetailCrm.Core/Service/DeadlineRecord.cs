namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>How a set of complaints kept one deadline: on time, late, or still pending before it; the shares add up to exactly 100% (0% each of no complaints).</summary>
/// <param name="OnTime">Done by the deadline.</param>
/// <param name="Late">Done after it, or not done and past it.</param>
/// <param name="Pending">Not done, deadline still ahead.</param>
/// <param name="OnTimeShare">The share on time.</param>
/// <param name="LateShare">The share late.</param>
/// <param name="PendingShare">The share pending.</param>
public sealed record DeadlineRecord(long OnTime, long Late, long Pending, Percentage OnTimeShare, Percentage LateShare, Percentage PendingShare)
{
    /// <summary>The complaints counted.</summary>
    public long Total => OnTime + Late + Pending;
}
