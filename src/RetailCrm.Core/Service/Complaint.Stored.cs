namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class Complaint
{
    // What was changed since the complaint was opened, rebuilt or loaded: the next change set.
    private readonly List<ComplaintTransition> pendingTransitions = [];
    private readonly List<ProcessedComplaintCommand> pendingCommands = [];
    private readonly List<ApprovedCompensation> pendingCompensations = [];
    private readonly List<DomainEvent> events = [];

    // The live state that has no public property of its own.
    private long transitions;
    private Instant lastAt;
    private Instant? cycleRespondedAt;
    private Instant? cycleResolvedAt;
    private int compensationCount;
    private Points approvedPoints;
    private Money approvedCoupons;
    private Money approvedGifts;
    private long baseVersion;

    // The keys and names loaded for a command: any other is not known here (null: everything is).
    private HashSet<IdempotencyKey>? loadedKeys;
    private HashSet<string>? loadedNames;

    /// <summary>When the last transition happened; the next is not earlier.</summary>
    internal Instant LastTransitionAt => lastAt;

    /// <summary>The live state as it stands: what a store keeps per complaint and loads for every command.</summary>
    /// <returns>The live state.</returns>
    public LiveComplaint ToLive() =>
        new(new ComplaintIntake(Id, Customer, Channel, Subject, OpenedAt, Order, Sku, Description), Grading, Grade, Level, Deadlines, CurrentDeadlines, State,
            transitions, lastAt, RespondedAt, ResolvedAt, ReopenedAt, ReopenCount, cycleRespondedAt, cycleResolvedAt, FollowUpDueAt, FollowUpAnswer,
            compensationCount, approvedPoints, approvedCoupons, approvedGifts, Version);

    /// <summary>
    /// The changes since the complaint was opened, rebuilt from a snapshot or loaded, or since the last
    /// call, as one change set for <see cref="IComplaintStore.CommitAsync"/>; <see langword="null"/>
    /// when nothing changed (a replay). A complaint opened or rebuilt in memory gives its whole state,
    /// to be committed as new (a rebuilt one raises no events: they were raised when it happened).
    /// </summary>
    /// <returns>The change set, or <see langword="null"/>.</returns>
    public ComplaintChange? TakeChanges()
    {
        if (Version == baseVersion)
        {
            return null;
        }

        // A compensation approved then issued within one change set is written once, as it stands.
        var written = pendingCompensations.Select(c => c.Action.Name).Distinct(StringComparer.Ordinal)
            .Select(name => pendingCompensations.FindLast(c => c.Action.Name == name)!);
        var change = new ComplaintChange(ToLive(), baseVersion, [.. pendingTransitions], [.. pendingCommands], [.. written], [.. events]);
        pendingTransitions.Clear();
        pendingCommands.Clear();
        pendingCompensations.Clear();
        events.Clear();
        baseVersion = Version;
        return change;
    }

    /// <summary>
    /// The complaint as a command sees it: the live state and the keyed records loaded for it, no
    /// timeline. Looking up a key or a compensation that was not loaded throws, so a decision can
    /// never take "not loaded" for "not there".
    /// </summary>
    internal static Complaint FromLoaded(LoadedComplaint loaded, ServiceRecoveryPolicy policy)
    {
        var live = loaded.Live ?? throw new ArgumentException("There is no complaint to act on.", nameof(loaded));
        var complaint = FromLive(live, policy);
        complaint.loadedKeys = loaded.Keys.Command is { } key ? [key] : [];
        complaint.loadedNames = loaded.Keys.Compensation is { } name ? new HashSet<string>([name], StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        if (loaded.Command is { } command)
        {
            if (command.Complaint != live.Id || command.Key != loaded.Keys.Command)
            {
                throw new InvariantViolationException($"The store returned the record of key {command.Key} on complaint {command.Complaint} for {loaded.Keys}.");
            }

            complaint.Remember(command);
        }

        if (loaded.Compensation is { } compensation)
        {
            if (compensation.Action.Name != loaded.Keys.Compensation || compensation.Key != complaint.KeyFor(compensation.Action.Name))
            {
                throw new InvariantViolationException($"The store returned compensation {compensation.Action.Name} for {loaded.Keys}.");
            }

            complaint.compensations.Add(compensation);
        }

        complaint.pendingCommands.Clear();
        return complaint;
    }

    /// <summary>The complaint as a reader sees it: the live state, the whole timeline and every compensation, no command records.</summary>
    internal static Complaint FromStored(LiveComplaint live, IReadOnlyList<ComplaintTransition> timeline, IReadOnlyList<ApprovedCompensation> stored, ServiceRecoveryPolicy policy)
    {
        var complaint = FromLive(live, policy);
        complaint.history.AddRange(timeline);
        complaint.compensations.AddRange(stored);
        complaint.loadedKeys = [];
        return complaint;
    }

    private static Complaint FromLive(LiveComplaint live, ServiceRecoveryPolicy policy)
    {
        Guard.Against.Null(live);
        Guard.Against.Null(policy);
        var complaint = Create(live.Intake, live.Grading, live.Grade, policy);
        complaint.Level = live.Level;
        complaint.Deadlines = live.Deadlines;
        complaint.CurrentDeadlines = live.CurrentDeadlines;
        complaint.State = live.State;
        complaint.transitions = live.Transitions;
        complaint.lastAt = live.LastTransitionAt;
        complaint.RespondedAt = live.RespondedAt;
        complaint.ResolvedAt = live.ResolvedAt;
        complaint.ReopenedAt = live.ReopenedAt;
        complaint.ReopenCount = live.ReopenCount;
        complaint.cycleRespondedAt = live.CycleRespondedAt;
        complaint.cycleResolvedAt = live.CycleResolvedAt;
        complaint.FollowUpDueAt = live.FollowUpDueAt;
        complaint.FollowUpAnswer = live.FollowUpAnswer;
        complaint.compensationCount = live.Compensations;
        complaint.approvedPoints = live.ApprovedPoints;
        complaint.approvedCoupons = live.ApprovedCouponValue;
        complaint.approvedGifts = live.ApprovedGiftValue;
        complaint.Version = live.Version;
        complaint.baseVersion = live.Version;
        return complaint;
    }

    // The compensation of that name, or null; throws when it was not loaded for this command.
    private ApprovedCompensation? Named(string name)
    {
        var index = compensations.FindIndex(c => c.Action.Name == name);
        if (index < 0 && loadedNames is { } names && !names.Contains(name))
        {
            throw new InvalidOperationException($"The compensation {name} of complaint {Id} was not loaded: load it by name before deciding on it.");
        }

        return index < 0 ? null : compensations[index];
    }

    private void Write(ApprovedCompensation compensation)
    {
        var index = compensations.FindIndex(c => c.Action.Name == compensation.Action.Name);
        if (index < 0)
        {
            compensations.Add(compensation);
        }
        else
        {
            compensations[index] = compensation;
        }

        pendingCompensations.Add(compensation);
    }
}
