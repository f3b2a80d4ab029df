namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

public sealed partial class Complaint
{
    /// <summary>Tells the customer the complaint is being handled.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition.</exception>
    public ComplaintResult Acknowledge(IdempotencyKey key, string actor, Instant at, string? note = null) => Move(ComplaintAction.Acknowledge, key, actor, at, note);

    /// <summary>Hands the complaint up one handling level; a retry under the same key does not hand it up again.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it or a manager already handles it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition.</exception>
    public ComplaintResult Escalate(IdempotencyKey key, string actor, Instant at, string? note = null) => Move(ComplaintAction.Escalate, key, actor, at, note);

    /// <summary>Records the problem as solved; the follow-up becomes due after the policy's delay.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">How, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition.</exception>
    public ComplaintResult Resolve(IdempotencyKey key, string actor, Instant at, string? note = null) => Move(ComplaintAction.Resolve, key, actor, at, note);

    /// <summary>Records the customer's satisfaction after the resolution.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="answer">The customer's answer.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition, or <paramref name="answer"/> is not defined.</exception>
    public ComplaintResult FollowUp(IdempotencyKey key, string actor, Instant at, Satisfaction answer, string? note = null)
    {
        IdArgument.Require(key, nameof(key));
        if (!Enum.IsDefined(answer))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer, "The answer is one of the five satisfaction levels.");
        }

        return Move(ComplaintAction.FollowUp, key, actor, at, note, answer);
    }

    /// <summary>Finishes the complaint.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition.</exception>
    public ComplaintResult Close(IdempotencyKey key, string actor, Instant at, string? note = null) => Move(ComplaintAction.Close, key, actor, at, note);

    /// <summary>Opens the problem again: new deadlines run from now with the current level's times.</summary>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition.</exception>
    public ComplaintResult Reopen(IdempotencyKey key, string actor, Instant at, string? note = null) => Move(ComplaintAction.Reopen, key, actor, at, note);

    /// <summary>Runs any action but <see cref="ComplaintAction.FollowUp"/> (which needs an answer) by its name.</summary>
    /// <param name="action">The action.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="at">When; not before the last transition.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The result; rejected when the state machine does not allow it.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, <paramref name="actor"/> is blank, or <paramref name="action"/> is a follow-up.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last transition, or <paramref name="action"/> is not defined.</exception>
    public ComplaintResult Apply(ComplaintAction action, IdempotencyKey key, string actor, Instant at, string? note = null) =>
        ArgumentRange.Defined(action) == ComplaintAction.FollowUp
            ? throw new ArgumentException("A follow-up needs the customer's answer: call FollowUp.", nameof(action))
            : Move(action, key, actor, at, note);

    // The command's text holds every field the caller chose; the instant is when it was handled, so a retry later is still a replay.
    private ComplaintResult Move(ComplaintAction action, IdempotencyKey key, string actor, Instant at, string? note, Satisfaction? answer = null)
    {
        IdArgument.Require(key, nameof(key));
        Guard.Against.NullOrWhiteSpace(actor);
        var content = CanonicalContent.Of(action.ToString()).Add("actor", actor);
        var command = (answer is { } given ? content.Add("answer", given) : content).Add("note", note).ToString();
        return Keyed(key, command, () => Move(action, actor, at, note, answer));
    }

    private ComplaintResult Move(ComplaintAction action, string actor, Instant at, string? note, Satisfaction? answer)
    {
        if (at < lastAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Transitions are recorded in time order; the last was at {lastAt}.");
        }

        if (!ComplaintTransitions.IsAllowed(State, action))
        {
            return Rejected(ComplaintRejectionReason.IllegalTransition, $"A complaint that is {State} cannot be moved by {action}; allowed: {string.Join(", ", ComplaintTransitions.AllowedIn(State))}.");
        }

        if (action == ComplaintAction.Escalate && Level == HandlingLevel.Manager)
        {
            return Rejected(ComplaintRejectionReason.AlreadyAtTopLevel, "A manager already handles this complaint.");
        }

        var transition = new ComplaintTransition(State, ComplaintTransitions.Target(action), action, at, actor.Trim(), note);
        Track(transition);
        if (action == ComplaintAction.Reopen)
        {
            CurrentDeadlines = Policy.DeadlinesFrom(at, Policy.Scale.DeadlinesFor(Level));
        }

        if (answer is { } satisfaction)
        {
            FollowUpAnswer = satisfaction;
        }

        events.Add(action switch
        {
            ComplaintAction.Acknowledge => new ComplaintAcknowledged(Id, transition, Level),
            ComplaintAction.Escalate => new ComplaintEscalated(Id, transition, Level),
            ComplaintAction.Resolve => new ComplaintResolved(Id, transition, Level),
            ComplaintAction.FollowUp => new ComplaintFollowedUp(Id, transition, Level, FollowUpAnswer!.Value),
            ComplaintAction.Close => new ComplaintClosed(Id, transition, Level),
            _ => new ComplaintReopened(Id, transition, Level, CurrentDeadlines),
        });
        Version++;
        return new ComplaintResult(null, State, transition, Id: Id);
    }

    private ComplaintResult Rejected(ComplaintRejectionReason reason, string message) => new(new Rejection<ComplaintRejectionReason>(reason, message), State, Id: Id);
}
