namespace RetailCrm.Service;

using NodaTime;

/// <summary>One recorded move of a complaint: from which state to which, by what action, who or what did it, when, and a note.</summary>
/// <param name="From">The state before, or <see langword="null"/> for the opening.</param>
/// <param name="To">The state after.</param>
/// <param name="Action">The action, or <see langword="null"/> for the opening.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who or what did it, e.g. "agent:wang" or "channel:Phone".</param>
/// <param name="Note">A note, or <see langword="null"/>.</param>
public sealed record ComplaintTransition(ComplaintState? From, ComplaintState To, ComplaintAction? Action, Instant At, string Actor, string? Note = null);
