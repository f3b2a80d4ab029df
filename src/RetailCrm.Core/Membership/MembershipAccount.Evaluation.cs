namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

public sealed partial class MembershipAccount
{
    /// <summary>
    /// Brings the member's tier up to date at <paramref name="at"/>: ends an assignment that has run
    /// out, holds every review whose grace period has passed (going down at most the ladder's steps
    /// per review, never below what the member qualifies for now or a lifetime tier reached), and
    /// upgrades at once if the current window qualifies for a higher tier. Evaluating again at the
    /// same instant changes nothing.
    /// </summary>
    /// <param name="at">The instant of evaluation.</param>
    /// <returns>The result, with the changes made.</returns>
    public MembershipResult Evaluate(Instant at)
    {
        var changes = new List<TierChange>();
        var before = (NextReview, EarnedTier, Assignment, CurrentTier);
        Evaluate(at, null, changes);
        if ((NextReview, EarnedTier, Assignment, CurrentTier) != before)
        {
            Version++;
        }

        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    /// <summary>
    /// Assigns <paramref name="tier"/> by hand from <paramref name="at"/> until <paramref name="until"/>
    /// (service compensation, a partner programme). The member is in the higher of the assigned and
    /// the earned tier; when the assignment ends, the earned tier applies again.
    /// </summary>
    /// <param name="tier">The tier, one the ladder defines.</param>
    /// <param name="at">When the assignment starts.</param>
    /// <param name="until">When it ends (exclusive), or <see langword="null"/> for no end.</param>
    /// <param name="reason">The shop's reason, kept in the history.</param>
    /// <returns>The result, with the change if the member goes up.</returns>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is not in the ladder, or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is not after <paramref name="at"/>.</exception>
    public MembershipResult Assign(TierId tier, Instant at, Instant? until, string reason)
    {
        Ladder.RankOf(tier);
        Guard.Against.NullOrWhiteSpace(reason);
        if (until is { } end && end <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "An assignment ends after it starts.");
        }

        var changes = new List<TierChange>();
        Evaluate(at, null, changes);
        Assignment = new TierAssignment(tier, at, until, reason.Trim());
        Version++;
        Settle(at, TierChangeReason.Assigned, reason.Trim(), changes);
        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    private void Evaluate(Instant at, string? cause, List<TierChange> changes)
    {
        if (Assignment is { Until: { } until } && until <= at)
        {
            Assignment = null;
            Settle(until, TierChangeReason.AssignmentEnded, null, changes);
        }

        var today = DateOf(at);
        while (NextReview.Plus(Ladder.GracePeriod) <= today)
        {
            Review(at, changes);
        }

        var qualified = Ladder.QualifiedRank(TotalsAt(at));
        if (qualified > Rank(EarnedTier))
        {
            EarnedTier = TierAt(qualified);
            Settle(at, TierChangeReason.Qualified, cause, changes);
        }
    }

    // The review of NextReview: the window that ended at it, or the current one if the member has
    // qualified again during the grace period, decides; a step at a time, never below a lifetime tier.
    private void Review(Instant at, List<TierChange> changes)
    {
        var review = NextReview;
        var reviewStart = StartOf(review);
        var ended = Ladder.QualifiedRank(TotalsBetween(StartOf(Ladder.Window.StartFor(review.PlusDays(-1), JoinedOn)), reviewStart, exclusiveEnd: true, at));
        var now = Ladder.QualifiedRank(TotalsAt(at));
        var earned = Rank(EarnedTier);
        var floor = Math.Max(Math.Max(ended, now), LifetimeFloor());
        if (floor < earned)
        {
            EarnedTier = TierAt(Math.Max(floor, earned - Ladder.MaxStepsDown));
            Settle(StartOf(review.Plus(Ladder.GracePeriod)), TierChangeReason.Review, null, changes);
        }

        NextReview = Ladder.Window.NextReviewAfter(review, JoinedOn);
    }

    private int LifetimeFloor()
    {
        var floor = 0;
        foreach (var change in history)
        {
            if (change.Reason == TierChangeReason.Qualified && Ladder[change.To].Lifetime)
            {
                floor = Math.Max(floor, Rank(change.To));
            }
        }

        return floor;
    }

    private void UndoUpgradeOf(OrderId order, Instant at, string refund, List<TierChange> changes)
    {
        if (!Ladder.RefundsUndoUpgrades)
        {
            return;
        }

        var upgrade = history.LastOrDefault(c => c.Reason == TierChangeReason.Qualified && c.Cause == order.Value);
        if (upgrade is null || upgrade.To != EarnedTier || upgrade.From is not { } before)
        {
            return;
        }

        var qualified = Ladder.QualifiedRank(TotalsAt(at));
        if (qualified < Rank(EarnedTier))
        {
            EarnedTier = TierAt(Math.Max(qualified, Rank(before)));
            Settle(at, TierChangeReason.RefundUndidUpgrade, refund, changes);
        }
    }
}
