namespace RetailCrm.Credit;

/// <summary>
/// What a feedback command did, why, and where it leaves the rated party's credit in the trade's
/// role: a replayed rating ("already rated") or a refused change ("cannot change") are results,
/// not exceptions.
/// </summary>
/// <param name="Outcome">Applied, replayed or rejected.</param>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Message">A sentence for the party or the support agent.</param>
/// <param name="Role">The profile owner's role in the trade, or <see langword="null"/> when the trade is unknown.</param>
/// <param name="Score">The credit score in that role afterwards (0 when the trade is unknown).</param>
/// <param name="Level">The credit level in that role afterwards, or <see langword="null"/> when the trade is unknown.</param>
/// <param name="Decision">How the trade's rating counts afterwards, or <see langword="null"/> when it has none.</param>
public sealed record FeedbackResult(
    FeedbackOutcome Outcome,
    FeedbackReason Reason,
    string Message,
    FeedbackRole? Role,
    long Score,
    FeedbackLevel? Level,
    CountDecision? Decision)
{
    /// <summary>Whether the command changed the profile.</summary>
    public bool IsApplied => Outcome == FeedbackOutcome.Applied;
}
