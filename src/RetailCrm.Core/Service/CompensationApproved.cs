namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>A compensation was approved on a complaint, within the bound.</summary>
public sealed record CompensationApproved : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="compensation">The compensation as it stands afterwards.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c></exception>
    /// <exception cref="ArgumentNullException"><paramref name="compensation"/> is null.</exception>
    public CompensationApproved(ComplaintId complaint, ApprovedCompensation compensation)
        : base(IdArgument.Require(complaint, nameof(complaint)), Guard.Against.Null(compensation).ApprovedAt)
    {
        Compensation = compensation;
    }

    /// <summary>The compensation as it stands afterwards.</summary>
    public ApprovedCompensation Compensation { get; }
}
