namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>What a complaint command did, opening included: applied, replayed (done before, nothing changed) or rejected with a reason.</summary>
/// <param name="Rejection">Why it was not done, or <see langword="null"/>.</param>
/// <param name="State">The complaint's state afterwards, or <see langword="null"/> when there is no complaint (or it is another customer's).</param>
/// <param name="Transition">The transition recorded, or <see langword="null"/> when none was.</param>
/// <param name="IsReplay">Whether the same command had been applied before, so nothing changed.</param>
/// <param name="Id">The complaint, or <see langword="null"/> when there is none (or it is another customer's).</param>
public sealed record ComplaintResult(Rejection<ComplaintRejectionReason>? Rejection, ComplaintState? State, ComplaintTransition? Transition = null, bool IsReplay = false, ComplaintId? Id = null)
{
    /// <summary>The complaint, or <see langword="null"/> when there is none (or it is another customer's).</summary>
    public ComplaintId? Id { get; init => field = IdArgument.Require(value, nameof(Id)); } = IdArgument.Require(Id, nameof(Id));

    /// <summary>Whether the command did what was asked (applied or replayed).</summary>
    public bool Succeeded => Rejection is null;

    /// <summary>The machine-readable reason it was not done, or <see langword="null"/>.</summary>
    public ComplaintRejectionReason? Reason => Rejection?.Reason;

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Succeeded ? $"OK {State}{(IsReplay ? " (replay)" : string.Empty)}" : $"Rejected {Rejection}";
}
