namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

/// <summary>Refunds and points as qualifying activity of a membership account.</summary>
public sealed class MembershipActivityTests
{
    [Fact]
    public void A_partial_refund_takes_spend_back_and_keeps_the_order_counted()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var result = account.Refund("r-1", "o-1", 300m, Local(2026, 2, 10));

        Assert.Equal(MembershipOutcome.Applied, result.Outcome);
        Assert.Equal(new QualifyingTotals(Yuan(900m), 1, Points.Zero), account.TotalsAt(Local(2026, 2, 10)));
        Assert.Equal(Silver, account.CurrentTier);
        var refund = account.Activities[^1];
        Assert.Equal((ActivityKind.Refund, Local(2026, 2, 1), Local(2026, 2, 10), Yuan(-300m), 0, (OrderId?)new OrderId("o-1")), (refund.Kind, refund.At, refund.CountsFrom, refund.Spend, refund.Orders, refund.Order));
    }

    [Fact]
    public void A_full_refund_removes_the_order_from_the_order_count()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 500m, Local(2026, 2, 2));

        account.Refund("r-1", "o-2", 500m, Local(2026, 2, 10));

        Assert.Equal(new QualifyingTotals(Yuan(1_200m), 1, Points.Zero), account.TotalsAt(Local(2026, 2, 10)));
    }

    [Fact]
    public void Partial_refunds_that_add_up_to_the_order_remove_it_from_the_order_count()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 500m, Local(2026, 2, 2));

        account.Refund("r-1", "o-2", 200m, Local(2026, 2, 10));
        Assert.Equal(2, account.TotalsAt(Local(2026, 2, 10)).Orders);
        account.Refund("r-2", "o-2", 300m, Local(2026, 2, 11));

        Assert.Equal(new QualifyingTotals(Yuan(1_200m), 1, Points.Zero), account.TotalsAt(Local(2026, 2, 11)));
    }

    [Fact]
    public void A_refund_takes_spend_back_from_the_window_of_its_order()
    {
        var refunded = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 3, 1));
        var kept = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 3, 1));
        foreach (var account in new[] { refunded, kept })
        {
            account.Order("o-1", 800m, Local(2026, 11, 1));
            account.Order("o-2", 600m, Local(2026, 12, 20));
            Assert.Equal(Silver, account.CurrentTier);
        }

        refunded.Refund("r-1", "o-2", 600m, Local(2027, 1, 10));

        Assert.Equal(new QualifyingTotals(Yuan(0m), 0, Points.Zero), refunded.TotalsAt(Local(2027, 1, 10)));
        refunded.Evaluate(Local(2027, 1, 31));
        kept.Evaluate(Local(2027, 1, 31));
        Assert.Equal(Regular, refunded.CurrentTier);
        Assert.Equal(Silver, kept.CurrentTier);
    }

    [Fact]
    public void Without_refunds_undoing_upgrades_a_refund_waits_for_the_review()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var result = account.Refund("r-1", "o-1", 1_200m, Local(2026, 2, 10));

        Assert.Empty(result.Changes);
        Assert.Equal(Silver, account.CurrentTier);
        account.Evaluate(Local(2027, 1, 31));
        Assert.Equal(Regular, account.CurrentTier);
    }

    [Fact]
    public void With_refunds_undoing_upgrades_a_refund_undoes_the_upgrade_its_order_caused()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 1_800m, Local(2026, 2, 2));
        account.Order("o-3", 2_500m, Local(2026, 2, 3));
        Assert.Equal(Gold, account.CurrentTier);

        var result = account.Refund("r-1", "o-3", 1_000m, Local(2026, 2, 10));

        var change = Assert.Single(result.Changes);
        Assert.Equal((Gold, Silver, TierChangeReason.RefundUndidUpgrade, "r-1", Local(2026, 2, 10)), (change.From!.Value, change.To, change.Reason, change.Cause, change.At));
        Assert.Equal((Silver, Silver), (account.CurrentTier, account.EarnedTier));
    }

    [Fact]
    public void With_refunds_undoing_upgrades_a_member_who_still_qualifies_keeps_the_tier()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 1_800m, Local(2026, 2, 2));
        account.Order("o-3", 2_500m, Local(2026, 2, 3));
        account.Order("o-4", 900m, Local(2026, 2, 4));

        var result = account.Refund("r-1", "o-3", 400m, Local(2026, 2, 10));

        Assert.Empty(result.Changes);
        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void With_refunds_undoing_upgrades_a_refund_of_an_order_that_caused_no_upgrade_waits_for_the_review()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 1_800m, Local(2026, 2, 2));
        account.Order("o-3", 2_500m, Local(2026, 2, 3));

        var result = account.Refund("r-1", "o-2", 1_800m, Local(2026, 2, 10));

        Assert.Empty(result.Changes);
        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void With_refunds_undoing_upgrades_an_upgrade_made_during_an_assignment_goes_back_to_the_earned_tier()
    {
        // Counterexample: the undo restores the change's From, the assigned Silver, so Silver becomes earned and outlasts the assignment.
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true), Local(2026, 1, 5));
        account.Assign(TestKeys.Next(), Silver, Local(2026, 1, 6), Local(2026, 3, 1), "welcome offer");
        account.Order("o-1", 100m, Local(2026, 1, 20));
        account.Order("o-2", 100m, Local(2026, 1, 21));
        account.Order("o-3", 5_000m, Local(2026, 1, 22));
        Assert.Equal((Silver, Gold), (account.History[^1].From!.Value, account.History[^1].To));

        account.Refund("r-1", "o-3", 5_000m, Local(2026, 2, 1));
        account.Evaluate(Local(2026, 3, 2));

        Assert.Equal((Regular, Regular), (account.EarnedTier, account.CurrentTier));
    }

    [Fact]
    public void A_refund_of_an_order_never_recorded_is_ignored()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));

        var result = account.Refund("r-1", "o-404", 300m, Local(2026, 2, 10));

        Assert.Equal((MembershipOutcome.Ignored, Silver), (result.Outcome, result.Tier));
        Assert.Empty(result.Changes);
        Assert.Single(account.Activities);
        Assert.Equal(1, account.Version);
    }

    [Fact]
    public void A_refund_above_what_remains_of_the_order_throws_naming_the_amount()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Refund("r-1", "o-1", 1_000m, Local(2026, 2, 10));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => account.Refund("r-2", "o-1", 200.01m, Local(2026, 2, 11)));

        Assert.Equal("amount", error.ParamName);
        Assert.Equal(2, account.Activities.Count);
        Assert.Equal(MembershipOutcome.Applied, account.Refund("r-3", "o-1", 200m, Local(2026, 2, 12)).Outcome);
    }

    [Fact]
    public void Recording_a_refund_names_its_bad_arguments()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        var at = Local(2026, 2, 10);

        Assert.Equal("refund", Assert.Throws<ArgumentException>(() => account.RecordRefund(default, new OrderId("o-1"), Yuan(5m), at)).ParamName);
        Assert.Equal("amount", Assert.ThrowsAny<ArgumentException>(() => account.RecordRefund(new RefundId("r-1"), new OrderId("o-1"), Yuan(0m), at)).ParamName);
        Assert.Equal("amount", Assert.ThrowsAny<ArgumentException>(() => account.RecordRefund(new RefundId("r-1"), new OrderId("o-1"), Money.Of(5m, Currency.USD), at)).ParamName);
        Assert.Single(account.Activities);
    }

    [Fact]
    public void Recording_a_refund_again_at_the_same_instant_is_a_replay()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Refund("r-1", "o-1", 1_200m, Local(2026, 2, 10));

        var replay = account.Refund("r-1", "o-1", 1_200m, Local(2026, 2, 10));

        Assert.Equal(MembershipOutcome.Replayed, replay.Outcome);
        Assert.Equal(2, account.Version);
        var otherAmount = Assert.Throws<IdempotencyKeyReusedException>(() => account.Refund("r-1", "o-1", 1_000m, Local(2026, 2, 10)));
        Assert.Contains("CNY 1200.00", otherAmount.FirstCommand, StringComparison.Ordinal);
        Assert.Contains("CNY 1000.00", otherAmount.NewCommand, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refund_delivered_again_later_is_a_replay()
    {
        // Counterexample: the refund's instant is one of the figures compared, so a redelivery at another instant throws.
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Refund("r-1", "o-1", 300m, Local(2026, 2, 10));

        var replay = account.Refund("r-1", "o-1", 300m, Local(2026, 2, 10, 13));

        Assert.Equal(MembershipOutcome.Replayed, replay.Outcome);
        Assert.Equal(2, account.Version);
    }

    [Fact]
    public void A_partial_refund_replayed_after_a_later_refund_of_the_same_order_is_a_replay()
    {
        // Counterexample: on the replay "what remains" excludes only this refund, so 60 now equals the remainder and the order count differs.
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Order("o-1", 100m, Local(2026, 2, 1));
        account.Refund("r-1", "o-1", 60m, Local(2026, 2, 10));
        account.Refund("r-2", "o-1", 40m, Local(2026, 2, 11));

        var replay = account.Refund("r-1", "o-1", 60m, Local(2026, 2, 10));

        Assert.Equal(MembershipOutcome.Replayed, replay.Outcome);
        Assert.Equal(new QualifyingTotals(Yuan(0m), 0, Points.Zero), account.TotalsAt(Local(2026, 2, 12)));
    }

    [Fact]
    public void Pending_points_count_only_from_their_confirmation()
    {
        var account = Join(PointsLadder(QualificationWindow.Last12Months), Local(2026, 1, 5));

        var earned = account.Earn("o-1:earn", 600, Local(2026, 2, 1), Local(2026, 2, 15));

        Assert.Empty(earned.Changes);
        Assert.Equal(Points.Zero, account.TotalsAt(Local(2026, 2, 14, 23)).Points);
        Assert.Empty(account.Evaluate(Local(2026, 2, 14, 23)).Changes);
        Assert.Equal(Regular, account.CurrentTier);
        Assert.Equal(Points.Of(600), account.TotalsAt(Local(2026, 2, 15)).Points);
        var confirmed = account.Evaluate(Local(2026, 2, 15));
        var change = Assert.Single(confirmed.Changes);
        Assert.Equal((Regular, Silver, TierChangeReason.Qualified, Local(2026, 2, 15)), (change.From!.Value, change.To, change.Reason, change.At));
    }

    [Fact]
    public void Points_confirmed_at_once_upgrade_at_once_and_a_clawback_takes_them_back()
    {
        var account = Join(PointsLadder(QualificationWindow.Last12Months), Local(2026, 1, 5));

        var earned = account.Earn("o-1:earn", 600, Local(2026, 2, 1), Local(2026, 2, 1));
        account.Earn("r-1:clawback", -200, Local(2026, 2, 3), Local(2026, 2, 3));

        Assert.Equal(Silver, Assert.Single(earned.Changes).To);
        Assert.Equal(Points.Of(400), account.TotalsAt(Local(2026, 2, 3)).Points);
        Assert.Equal(Silver, account.CurrentTier);
    }

    [Fact]
    public void Points_count_in_the_window_they_were_earned_in()
    {
        var withPending = Join(PointsLadder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        var without = Join(PointsLadder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        foreach (var account in new[] { withPending, without })
        {
            account.Earn("o-1:earn", 600, Local(2026, 12, 20), Local(2026, 12, 20));
            account.Earn("r-1:clawback", -200, Local(2026, 12, 22), Local(2026, 12, 22));
            Assert.Equal(Silver, account.CurrentTier);
        }

        withPending.Earn("o-2:earn", 300, Local(2026, 12, 28), Local(2027, 1, 4));

        Assert.Equal(Points.Zero, withPending.TotalsAt(Local(2027, 1, 5)).Points);
        withPending.Evaluate(Local(2027, 1, 31));
        without.Evaluate(Local(2027, 1, 31));
        Assert.Equal(Silver, withPending.CurrentTier);
        Assert.Equal(Regular, without.CurrentTier);
    }

    [Fact]
    public void Recording_points_names_its_bad_arguments()
    {
        var account = Join(PointsLadder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        var at = Local(2026, 2, 1);

        Assert.Equal("key", Assert.Throws<ArgumentException>(() => account.RecordPoints(default, Points.Of(5), at, at)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => account.RecordPoints(new IdempotencyKey("k"), Points.Zero, at, at)).ParamName);
        Assert.Equal("confirmedAt", Assert.Throws<ArgumentOutOfRangeException>(() => account.RecordPoints(new IdempotencyKey("k"), Points.Of(5), at, at - Duration.FromSeconds(1))).ParamName);
        Assert.Empty(account.Activities);
    }

    [Fact]
    public void Progress_names_missing_points_and_never_a_negative_shortfall()
    {
        var account = Join(PointsLadder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Earn("k-1", 700, Local(2026, 2, 1), Local(2026, 2, 1));

        var progress = account.ProgressAt(Local(2026, 2, 1));

        Assert.Equal((Silver, (TierId?)Gold), (progress.Current, progress.Next));
        Assert.Equal((Points.Of(1_300), 3L, true), (progress.MissingPoints!.Value, progress.MissingOrders!.Value, progress.AnyOneSuffices));
        Assert.Null(progress.MissingSpend);
    }
}
