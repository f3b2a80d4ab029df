namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>
/// The live state of one complaint: what every command on it reads, bounded whatever its history
/// (one row in a database). The transitions, compensations and command records are kept apart
/// (see <see cref="IComplaintStore"/>) and never loaded to decide.
/// </summary>
/// <param name="Intake">The complaint as it came in.</param>
/// <param name="Grading">What it was graded on.</param>
/// <param name="Grade">Its grade at opening.</param>
/// <param name="Level">Who handles it now.</param>
/// <param name="Deadlines">The deadlines set at opening.</param>
/// <param name="CurrentDeadlines">The deadlines in force: those of the opening, or of the last reopening.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Transitions">How many transitions its timeline holds, the opening included: the sequence number of the last.</param>
/// <param name="LastTransitionAt">When the last transition happened; the next is not earlier.</param>
/// <param name="RespondedAt">When the customer first got an answer, or <see langword="null"/>.</param>
/// <param name="ResolvedAt">When it was first resolved, or <see langword="null"/>.</param>
/// <param name="ReopenedAt">When it was first reopened, or <see langword="null"/>.</param>
/// <param name="ReopenCount">How often it was reopened.</param>
/// <param name="CycleRespondedAt">The first answer since the opening or the last reopening, or <see langword="null"/>.</param>
/// <param name="CycleResolvedAt">The first resolution since the opening or the last reopening, or <see langword="null"/>.</param>
/// <param name="FollowUpDueAt">When the follow-up of the last resolution is due, or <see langword="null"/>.</param>
/// <param name="FollowUpAnswer">The customer's satisfaction at the last follow-up, or <see langword="null"/>.</param>
/// <param name="Compensations">How many compensations were approved.</param>
/// <param name="ApprovedPoints">The points of every compensation approved, for the bound.</param>
/// <param name="ApprovedCouponValue">The value of the coupons approved, for the bound.</param>
/// <param name="ApprovedGiftValue">The value of the gifts approved, for the bound.</param>
/// <param name="Version">Increases with every command that changes the complaint; a commit from a stale version is refused.</param>
public sealed record LiveComplaint(
    ComplaintIntake Intake,
    GradingInput Grading,
    ComplaintGrade Grade,
    HandlingLevel Level,
    ComplaintDeadlines Deadlines,
    ComplaintDeadlines CurrentDeadlines,
    ComplaintState State,
    long Transitions,
    Instant LastTransitionAt,
    Instant? RespondedAt,
    Instant? ResolvedAt,
    Instant? ReopenedAt,
    int ReopenCount,
    Instant? CycleRespondedAt,
    Instant? CycleResolvedAt,
    Instant? FollowUpDueAt,
    Satisfaction? FollowUpAnswer,
    int Compensations,
    Points ApprovedPoints,
    Money ApprovedCouponValue,
    Money ApprovedGiftValue,
    long Version)
{
    /// <summary>The complaint as it came in.</summary>
    public ComplaintIntake Intake { get; init => field = Guard.Against.Null(value); } = Guard.Against.Null(Intake);

    /// <summary>The complaint's id.</summary>
    public ComplaintId Id => Intake.Id;

    /// <summary>The customer complaining.</summary>
    public CustomerId Customer => Intake.Customer;

    /// <summary>
    /// The instant after which the complaint is overdue as it stands (the earlier of the response
    /// deadline while unanswered and the resolution deadline while unsolved, in the current cycle),
    /// or <see langword="null"/> when neither is pending: the key of the store's overdue index.
    /// </summary>
    public Instant? OverdueFrom =>
        (CycleRespondedAt, CycleResolvedAt) switch
        {
            (null, null) => Instant.Min(CurrentDeadlines.ResponseDue, CurrentDeadlines.ResolutionDue),
            (null, _) => CurrentDeadlines.ResponseDue,
            (_, null) => CurrentDeadlines.ResolutionDue,
            _ => null,
        };

    /// <summary>When the follow-up is due while the complaint is resolved and not yet followed up, or <see langword="null"/>: the key of the store's follow-up index.</summary>
    public Instant? FollowUpFrom => State == ComplaintState.Resolved ? FollowUpDueAt : null;

    /// <summary>
    /// Whether the answer or the solution is overdue at <paramref name="at"/>: a deadline in force
    /// has passed with no answer (or no solution) in the current cycle up to <paramref name="at"/>.
    /// </summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant at) =>
        (at > CurrentDeadlines.ResponseDue && !(CycleRespondedAt <= at)) || (at > CurrentDeadlines.ResolutionDue && !(CycleResolvedAt <= at));

    /// <summary>Whether the follow-up is due at <paramref name="at"/>: the complaint is resolved, not yet followed up, and the delay has passed.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns><see langword="true"/> when due.</returns>
    public bool IsFollowUpDueAt(Instant at) => FollowUpFrom is { } due && at >= due;
}
