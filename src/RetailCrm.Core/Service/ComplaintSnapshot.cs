namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Segmentation;

/// <summary>A complaint as plain data, for stores. The state, level, response and resolution times and reopen count are replayed from the history.</summary>
/// <param name="Intake">The complaint as it came in.</param>
/// <param name="Grading">What it was graded on.</param>
/// <param name="Grade">Its grade at opening.</param>
/// <param name="Deadlines">The deadlines set at opening.</param>
/// <param name="CurrentDeadlines">The deadlines in force.</param>
/// <param name="History">Every transition, oldest first, starting with the opening.</param>
/// <param name="FollowUpAnswer">The last follow-up answer, or <see langword="null"/>.</param>
/// <param name="Compensations">The compensation approved, in the order approved.</param>
/// <param name="Version">The complaint's version.</param>
/// <param name="FollowUpDueAt">When the follow-up is due, or <see langword="null"/>.</param>
/// <param name="Commands">The commands handled under idempotency keys with their first outcome, oldest first (<see langword="null"/> for none).</param>
public sealed record ComplaintSnapshot(
    ComplaintIntake Intake,
    GradingInput Grading,
    ComplaintGrade Grade,
    ComplaintDeadlines Deadlines,
    ComplaintDeadlines CurrentDeadlines,
    IReadOnlyList<ComplaintTransition> History,
    Satisfaction? FollowUpAnswer,
    IReadOnlyList<ApprovedCompensation> Compensations,
    long Version,
    Instant? FollowUpDueAt,
    IReadOnlyList<ProcessedComplaintCommand>? Commands = null);
