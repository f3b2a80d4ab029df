namespace RetailCrm.Service;

using NodaTime;

public sealed partial class Complaint
{
    /// <summary>
    /// Whether the answer is overdue at <paramref name="at"/>: the response deadline in force has
    /// passed and the customer got no answer (acknowledgement, escalation or resolution) since the
    /// complaint was opened or last reopened, up to <paramref name="at"/>.
    /// </summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsResponseOverdueAt(Instant at) => at > CurrentDeadlines.ResponseDue && !(cycleRespondedAt <= at);

    /// <summary>
    /// Whether the solution is overdue at <paramref name="at"/>: the resolution deadline in force has
    /// passed and the complaint was not resolved since it was opened or last reopened, up to <paramref name="at"/>.
    /// </summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsResolutionOverdueAt(Instant at) => at > CurrentDeadlines.ResolutionDue && !(cycleResolvedAt <= at);

    /// <summary>Whether the answer or the solution is overdue at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when either is.</returns>
    public bool IsOverdueAt(Instant at) => IsResponseOverdueAt(at) || IsResolutionOverdueAt(at);

    /// <summary>Whether the follow-up is due at <paramref name="at"/>: the complaint is resolved, not yet followed up, and the delay has passed.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when due.</returns>
    public bool IsFollowUpDueAt(Instant at) => State == ComplaintState.Resolved && FollowUpDueAt is { } due && at >= due;
}
