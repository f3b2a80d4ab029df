namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>An approved compensation was issued to the customer.</summary>
public sealed record CompensationIssued : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="compensation">The compensation as it stands afterwards.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>, or <paramref name="compensation"/> is not issued</exception>
    /// <exception cref="ArgumentNullException"><paramref name="compensation"/> is null.</exception>
    public CompensationIssued(ComplaintId complaint, ApprovedCompensation compensation)
        : base(IdArgument.Require(complaint, nameof(complaint)), Guard.Against.Null(compensation).IssuedAt ?? throw new ArgumentException("The compensation is issued.", nameof(compensation)))
    {
        Compensation = compensation;
    }

    /// <summary>The compensation as it stands afterwards.</summary>
    public ApprovedCompensation Compensation { get; }
}
