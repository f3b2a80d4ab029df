namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>
/// One customer complaint: what it is about and where it came in, its grade and deadlines, the
/// state machine of its handling with every transition recorded, the compensation approved and
/// issued, and the follow-up answer.
/// </summary>
/// <remarks>
/// Pure: every method takes the instant it acts at, and transitions must come in time order. An
/// action the state machine does not allow (see <see cref="ComplaintTransitions"/>) is a result
/// with a reason, never an exception, and changes nothing but its key. Every command that changes
/// the complaint takes an idempotency key, kept with the command and its first outcome (see
/// <see cref="CommandUnder"/>): a retry returns that outcome and changes nothing.
/// <para>
/// Every decision reads only the bounded live state (<see cref="LiveComplaint"/>) and the keyed
/// records the command names, so the service runs it on what a store loads
/// (<see cref="IComplaintStore.LoadAsync"/>) and commits what it changed (<see cref="TakeChanges"/>).
/// Built in memory (<see cref="Open"/>, <see cref="FromSnapshot"/>) it holds its whole timeline,
/// compensations and command records; read from a store (<see cref="ComplaintService.GetAsync"/>)
/// it holds its timeline and compensations but not its command records.
/// </para>
/// </remarks>
public sealed partial class Complaint
{
    private readonly List<ComplaintTransition> history = [];
    private readonly List<ApprovedCompensation> compensations = [];

    private Complaint(ComplaintIntake intake, GradingInput grading, ComplaintGrade grade, ServiceRecoveryPolicy policy)
    {
        Id = intake.Id;
        Customer = intake.Customer;
        Channel = intake.Channel;
        Subject = intake.Subject;
        Order = intake.Order;
        Sku = intake.Sku;
        Description = intake.Description;
        OpenedAt = intake.At;
        Grading = grading;
        Grade = grade;
        Level = grade.Level;
        Policy = policy;
        Deadlines = policy.DeadlinesFrom(intake.At, grade.Deadlines);
        CurrentDeadlines = Deadlines;
        approvedCoupons = Money.Of(0m, policy.Currency);
        approvedGifts = approvedCoupons;
    }

    /// <summary>The complaint's id.</summary>
    public ComplaintId Id { get; }

    /// <summary>The customer complaining.</summary>
    public CustomerId Customer { get; }

    /// <summary>Where it came in.</summary>
    public ComplaintChannel Channel { get; }

    /// <summary>What it is about.</summary>
    public ComplaintSubject Subject { get; }

    /// <summary>The order concerned, or <see langword="null"/>.</summary>
    public OrderId? Order { get; }

    /// <summary>The product concerned, or <see langword="null"/>.</summary>
    public Sku? Sku { get; }

    /// <summary>The customer's words, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>When it came in.</summary>
    public Instant OpenedAt { get; }

    /// <summary>What it was graded on.</summary>
    public GradingInput Grading { get; }

    /// <summary>Its grade at opening, with the reasons.</summary>
    public ComplaintGrade Grade { get; private set; }

    /// <summary>Who handles it now: the grade's level, one higher for every escalation (at most a manager).</summary>
    public HandlingLevel Level { get; private set; }

    /// <summary>The policy it is handled under.</summary>
    public ServiceRecoveryPolicy Policy { get; }

    /// <summary>The deadlines set at opening; the measures judge the first answer and the first solution by them.</summary>
    public ComplaintDeadlines Deadlines { get; private set; }

    /// <summary>The deadlines in force: those of the opening, or of the last reopening.</summary>
    public ComplaintDeadlines CurrentDeadlines { get; private set; }

    /// <summary>Where it stands.</summary>
    public ComplaintState State { get; private set; }

    /// <summary>When the customer first got an answer (acknowledged, escalated or resolved), or <see langword="null"/>.</summary>
    public Instant? RespondedAt { get; private set; }

    /// <summary>When it was first resolved, or <see langword="null"/>.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>When it was first reopened, or <see langword="null"/>.</summary>
    public Instant? ReopenedAt { get; private set; }

    /// <summary>When the follow-up of the last resolution is due, or <see langword="null"/> while not resolved.</summary>
    public Instant? FollowUpDueAt { get; private set; }

    /// <summary>The customer's satisfaction at the last follow-up, or <see langword="null"/>.</summary>
    public Satisfaction? FollowUpAnswer { get; private set; }

    /// <summary>How often it was reopened.</summary>
    public int ReopenCount { get; private set; }

    /// <summary>
    /// Every transition, oldest first, starting with the opening: the complaint's timeline, as built
    /// in memory or read from a store (a command run by the service never reads it).
    /// </summary>
    public IReadOnlyList<ComplaintTransition> History => history;

    /// <summary>The compensation approved, in the order approved.</summary>
    public IReadOnlyList<ApprovedCompensation> Compensations => compensations;

    /// <summary>Increases with every change; the store rejects a commit from a stale version.</summary>
    public long Version { get; private set; }

    /// <summary>Records a complaint as it comes in and grades it with the policy's scale.</summary>
    /// <param name="intake">The complaint.</param>
    /// <param name="grading">What it is graded on.</param>
    /// <param name="policy">The policy it is handled under.</param>
    /// <returns>The complaint, <see cref="ComplaintState.Opened"/>, version 1 (commit it expecting version 0).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id or the customer is <c>default</c>, or the channel or subject is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grading input is out of range.</exception>
    /// <exception cref="CurrencyMismatchException">The order value is in another currency than the policy.</exception>
    public static Complaint Open(ComplaintIntake intake, GradingInput grading, ServiceRecoveryPolicy policy)
    {
        Guard.Against.Null(grading);
        Guard.Against.Null(policy);
        var complaint = Create(intake, grading, policy.Scale.Grade(grading), policy);
        var opening = new ComplaintTransition(null, ComplaintState.Opened, null, intake.At, $"channel:{intake.Channel}", intake.Description);
        complaint.Track(opening);
        complaint.events.Add(new ComplaintOpened(complaint.Id, complaint.Customer, complaint.Grade, complaint.Deadlines, intake.At));

        // Opening is the first change: a second writer creating the same id from nothing conflicts.
        complaint.Version = 1;
        return complaint;
    }

    private static Complaint Create(ComplaintIntake intake, GradingInput grading, ComplaintGrade grade, ServiceRecoveryPolicy policy)
    {
        Guard.Against.Null(intake);
        if (intake.Id.Value.Length == 0 || intake.Customer.Value.Length == 0 || !Enum.IsDefined(intake.Channel) || !Enum.IsDefined(intake.Subject))
        {
            throw new ArgumentException("A complaint has an id, a customer, a channel and a subject.", nameof(intake));
        }

        return new Complaint(intake, grading, grade, policy);
    }

    // Applies a recorded transition to the live state: used live and when replaying a snapshot's history.
    private void Track(ComplaintTransition transition)
    {
        history.Add(transition);
        pendingTransitions.Add(transition);
        transitions++;
        lastAt = transition.At;
        State = transition.To;
        switch (transition.Action)
        {
            case ComplaintAction.Acknowledge or ComplaintAction.Escalate or ComplaintAction.Resolve:
                RespondedAt ??= transition.At;
                cycleRespondedAt ??= transition.At;
                if (transition.Action == ComplaintAction.Escalate)
                {
                    Level = (HandlingLevel)Math.Min((int)Level + 1, (int)HandlingLevel.Manager);
                }
                else if (transition.Action == ComplaintAction.Resolve)
                {
                    ResolvedAt ??= transition.At;
                    cycleResolvedAt ??= transition.At;
                    FollowUpDueAt = transition.At + Policy.FollowUpDelay;
                }

                break;
            case ComplaintAction.Reopen:
                ReopenCount++;
                ReopenedAt ??= transition.At;
                FollowUpDueAt = null;
                cycleRespondedAt = null;
                cycleResolvedAt = null;
                break;
        }
    }
}
