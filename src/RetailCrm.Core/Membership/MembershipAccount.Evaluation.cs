namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
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
        var before = (NextReview, EarnedTier, Assignment, CurrentTier, LifetimeTier, lastUpgrade);
        Evaluate(at, null, changes);
        if ((NextReview, EarnedTier, Assignment, CurrentTier, LifetimeTier, lastUpgrade) != before)
        {
            Version++;
        }

        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    /// <summary>
    /// Assigns <paramref name="tier"/> by hand from <paramref name="at"/> until <paramref name="until"/>
    /// (service compensation, a partner programme). The member is in the higher of the assigned and
    /// the earned tier; when the assignment ends, the earned tier applies again. A retry under the same
    /// idempotency key returns the first outcome and changes nothing.
    /// </summary>
    /// <param name="key">The idempotency key of this assignment.</param>
    /// <param name="tier">The tier, one the ladder defines.</param>
    /// <param name="at">When the assignment starts.</param>
    /// <param name="until">When it ends (exclusive), or <see langword="null"/> for no end.</param>
    /// <param name="reason">The shop's reason, kept in the history.</param>
    /// <returns>The result, with the change if the member goes up.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="tier"/> is <c>default</c>, <paramref name="tier"/> is not in the ladder, or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is not after <paramref name="at"/> (checked for a new key only: a retry later replays).</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another assignment (tier, end or reason).</exception>
    public MembershipResult Assign(IdempotencyKey key, TierId tier, Instant at, Instant? until, string reason)
    {
        IdArgument.Require(key, nameof(key));
        IdArgument.Require(tier, nameof(tier));
        Guard.Against.Null(reason);
        if (ReplayAssignment(key, tier, until, reason) is { } replay)
        {
            return replay;
        }

        if (!Ladder.Defines(tier))
        {
            throw new ArgumentException($"The ladder has no tier {tier}.", nameof(tier));
        }

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
        RememberAssignment(new ProcessedAssignment(key, tier, until, reason, CurrentTier, [.. changes]));
        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    private void Evaluate(Instant at, QualifyingActivity? trigger, List<TierChange> changes)
    {
        // Assignment ends and reviews are held in the order they fall, as daily evaluation would.
        var today = DateOf(at);
        while (true)
        {
            Instant? assignmentEnd = Assignment is { Until: { } until } && until <= at ? until : null;
            var reviewDue = NextReview.Plus(Ladder.GracePeriod);
            var reviewIsDue = reviewDue <= today;
            if (assignmentEnd is { } end && (!reviewIsDue || end <= StartOf(reviewDue)))
            {
                Assignment = null;
                Settle(end, TierChangeReason.AssignmentEnded, null, changes);
            }
            else if (reviewIsDue)
            {
                Review(changes);
            }
            else
            {
                break;
            }
        }

        var qualified = Ladder.QualifiedRank(TotalsAt(at));
        RaiseLifetimeFloor(qualified);
        var earned = Rank(EarnedTier);
        if (qualified > earned)
        {
            lastUpgrade = trigger is null ? null : (trigger.Reference, EarnedTier);
            EarnedTier = TierAt(qualified);
            var cause = trigger?.Reference[(trigger.Reference.IndexOf(':', StringComparison.Ordinal) + 1)..];
            Settle(at, TierChangeReason.Qualified, cause, changes);
        }
    }

    // The review of NextReview, judged as it stood when the grace period ended: the window that
    // ended at the review, or the window at the end of the grace period if the member qualified
    // again meanwhile; a step at a time, never below the lifetime tier.
    private void Review(List<TierChange> changes)
    {
        var review = NextReview;
        var due = StartOf(review.Plus(Ladder.GracePeriod));
        var endedStart = StartOf(Ladder.Window.StartFor(review.PlusDays(-1), JoinedOn));
        var ended = Ladder.QualifiedRank(TotalsBetween(endedStart, StartOf(review), exclusiveEnd: true, due));
        var duringGrace = Ladder.QualifiedRank(TotalsAt(due));
        var earned = Rank(EarnedTier);
        var floor = Math.Max(Math.Max(ended, duringGrace), LifetimeTier is { } lifetime ? Rank(lifetime) : 0);
        if (floor < earned)
        {
            EarnedTier = TierAt(Math.Max(floor, earned - Ladder.MaxStepsDown));
            lastUpgrade = null;
            Settle(due, TierChangeReason.Review, null, changes);
        }

        NextReview = Ladder.Window.NextReviewAfter(review, JoinedOn);
    }

    // The highest lifetime tier at or below a rank the member qualified for becomes the floor.
    private void RaiseLifetimeFloor(int qualified)
    {
        for (var rank = qualified; rank > 0; rank--)
        {
            if (Ladder.Tiers[rank].Lifetime)
            {
                if (LifetimeTier is not { } current || Rank(current) < rank)
                {
                    LifetimeTier = TierAt(rank);
                }

                return;
            }
        }
    }

    // With RefundsUndoUpgrades, a refund of the order that caused the last upgrade, in the current
    // window, takes the member back to the earned tier before it, unless they still qualify.
    private void UndoUpgradeOf(QualifyingActivity order, Instant at, string refund, List<TierChange> changes)
    {
        if (!Ladder.RefundsUndoUpgrades || lastUpgrade is not { } upgrade || upgrade.Reference != order.Reference
            || order.At < StartOf(Ladder.Window.StartFor(DateOf(at), JoinedOn)))
        {
            return;
        }

        var qualified = Ladder.QualifiedRank(TotalsAt(at));
        if (qualified < Rank(EarnedTier))
        {
            EarnedTier = TierAt(Math.Max(qualified, Rank(upgrade.EarnedBefore)));
            lastUpgrade = null;
            LifetimeTier = null;
            RaiseLifetimeFloor(Rank(EarnedTier));
            Settle(at, TierChangeReason.RefundUndidUpgrade, refund, changes);
        }
    }
}
