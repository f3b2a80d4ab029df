namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

/// <summary>The membership account: joining, upgrades, reviews, replays, assignments, progress and snapshots.</summary>
public sealed class MembershipAccountTests
{
    [Fact]
    public void Reaching_a_threshold_upgrades_at_once_and_says_so()
    {
        var account = Join(Ladder(QualificationWindow.Last12Months), Local(2026, 1, 5));

        account.Order("o-1", 600m, Local(2026, 2, 1));
        var result = account.Order("o-2", 400m, Local(2026, 3, 1));

        Assert.Equal(Silver, account.CurrentTier);
        var change = Assert.Single(result.Changes);
        Assert.Equal((Regular, Silver, TierChangeReason.Qualified, "o-2"), (change.From!.Value, change.To, change.Reason, change.Cause));
        Assert.True(Assert.Single(account.Events, e => e.Change == change).IsUpgrade);
    }

    [Fact]
    public void A_member_who_stops_buying_goes_down_one_tier_per_review_after_the_grace_period()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        account.Order("o-3", 2_000m, Local(2026, 4, 1));
        Assert.Equal(Gold, account.CurrentTier);

        account.Evaluate(Local(2027, 1, 30));
        Assert.Equal(Gold, account.CurrentTier);
        account.Evaluate(Local(2027, 2, 1));
        Assert.Equal(Gold, account.CurrentTier);

        account.Evaluate(Local(2028, 1, 31));
        Assert.Equal(Silver, account.CurrentTier);
        Assert.Equal(Local(2028, 1, 31, 0), account.TierSince);
        account.Evaluate(Local(2029, 2, 1));
        Assert.Equal(Regular, account.CurrentTier);
    }

    [Fact]
    public void A_new_member_is_in_the_entry_tier_at_version_zero_with_a_joining_entry()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 3, 10));

        Assert.Equal((Regular, Regular, 0L, Local(2026, 3, 10)), (account.CurrentTier, account.EarnedTier, account.Version, account.TierSince));
        Assert.Equal(new TierChange(null, Regular, Local(2026, 3, 10), TierChangeReason.Joined, null), Assert.Single(account.History));
        Assert.Empty(account.Events);
        Assert.Equal(Date(2027, 1, 1), account.NextReview);
        Assert.Equal(Date(2026, 3, 10), account.JoinedOn);
    }

    [Fact]
    public void One_order_can_lift_a_member_over_several_tiers_in_one_change()
    {
        var account = Join(Ladder(QualificationWindow.Last12Months), Local(2026, 1, 5));
        account.Order("o-1", 10m, Local(2026, 2, 1));
        account.Order("o-2", 10m, Local(2026, 2, 2));

        var result = account.Order("o-3", 6_000m, Local(2026, 2, 3));

        var change = Assert.Single(result.Changes);
        Assert.Equal((Regular, Gold), (change.From!.Value, change.To));
        Assert.Equal(Gold, account.Current.Id);
    }

    [Fact]
    public void An_order_recorded_after_one_paid_later_still_upgrades_at_once()
    {
        // Counterexample: o-1 is evaluated at its own paidAt, where the window does not yet hold o-2, paid an hour later but recorded first.
        var account = Join(Ladder(QualificationWindow.Last12Months), Local(2026, 1, 5));
        account.Order("o-2", 600m, Local(2026, 2, 1, 11));

        var late = account.Order("o-1", 600m, Local(2026, 2, 1, 10));

        Assert.Equal(Yuan(1_200m), account.TotalsAt(Local(2026, 2, 1, 11)).Spend);
        Assert.Equal(Silver, late.Tier);
    }

    [Fact]
    public void Evaluating_twice_at_the_same_instant_changes_nothing()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Assign(TestKeys.Next(), Gold, Local(2026, 3, 1), Local(2026, 6, 1), "compensation for complaint 118");

        var first = account.Evaluate(Local(2028, 3, 1));
        var version = account.Version;
        var history = account.History.Count;
        var second = account.Evaluate(Local(2028, 3, 1));

        Assert.NotEmpty(first.Changes);
        Assert.Empty(second.Changes);
        Assert.Equal(MembershipOutcome.Applied, second.Outcome);
        Assert.Equal(version, account.Version);
        Assert.Equal(history, account.History.Count);
    }

    [Fact]
    public void An_evaluation_that_changes_nothing_keeps_the_version()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 2_000m, Local(2026, 2, 1));

        account.Evaluate(Local(2026, 5, 1));

        Assert.Equal(1, account.Version);
    }

    [Fact]
    public void Opening_names_its_bad_arguments()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);

        Assert.Equal("customer", Assert.Throws<ArgumentException>(() => MembershipAccount.Open(default, ladder, Local(2026, 1, 1))).ParamName);
        Assert.Equal("ladder", Assert.Throws<ArgumentNullException>(() => MembershipAccount.Open(new CustomerId("m-1"), null!, Local(2026, 1, 1))).ParamName);
    }

    [Fact]
    public void Recording_an_order_names_its_bad_arguments()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        var at = Local(2026, 2, 1);

        Assert.Equal("order", Assert.Throws<ArgumentException>(() => account.RecordOrder(default, Yuan(10m), at)).ParamName);
        Assert.Equal("spend", Assert.ThrowsAny<ArgumentException>(() => account.RecordOrder(new OrderId("o-1"), Yuan(0m), at)).ParamName);
        Assert.Equal("spend", Assert.ThrowsAny<ArgumentException>(() => account.RecordOrder(new OrderId("o-1"), Yuan(-5m), at)).ParamName);
        Assert.Equal("spend", Assert.ThrowsAny<ArgumentException>(() => account.RecordOrder(new OrderId("o-1"), Yuan(10.005m), at)).ParamName);
        Assert.Equal("spend", Assert.ThrowsAny<ArgumentException>(() => account.RecordOrder(new OrderId("o-1"), Money.Of(10m, Currency.USD), at)).ParamName);
        Assert.Empty(account.Activities);
        Assert.Equal(0, account.Version);
    }

    [Fact]
    public void Recording_an_order_again_is_a_replay_that_changes_nothing()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        var version = account.Version;

        var replay = account.Order("o-1", 1_200m, Local(2026, 2, 1));

        Assert.Equal((MembershipOutcome.Replayed, Silver), (replay.Outcome, replay.Tier));
        Assert.Empty(replay.Changes);
        Assert.Equal(version, account.Version);
        Assert.Single(account.Activities);
    }

    [Fact]
    public void Recording_an_order_again_with_other_figures_throws()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var otherSpend = Assert.Throws<IdempotencyKeyReusedException>(() => account.Order("o-1", 1_300m, Local(2026, 2, 1)));
        Assert.Throws<IdempotencyKeyReusedException>(() => account.Order("o-1", 1_200m, Local(2026, 2, 2)));

        Assert.Equal(new IdempotencyKey("order:o-1"), otherSpend.Key);
        Assert.Single(account.Activities);
        Assert.Equal(1, account.Version);
    }

    [Fact]
    public void Recording_points_again_is_a_replay_and_with_other_figures_throws()
    {
        var account = Join(PointsLadder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Earn("o-1:earn", 600, Local(2026, 2, 1), Local(2026, 2, 1));

        Assert.Equal(MembershipOutcome.Replayed, account.Earn("o-1:earn", 600, Local(2026, 2, 1), Local(2026, 2, 1)).Outcome);
        Assert.Throws<IdempotencyKeyReusedException>(() => account.Earn("o-1:earn", 700, Local(2026, 2, 1), Local(2026, 2, 1)));
        var otherConfirmation = Assert.Throws<IdempotencyKeyReusedException>(() => account.Earn("o-1:earn", 600, Local(2026, 2, 1), Local(2026, 2, 8)));
        Assert.NotEqual(otherConfirmation.FirstCommand, otherConfirmation.NewCommand);
        Assert.Equal(1, account.Version);
    }

    [Fact]
    public void A_tier_assigned_by_hand_raises_the_member_until_it_ends()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var assigned = account.Assign(TestKeys.Next(), Gold, Local(2026, 3, 1), Local(2026, 5, 1), " compensation for complaint 118 ");

        var change = Assert.Single(assigned.Changes);
        Assert.Equal((Silver, Gold, TierChangeReason.Assigned, "compensation for complaint 118"), (change.From!.Value, change.To, change.Reason, change.Cause));
        Assert.Equal((Gold, Silver), (account.CurrentTier, account.EarnedTier));
        Assert.Equal(new TierAssignment(Gold, Local(2026, 3, 1), Local(2026, 5, 1), "compensation for complaint 118"), account.Assignment);
        Assert.Empty(account.Evaluate(Local(2026, 5, 1) - Duration.FromSeconds(1)).Changes);

        var ended = account.Evaluate(Local(2026, 6, 1));

        Assert.Equal((Gold, Silver, TierChangeReason.AssignmentEnded, Local(2026, 5, 1)), (ended.Changes[0].From!.Value, ended.Changes[0].To, ended.Changes[0].Reason, ended.Changes[0].At));
        Assert.Equal(Silver, account.CurrentTier);
        Assert.Null(account.Assignment);
        Assert.Equal(Local(2026, 5, 1), account.TierSince);
    }

    [Fact]
    public void An_assignment_below_the_earned_tier_changes_nothing()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear));
        var history = account.History.ToArray();

        var assigned = account.Assign(TestKeys.Next(), Silver, Local(2026, 5, 1), Local(2026, 7, 1), "partner programme");
        var ended = account.Evaluate(Local(2026, 8, 1));

        Assert.Empty(assigned.Changes);
        Assert.Empty(ended.Changes);
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(history, account.History);
        Assert.Null(account.Assignment);
    }

    [Fact]
    public void An_assignment_without_an_end_holds_through_reviews()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));

        account.Assign(TestKeys.Next(), Silver, Local(2026, 2, 1), null, "staff");
        account.Evaluate(Local(2030, 6, 1));

        Assert.Equal((Silver, Regular), (account.CurrentTier, account.EarnedTier));
    }

    [Fact]
    public void Qualifying_above_an_assigned_tier_upgrades_and_outlasts_the_assignment()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Assign(TestKeys.Next(), Silver, Local(2026, 1, 10), Local(2026, 6, 1), "partner programme");

        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        var upgrade = account.Order("o-3", 2_000m, Local(2026, 4, 1));
        var ended = account.Evaluate(Local(2026, 7, 1));

        Assert.Equal((Silver, Gold, TierChangeReason.Qualified), (upgrade.Changes[0].From!.Value, upgrade.Changes[0].To, upgrade.Changes[0].Reason));
        Assert.Empty(ended.Changes);
        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void Assigning_names_its_bad_arguments()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        var at = Local(2026, 2, 1);

        Assert.Equal("tier", Assert.Throws<ArgumentException>(() => account.Assign(TestKeys.Next(), new TierId("bronze"), at, null, "staff")).ParamName);
        Assert.Equal("reason", Assert.ThrowsAny<ArgumentException>(() => account.Assign(TestKeys.Next(), Gold, at, null, " ")).ParamName);
        Assert.Equal("until", Assert.Throws<ArgumentOutOfRangeException>(() => account.Assign(TestKeys.Next(), Gold, at, at, "staff")).ParamName);
        Assert.Null(account.Assignment);
    }

    [Fact]
    public void Progress_names_the_spend_and_orders_still_missing_for_the_next_tier()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var progress = account.ProgressAt(Local(2026, 5, 1));

        Assert.Equal(
            new TierProgress(Silver, Gold, new QualifyingTotals(Yuan(1_200m), 1, Points.Zero), Yuan(3_800m), 2, null, false, Date(2026, 12, 31), Date(2027, 1, 1), true),
            progress);
    }

    [Fact]
    public void Progress_says_when_any_one_measure_suffices()
    {
        var account = MembershipAccount.Open(new CustomerId("m-1"), TierLadder.CreateDefault(Currency.CNY, Zone), Local(2026, 1, 5));
        account.Order("o-1", 400m, Local(2026, 2, 1));

        var progress = account.ProgressAt(Local(2026, 2, 1));

        Assert.Equal((new TierId("regular"), (TierId?)new TierId("silver")), (progress.Current, progress.Next));
        Assert.Equal((Yuan(600m), 4L, true), (progress.MissingSpend!.Value, progress.MissingOrders!.Value, progress.AnyOneSuffices));
        Assert.Null(progress.MissingPoints);
    }

    [Fact]
    public void Progress_gives_the_window_end_for_yearly_windows_and_none_for_a_rolling_window()
    {
        var at = Local(2026, 6, 1);

        Assert.Equal(Date(2026, 12, 31), Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 4, 15)).ProgressAt(at).WindowEnds);
        Assert.Equal(Date(2027, 4, 14), Join(Ladder(QualificationWindow.MembershipYear), Local(2026, 4, 15)).ProgressAt(at).WindowEnds);
        Assert.Equal(Date(2028, 4, 14), Join(Ladder(QualificationWindow.MembershipYear), Local(2026, 4, 15)).ProgressAt(Local(2027, 4, 15)).WindowEnds);
        Assert.Null(Join(Ladder(QualificationWindow.Last12Months), Local(2026, 4, 15)).ProgressAt(at).WindowEnds);
        Assert.Equal(Date(2027, 4, 15), Join(Ladder(QualificationWindow.Last12Months), Local(2026, 4, 15)).ProgressAt(at).NextReview);
    }

    [Fact]
    public void Progress_of_a_member_who_joined_on_29_February_ends_each_window_the_day_before_the_next_one_starts()
    {
        // Counterexample: the window that starts on 28 February 2027 runs until 28 February 2028 (the next starts on 29 February), yet it is said to end on the 27th.
        var account = Join(Ladder(QualificationWindow.MembershipYear), Local(2024, 2, 29));

        Assert.Equal(Date(2025, 2, 27), account.ProgressAt(Local(2024, 6, 1)).WindowEnds);
        Assert.Equal(Date(2029, 2, 27), account.ProgressAt(Local(2028, 6, 1)).WindowEnds);
        Assert.Equal(Date(2028, 2, 28), account.ProgressAt(Local(2027, 6, 1)).WindowEnds);
    }

    [Fact]
    public void Progress_says_whether_the_current_window_keeps_the_tier()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear));
        Assert.True(account.ProgressAt(Local(2026, 12, 31)).KeepsCurrent);

        var progress = account.ProgressAt(Local(2027, 1, 15));

        Assert.Equal((Gold, false, Date(2027, 1, 1)), (progress.Current, progress.KeepsCurrent, progress.NextReview));
        Assert.Equal(new QualifyingTotals(Yuan(0m), 0, Points.Zero), progress.Totals);
        Assert.True(Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5)).ProgressAt(Local(2026, 1, 6)).KeepsCurrent);
    }

    [Fact]
    public void Progress_at_the_top_tier_names_nothing_missing()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear));

        var progress = account.ProgressAt(Local(2026, 5, 1));

        Assert.Equal((Gold, (TierId?)null, (Money?)null, (long?)null, (Points?)null), (progress.Current, progress.Next, progress.MissingSpend, progress.MissingOrders, progress.MissingPoints));
    }

    [Fact]
    public void A_snapshot_rebuilds_the_same_account_without_its_events()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var account = RichAccount(ladder);
        var snapshot = account.ToSnapshot();

        var rebuilt = MembershipAccount.FromSnapshot(snapshot, ladder);

        AssertSameSnapshot(snapshot, rebuilt.ToSnapshot());
        Assert.Empty(rebuilt.Events);
        Assert.Equal(account.ProgressAt(Local(2028, 3, 1)), rebuilt.ProgressAt(Local(2028, 3, 1)));
        Assert.Equal(MembershipOutcome.Replayed, rebuilt.Order("o-1", 2_000m, Local(2026, 2, 1)).Outcome);
        Assert.Equal(account.Evaluate(Local(2029, 6, 1)).Changes, rebuilt.Evaluate(Local(2029, 6, 1)).Changes);
        AssertSameSnapshot(account.ToSnapshot(), rebuilt.ToSnapshot());
    }

    public static TheoryData<string, Func<MembershipSnapshot, MembershipSnapshot>> Tamperings => new()
    {
        { "no history", s => s with { History = [] } },
        { "history not starting with joining", s => s with { History = [.. s.History.Skip(1)] } },
        { "history that does not chain", s => s with { History = [.. s.History.Take(2), s.History[2] with { From = Platinum }, .. s.History.Skip(3)] } },
        { "history naming a tier the ladder lacks", s => s with { History = [.. s.History, new TierChange(s.CurrentTier, new TierId("bronze"), s.TierSince, TierChangeReason.Assigned, "x")] } },
        { "current tier that does not end the history", s => s with { History = [.. s.History, new TierChange(s.CurrentTier, Regular, s.TierSince, TierChangeReason.Review, null)] } },
        { "assignment that does not explain the current tier", s => s with { Assignment = s.Assignment! with { Tier = Silver } } },
        { "current tier above both earned and assigned", s => s with { Assignment = null, EarnedTier = Regular } },
        { "earned tier the ladder lacks", s => s with { EarnedTier = new TierId("bronze") } },
        { "assignment to a tier the ladder lacks", s => s with { Assignment = s.Assignment! with { Tier = new TierId("bronze") } } },
        { "activity repeated", s => s with { Activities = [.. s.Activities, s.Activities[0]] } },
        { "activity in another currency", s => s with { Activities = [s.Activities[0] with { Spend = Money.Of(2_000m, Currency.USD) }, .. s.Activities.Skip(1)] } },
        { "missing activity", s => s with { Activities = [.. s.Activities, null!] } },
        { "negative version", s => s with { Version = -1 } },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_snapshot_that_no_behaviour_could_produce_is_refused(string what, Func<MembershipSnapshot, MembershipSnapshot> tamper)
    {
        ArgumentNullException.ThrowIfNull(tamper);
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var snapshot = RichAccount(ladder).ToSnapshot();
        Assert.Equal(Gold, snapshot.Assignment?.Tier);

        var error = Assert.ThrowsAny<ArgumentException>(() => MembershipAccount.FromSnapshot(tamper(snapshot), ladder));

        Assert.True(error.ParamName == "snapshot", $"{what}: {error.ParamName}");
    }

    [Fact]
    public void A_snapshot_is_checked_against_the_ladder_it_is_loaded_with()
    {
        var snapshot = RichAccount(Ladder(QualificationWindow.CalendarYear)).ToSnapshot();
        var otherLadder = new TierLadder(Currency.USD, Zone, QualificationWindow.CalendarYear, new TierDefinition(Regular, "Regular", TierRequirement.None));

        Assert.ThrowsAny<ArgumentException>(() => MembershipAccount.FromSnapshot(snapshot, otherLadder));
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => MembershipAccount.FromSnapshot(null!, otherLadder)).ParamName);
        Assert.Equal("snapshot", Assert.ThrowsAny<ArgumentException>(() => MembershipAccount.FromSnapshot(snapshot with { History = null! }, otherLadder)).ParamName);
    }

    /// <summary>Orders, a partial and a full refund, pending points, reviews, an ended and a running assignment.</summary>
    private static MembershipAccount RichAccount(TierLadder ladder)
    {
        var account = Join(ladder, Local(2026, 1, 5));
        account.Assign(TestKeys.Next(), Silver, Local(2026, 1, 6), Local(2026, 2, 1), "welcome offer");
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        account.Order("o-3", 1_500m, Local(2026, 4, 1));
        account.Refund("r-1", "o-1", 500m, Local(2026, 4, 10));
        account.Refund("r-2", "o-2", 2_000m, Local(2026, 4, 11));
        account.Earn("o-3:earn", 150, Local(2026, 4, 1), Local(2026, 4, 15));
        account.Evaluate(Local(2028, 2, 1));
        account.Assign(TestKeys.Next(), Gold, Local(2028, 2, 2), Local(2028, 8, 1), "partner programme");
        return account;
    }

    private static void AssertSameSnapshot(MembershipSnapshot expected, MembershipSnapshot actual)
    {
        Assert.Equal(
            (expected.Customer, expected.JoinedAt, expected.EarnedTier, expected.CurrentTier, expected.TierSince, expected.NextReview, expected.Assignment, expected.Version),
            (actual.Customer, actual.JoinedAt, actual.EarnedTier, actual.CurrentTier, actual.TierSince, actual.NextReview, actual.Assignment, actual.Version));
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Activities, actual.Activities);
    }
}
