namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>
/// The first outcome of a complaint command, kept under its idempotency key so that a retry
/// returns it and changes nothing, and a key reused for another command is caught.
/// </summary>
/// <param name="Complaint">The complaint the command was for: the record is kept per (complaint, key).</param>
/// <param name="Key">The command's idempotency key.</param>
/// <param name="Command">The command's canonical text: its name and every field (not the instant it was handled at).</param>
/// <param name="Reason">Why it was rejected, or <see langword="null"/> when it was applied.</param>
/// <param name="Message">The rejection's message, when it was rejected.</param>
/// <param name="State">The complaint's state after it.</param>
/// <param name="Transition">The transition it recorded, or <see langword="null"/> when it recorded none.</param>
public sealed record ProcessedComplaintCommand(
    ComplaintId Complaint,
    IdempotencyKey Key,
    string Command,
    ComplaintRejectionReason? Reason,
    string? Message,
    ComplaintState State,
    ComplaintTransition? Transition)
{
    /// <summary>The complaint the command was for.</summary>
    public ComplaintId Complaint { get; init => field = IdArgument.Require(value, nameof(Complaint)); } = IdArgument.Require(Complaint, nameof(Complaint));

    /// <summary>The command's idempotency key.</summary>
    public IdempotencyKey Key { get; init => field = IdArgument.Require(value, nameof(Key)); } = IdArgument.Require(Key, nameof(Key));

    /// <summary>The outcome as the first run returned it, marked as a replay.</summary>
    /// <returns>The result.</returns>
    public ComplaintResult ToReplay() =>
        new(Reason is { } reason ? new Rejection<ComplaintRejectionReason>(reason, Message ?? reason.ToString()) : null, State, Transition, IsReplay: true, Complaint);
}
