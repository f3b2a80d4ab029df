namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class Complaint
{
    /// <summary>The complaint as plain data.</summary>
    /// <returns>The snapshot.</returns>
    public ComplaintSnapshot ToSnapshot() =>
        new(new ComplaintIntake(Id, Customer, Channel, Subject, OpenedAt, Order, Sku, Description), Grading, Grade, Deadlines, CurrentDeadlines,
            [.. history], FollowUpAnswer, [.. compensations], Version, FollowUpDueAt, [.. commands]);

    /// <summary>
    /// Rebuilds a complaint from a snapshot, replaying its history through the state machine; its
    /// <see cref="TakeChanges"/> then gives the whole state, to import it into a store.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="policy">The policy the complaint is handled under.</param>
    /// <returns>The complaint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history does not start with the opening, holds a transition the state machine does not
    /// allow or out of time order, a compensation is repeated or keyed for another complaint, or a
    /// processed command is missing, is another complaint's, repeats a key, has a default key or no
    /// text, or names a transition the history lacks.
    /// </exception>
    public static Complaint FromSnapshot(ComplaintSnapshot snapshot, ServiceRecoveryPolicy policy)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(policy);
        Guard.Against.Null(snapshot.History, nameof(snapshot));
        Guard.Against.Null(snapshot.Compensations, nameof(snapshot));
        Guard.Against.Null(snapshot.Grade, nameof(snapshot));
        ArgumentRange.Positive(snapshot.Version, nameof(snapshot));
        Guard.Against.Null(snapshot.Grading, nameof(snapshot));
        var complaint = Create(snapshot.Intake, snapshot.Grading, policy.Scale.Grade(snapshot.Grading), policy);
        if (snapshot.History.Count == 0 || snapshot.History[0] is not { From: null, To: ComplaintState.Opened, Action: null } first || first.At != snapshot.Intake.At)
        {
            throw new ArgumentException("The history starts with the opening.", nameof(snapshot));
        }

        complaint.Level = snapshot.Grade.Level;
        complaint.Track(first);
        foreach (var transition in snapshot.History.Skip(1))
        {
            var legal = transition is { Action: { } action } && transition.From == complaint.State && transition.To == ComplaintTransitions.Target(action)
                && ComplaintTransitions.IsAllowed(complaint.State, action) && transition.At >= complaint.lastAt
                && !(action == ComplaintAction.Escalate && complaint.Level == HandlingLevel.Manager);
            if (!legal)
            {
                throw new ArgumentException("Every transition of the history is allowed by the state machine, from the state before it, in time order.", nameof(snapshot));
            }

            complaint.Track(transition!);
        }

        foreach (var compensation in snapshot.Compensations)
        {
            if (compensation is null || compensation.Key != complaint.KeyFor(compensation.Action.Name) || complaint.compensations.Exists(c => c.Action.Name == compensation.Action.Name))
            {
                throw new ArgumentException("Each compensation is keyed for this complaint, once.", nameof(snapshot));
            }

            complaint.Count(compensation);
            complaint.Write(compensation);
        }

        foreach (var processed in snapshot.Commands ?? [])
        {
            var valid = processed is not null && processed.Complaint == complaint.Id && processed.Key.Value.Length > 0 && !string.IsNullOrWhiteSpace(processed.Command)
                && !complaint.commandIndex.ContainsKey(processed.Key) && Enum.IsDefined(processed.State)
                && (processed.Reason is { } reason ? Enum.IsDefined(reason) && !string.IsNullOrWhiteSpace(processed.Message) && processed.Transition is null : processed.Message is null)
                && (processed.Transition is null || complaint.history.Contains(processed.Transition));
            if (!valid)
            {
                throw new ArgumentException("Each processed command has its own key, a text, a defined outcome, and a transition of the history if any.", nameof(snapshot));
            }

            complaint.Remember(processed!);
        }

        complaint.Grade = snapshot.Grade;
        complaint.Deadlines = snapshot.Deadlines ?? throw new ArgumentException("The deadlines are required.", nameof(snapshot));
        complaint.CurrentDeadlines = snapshot.CurrentDeadlines ?? throw new ArgumentException("The deadlines are required.", nameof(snapshot));
        complaint.FollowUpDueAt = snapshot.FollowUpDueAt;
        complaint.FollowUpAnswer = snapshot.FollowUpAnswer;
        complaint.Version = snapshot.Version;

        // Rebuilt, not happening now: its changes are the whole state, with no events.
        complaint.events.Clear();
        return complaint;
    }
}
