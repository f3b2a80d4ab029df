namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class MembershipAccount
{
    /// <summary>The account as plain data.</summary>
    /// <returns>The snapshot.</returns>
    public MembershipSnapshot ToSnapshot() =>
        new(Customer, JoinedAt, EarnedTier, CurrentTier, TierSince, NextReview, Assignment, [.. history], [.. activities], Version,
            LifetimeTier, lastUpgrade?.Reference, lastUpgrade?.EarnedBefore, [.. assignments]);

    /// <summary>Rebuilds an account from a snapshot, checking it against the ladder.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="ladder">The ladder the member climbs.</param>
    /// <returns>The account, with no events raised.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The snapshot names a tier the ladder lacks, its history does not start with joining or does
    /// not chain to the current tier, an activity is repeated or in another currency, or the
    /// current tier is not the higher of the earned and the assigned one, or a processed assignment
    /// is missing, repeats a key, has a default key or a blank reason, names a tier the ladder lacks
    /// or a change the history lacks.
    /// </exception>
    public static MembershipAccount FromSnapshot(MembershipSnapshot snapshot, TierLadder ladder)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(ladder);
        Guard.Against.Null(snapshot.History, nameof(snapshot));
        Guard.Against.Null(snapshot.Activities, nameof(snapshot));
        ArgumentRange.NotNegative(snapshot.Version, nameof(snapshot));
        var account = Open(snapshot.Customer, ladder, snapshot.JoinedAt);
        account.history.Clear();
        foreach (var change in snapshot.History)
        {
            var chained = change is not null && ladder.Defines(change.To)
                && (account.history.Count == 0 ? change.From is null && change.Reason == TierChangeReason.Joined : change.From == account.history[^1].To);
            if (!chained)
            {
                throw new ArgumentException("The history must start with joining and chain from tier to tier of the ladder.", nameof(snapshot));
            }

            account.history.Add(change!);
        }

        foreach (var activity in snapshot.Activities)
        {
            if (activity is null || activity.Spend.Currency != ladder.Currency || !account.byReference.TryAdd(activity.Reference, activity))
            {
                throw new ArgumentException("An activity is missing, repeated or in another currency.", nameof(snapshot));
            }

            account.activities.Add(activity);
        }

        var assigned = snapshot.Assignment is { } a ? (ladder.Defines(a.Tier) ? ladder.RankOf(a.Tier) : -1) : 0;
        if (account.history.Count == 0 || !ladder.Defines(snapshot.EarnedTier) || assigned < 0
            || account.history[^1].To != snapshot.CurrentTier
            || ladder.RankOf(snapshot.CurrentTier) != Math.Max(ladder.RankOf(snapshot.EarnedTier), assigned))
        {
            throw new ArgumentException("The current tier must end the history and be the higher of the earned and the assigned tier.", nameof(snapshot));
        }

        var reviews = ladder.Window.NextReviewAfter(snapshot.NextReview.PlusDays(-1), account.JoinedOn) == snapshot.NextReview && snapshot.NextReview > account.JoinedOn;
        var upgradeKnown = (snapshot.LastUpgradeCause is null) == (snapshot.EarnedBeforeLastUpgrade is null)
            && (snapshot.LastUpgradeCause is null || (account.byReference.ContainsKey(snapshot.LastUpgradeCause) && ladder.Defines(snapshot.EarnedBeforeLastUpgrade!.Value)));
        if (!reviews || snapshot.TierSince != account.history[^1].At || !upgradeKnown || (snapshot.LifetimeTier is { } life && !ladder.Defines(life)))
        {
            throw new ArgumentException("The review date, the tier's start, the last upgrade or the lifetime tier does not fit the account.", nameof(snapshot));
        }

        foreach (var processed in snapshot.Assignments ?? [])
        {
            var valid = processed is { Changes: not null, Reason: not null } && processed.Key.Value.Length > 0 && !account.assignmentsByKey.ContainsKey(processed.Key)
                && !string.IsNullOrWhiteSpace(processed.Reason) && ladder.Defines(processed.Tier) && ladder.Defines(processed.TierAfter)
                && processed.Changes.All(account.history.Contains);
            if (!valid)
            {
                throw new ArgumentException("Each processed assignment has its own key, a reason, tiers of the ladder and changes of the history.", nameof(snapshot));
            }

            account.RememberAssignment(processed!);
        }

        account.EarnedTier = snapshot.EarnedTier;
        account.LifetimeTier = snapshot.LifetimeTier;
        account.lastUpgrade = snapshot.LastUpgradeCause is { } cause ? (cause, snapshot.EarnedBeforeLastUpgrade!.Value) : null;
        account.CurrentTier = snapshot.CurrentTier;
        account.Assignment = snapshot.Assignment;
        account.TierSince = snapshot.TierSince;
        account.NextReview = snapshot.NextReview;
        account.Version = snapshot.Version;
        return account;
    }
}
