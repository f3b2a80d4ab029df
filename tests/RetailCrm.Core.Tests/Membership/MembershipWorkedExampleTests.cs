namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

/// <summary>Worked examples of each qualification window and of the downgrade rules, on dated figures.</summary>
public sealed class MembershipWorkedExampleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Rolling_window_an_order_paid_a_year_and_a_day_ago_no_longer_counts()
    {
        var ladder = Ladder(QualificationWindow.Last12Months);
        var inTime = Join(ladder, Local(2026, 1, 5));
        inTime.Order("o-1", 800m, Local(2026, 2, 1));
        var late = Join(ladder, Local(2026, 1, 5));
        late.Order("o-1", 800m, Local(2026, 2, 1));

        inTime.Order("o-2", 300m, Local(2027, 1, 31));
        late.Order("o-2", 300m, Local(2027, 2, 1));

        Assert.Equal(Yuan(1_100m), inTime.TotalsAt(Local(2027, 1, 31)).Spend);
        Assert.Equal(Silver, inTime.CurrentTier);
        Assert.Equal(new QualifyingTotals(Yuan(300m), 1, Points.Zero), late.TotalsAt(Local(2027, 2, 1)));
        Assert.Equal(Regular, late.CurrentTier);
    }

    [Fact]
    public void Rolling_window_the_anniversary_review_judges_the_year_that_ended_then_the_next_year()
    {
        var account = Join(Ladder(QualificationWindow.Last12Months), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        Assert.Equal(Silver, account.CurrentTier);
        Assert.Equal(Date(2027, 1, 5), account.NextReview);

        // On 2027-02-04 (review 2027-01-05 + 30 days) the last 12 months no longer hold o-1, but the year that ended at the review does.
        account.Evaluate(Local(2027, 2, 4));
        Assert.Equal(Money.Zero(Currency.CNY), account.TotalsAt(Local(2027, 2, 4)).Spend);
        Assert.Equal(Silver, account.CurrentTier);
        Assert.Equal(Date(2028, 1, 5), account.NextReview);

        account.Evaluate(Local(2028, 2, 3, 23));
        Assert.Equal(Silver, account.CurrentTier);
        var result = account.Evaluate(Local(2028, 2, 4, 0));

        Assert.Equal(Regular, account.CurrentTier);
        var change = Assert.Single(result.Changes);
        Assert.Equal((Silver, Regular, TierChangeReason.Review, Local(2028, 2, 4, 0)), (change.From!.Value, change.To, change.Reason, change.At));
        Assert.False(Assert.Single(account.Events, e => e.Change == change).IsUpgrade);
        Assert.Equal(Date(2029, 1, 5), account.NextReview);
    }

    [Fact]
    public void Calendar_year_the_review_on_1_January_takes_effect_after_the_grace_period()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear), Local(2026, 3, 10));
        account.Order("o-1", 3_000m, Local(2026, 4, 1));
        account.Order("o-2", 1_500m, Local(2026, 6, 1));
        account.Order("o-3", 1_000m, Local(2026, 11, 1));
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(Date(2027, 1, 1), account.NextReview);

        account.Evaluate(Local(2027, 2, 1));
        Assert.Equal(Gold, account.CurrentTier);
        account.Order("o-4", 1_200m, Local(2027, 3, 1));
        account.Evaluate(Local(2028, 1, 30, 23));
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(Date(2028, 1, 1), account.NextReview);

        account.Evaluate(Local(2028, 3, 15));

        Assert.Equal(Silver, account.CurrentTier);
        Assert.Equal(Local(2028, 1, 31, 0), account.TierSince);
        Assert.Equal(Date(2029, 1, 1), account.NextReview);
        Assert.Equal(Date(2028, 12, 31), account.ProgressAt(Local(2028, 3, 15)).WindowEnds);
    }

    [Fact]
    public void Membership_year_the_window_restarts_and_the_review_falls_on_the_anniversary()
    {
        var account = Join(Ladder(QualificationWindow.MembershipYear), Local(2026, 4, 15, 9));
        account.Order("o-1", 2_500m, Local(2026, 5, 1));
        account.Order("o-2", 1_500m, Local(2026, 11, 1));
        account.Order("o-3", 1_000m, Local(2027, 4, 14));
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(Date(2027, 4, 15), account.NextReview);

        Assert.Equal(new QualifyingTotals(Yuan(5_000m), 3, Points.Zero), account.TotalsAt(Local(2027, 4, 14, 23)));
        Assert.Equal(new QualifyingTotals(Yuan(0m), 0, Points.Zero), account.TotalsAt(Local(2027, 4, 15, 0)));

        account.Evaluate(Local(2027, 5, 15));
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(Date(2028, 4, 15), account.NextReview);

        account.Evaluate(Local(2028, 5, 14, 23));
        Assert.Equal(Gold, account.CurrentTier);
        account.Evaluate(Local(2028, 5, 15, 0));
        Assert.Equal(Silver, account.CurrentTier);
        Assert.Equal(Local(2028, 5, 15, 0), account.TierSince);
        Assert.Equal(Date(2029, 4, 15), account.NextReview);
    }

    [Fact]
    public void Membership_year_a_member_who_joined_on_29_February_is_reviewed_on_28_February_and_on_29_February_in_leap_years()
    {
        var account = Join(Ladder(QualificationWindow.MembershipYear), Local(2024, 2, 29));
        account.Order("o-1", 3_000m, Local(2024, 3, 1));
        account.Order("o-2", 1_500m, Local(2024, 6, 1));
        account.Order("o-3", 1_000m, Local(2024, 9, 1));
        Assert.Equal(Date(2025, 2, 28), account.NextReview);

        account.Evaluate(Local(2025, 3, 30));
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal(Date(2026, 2, 28), account.NextReview);
        account.Evaluate(Local(2027, 12, 1));
        Assert.Equal(Regular, account.CurrentTier);
        Assert.Equal(
            [TierChangeReason.Joined, TierChangeReason.Qualified, TierChangeReason.Qualified, TierChangeReason.Review, TierChangeReason.Review],
            account.History.Select(c => c.Reason));
        Assert.Equal(Local(2026, 3, 30, 0), account.History[3].At);

        Assert.Equal(Date(2028, 2, 29), account.NextReview);
    }

    [Fact]
    public async Task Membership_year_evaluating_a_member_who_joined_on_29_February_in_a_later_leap_year_finishes()
    {
        var account = Join(Ladder(QualificationWindow.MembershipYear, grace: Period.Zero), Local(2024, 2, 29));

        var evaluation = Task.Run(() => account.Evaluate(Local(2028, 3, 1)), Token);
        var finished = await Task.WhenAny(evaluation, Task.Delay(TimeSpan.FromSeconds(2), Token)) == evaluation;

        Assert.True(finished, "Evaluate on 2028-03-01 of a member who joined on 2024-02-29 did not return within 2 seconds.");
        Assert.Equal(Date(2029, 2, 28), account.NextReview);
    }

    [Fact]
    public void Qualifying_again_during_the_grace_period_prevents_the_downgrade()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear));
        account.Evaluate(Local(2027, 12, 31));

        account.Order("o-4", 3_000m, Local(2028, 1, 10));
        account.Order("o-5", 1_500m, Local(2028, 1, 12));
        account.Order("o-6", 600m, Local(2028, 1, 20));
        var result = account.Evaluate(Local(2028, 1, 31, 9));

        Assert.Empty(result.Changes);
        Assert.Equal(Gold, account.CurrentTier);
        Assert.DoesNotContain(account.History, c => c.Reason == TierChangeReason.Review);
        Assert.Equal(Date(2029, 1, 1), account.NextReview);
    }

    [Fact]
    public void Qualifying_for_a_lower_tier_during_the_grace_period_limits_how_far_a_member_goes_down()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear, maxStepsDown: 2);
        var requalified = GoldIn2026(ladder);
        var idle = GoldIn2026(ladder);

        requalified.Order("o-4", 1_000m, Local(2028, 1, 20));
        requalified.Evaluate(Local(2028, 1, 31));
        idle.Evaluate(Local(2028, 1, 31));

        Assert.Equal(Silver, requalified.CurrentTier);
        Assert.Equal(Regular, idle.CurrentTier);
        Assert.Equal((Gold, Regular), (idle.History[^1].From!.Value, idle.History[^1].To));
    }

    [Fact]
    public void With_two_steps_per_review_a_platinum_member_goes_to_silver_then_to_regular()
    {
        var twoSteps = PlatinumIn2026(FourTiers(QualificationWindow.CalendarYear, maxStepsDown: 2));
        var oneStep = PlatinumIn2026(FourTiers(QualificationWindow.CalendarYear, maxStepsDown: 1));
        Assert.Equal(Platinum, twoSteps.CurrentTier);

        twoSteps.Evaluate(Local(2028, 1, 31));
        oneStep.Evaluate(Local(2028, 1, 31));

        Assert.Equal(Silver, twoSteps.CurrentTier);
        Assert.Equal(Gold, oneStep.CurrentTier);
        twoSteps.Evaluate(Local(2029, 1, 31));
        Assert.Equal(Regular, twoSteps.CurrentTier);
        Assert.Equal(
            [(Platinum, Silver), (Silver, Regular)],
            twoSteps.History.Where(c => c.Reason == TierChangeReason.Review).Select(c => (c.From!.Value, c.To)));
    }

    [Fact]
    public void With_two_steps_per_review_the_year_that_ended_still_holds_a_member_up()
    {
        var account = PlatinumIn2026(FourTiers(QualificationWindow.CalendarYear, maxStepsDown: 2));
        account.Order("q-1", 2_000m, Local(2027, 3, 1));
        account.Order("q-2", 2_000m, Local(2027, 4, 1));
        account.Order("q-3", 1_000m, Local(2027, 5, 1));

        account.Evaluate(Local(2028, 1, 31));

        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void A_lifetime_tier_reached_by_qualification_is_kept_through_years_without_activity()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear, goldForLife: true));

        account.Evaluate(Local(2031, 6, 1));

        Assert.Equal(Gold, account.CurrentTier);
        Assert.DoesNotContain(account.History, c => c.Reason == TierChangeReason.Review);
        Assert.Equal(Date(2032, 1, 1), account.NextReview);
        Assert.True(account.ProgressAt(Local(2031, 6, 1)).KeepsCurrent);
    }

    [Fact]
    public void A_lifetime_tier_given_by_hand_is_not_kept_for_life()
    {
        var account = Join(Ladder(QualificationWindow.CalendarYear, goldForLife: true), Local(2026, 1, 5));
        account.Assign(TestKeys.Next(), Gold, Local(2026, 2, 1), Local(2026, 6, 1), "partner programme");
        account.Order("o-1", 1_500m, Local(2026, 3, 1));

        account.Evaluate(Local(2026, 6, 1));
        Assert.Equal(Silver, account.CurrentTier);
        account.Evaluate(Local(2028, 2, 1));

        Assert.Equal(Regular, account.CurrentTier);
    }

    [Fact]
    public void A_lifetime_tier_passed_on_the_way_to_a_higher_tier_is_kept_for_life()
    {
        // Counterexample: a single order lifts the member from Regular straight to Platinum, which meets Gold's thresholds too.
        var account = Join(FourTiers(QualificationWindow.CalendarYear, goldForLife: true), Local(2026, 1, 5));
        for (var i = 1; i <= 4; i++)
        {
            account.Order($"o-{i}", 100m, Local(2026, 2, i));
        }

        account.Order("o-5", 20_000m, Local(2026, 3, 1));
        Assert.Equal((Regular, Platinum), (account.History[^1].From!.Value, account.History[^1].To));

        account.Evaluate(Local(2030, 2, 1));

        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void A_lifetime_tier_qualified_for_while_a_higher_tier_was_assigned_is_kept_for_life()
    {
        // Counterexample: the upgrade to lifetime Gold happens while Platinum is assigned, so no Qualified change is written.
        var account = Join(FourTiers(QualificationWindow.CalendarYear, goldForLife: true), Local(2026, 1, 5));
        account.Assign(TestKeys.Next(), Platinum, Local(2026, 1, 10), Local(2026, 12, 1), "partner programme");
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        account.Order("o-3", 1_500m, Local(2026, 4, 1));
        Assert.Equal(Gold, account.EarnedTier);

        account.Evaluate(Local(2026, 12, 1));
        Assert.Equal(Gold, account.CurrentTier);
        account.Evaluate(Local(2029, 2, 1));

        Assert.Equal(Gold, account.CurrentTier);
    }

    [Fact]
    public void A_refund_that_undid_a_lifetime_upgrade_does_not_stop_later_reviews()
    {
        // Counterexample: the undone Qualified change to lifetime Gold stays in the history and acts as a floor above Silver.
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true, goldForLife: true), Local(2026, 1, 5));
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        account.Order("o-3", 1_500m, Local(2026, 4, 1));
        account.Refund("r-1", "o-3", 1_500m, Local(2026, 4, 5));
        Assert.Equal(Silver, account.CurrentTier);

        account.Evaluate(Local(2027, 2, 1));
        Assert.Equal(Silver, account.CurrentTier);
        account.Evaluate(Local(2028, 2, 1));

        Assert.Equal(Regular, account.CurrentTier);
    }

    [Fact]
    public void A_review_caught_up_late_is_dated_at_the_end_of_its_grace_period()
    {
        var account = GoldIn2026(Ladder(QualificationWindow.CalendarYear, grace: Period.FromDays(10)));

        var result = account.Evaluate(Local(2029, 7, 1));

        Assert.Equal(
            [(Gold, Silver, Local(2028, 1, 11, 0)), (Silver, Regular, Local(2029, 1, 11, 0))],
            result.Changes.Select(c => (c.From!.Value, c.To, c.At)));
        Assert.Equal(Local(2029, 1, 11, 0), account.TierSince);
        Assert.Equal(Date(2030, 1, 1), account.NextReview);
    }

    [Fact]
    public void A_review_caught_up_late_still_sees_that_the_member_qualified_again_during_the_grace_period()
    {
        // Counterexample: the review's "qualifies now" is taken at the evaluation instant, when the January 2028 orders have left the rolling window.
        var ladder = Ladder(QualificationWindow.Last12Months);
        var daily = GoldIn2026(ladder);
        var late = GoldIn2026(ladder);
        foreach (var account in new[] { daily, late })
        {
            account.Evaluate(Local(2027, 2, 4));
            account.Order("o-4", 3_000m, Local(2028, 1, 10));
            account.Order("o-5", 1_500m, Local(2028, 1, 12));
            account.Order("o-6", 600m, Local(2028, 1, 20));
        }

        daily.Evaluate(Local(2028, 2, 4));
        daily.Evaluate(Local(2029, 3, 1));
        late.Evaluate(Local(2029, 3, 1));

        Assert.Equal(Gold, daily.CurrentTier);
        Assert.Equal(Gold, late.CurrentTier);
        Assert.DoesNotContain(late.History, c => c.Reason == TierChangeReason.Review);
    }

    [Fact]
    public void A_review_that_falls_during_an_assignment_takes_effect_when_the_assignment_ends()
    {
        // Counterexample: evaluated once after both, the assignment is ended first and the review's change is dated at the end of its grace period, inside the assignment.
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var daily = GoldIn2026(ladder);
        var late = GoldIn2026(ladder);
        foreach (var account in new[] { daily, late })
        {
            account.Assign(TestKeys.Next(), Gold, Local(2027, 12, 1), Local(2028, 3, 1), "partner programme");
        }

        daily.Evaluate(Local(2028, 1, 31));
        daily.Evaluate(Local(2028, 3, 1));
        late.Evaluate(Local(2028, 4, 1));

        Assert.Equal((Gold, Silver, Local(2028, 3, 1)), (daily.History[^1].From!.Value, daily.History[^1].To, daily.History[^1].At));
        Assert.Equal((Gold, Silver, Local(2028, 3, 1)), (late.History[^1].From!.Value, late.History[^1].To, late.History[^1].At));
        Assert.Equal(daily.TierSince, late.TierSince);
    }

    [Fact]
    public void A_refund_of_an_old_order_does_not_undo_a_tier_that_a_later_year_earned_again()
    {
        // Counterexample: the undo compares with the current window only, which is empty early in 2028, though the 2028 review kept Silver on 2027's spend.
        var account = Join(Ladder(QualificationWindow.CalendarYear, refundsUndo: true), Local(2026, 1, 5));
        account.Order("o-1", 1_200m, Local(2026, 2, 1));
        account.Order("o-2", 1_500m, Local(2027, 3, 1));
        account.Evaluate(Local(2028, 1, 31));
        Assert.Equal(Silver, account.CurrentTier);

        var result = account.Refund("r-1", "o-1", 1_200m, Local(2028, 2, 10));

        Assert.Empty(result.Changes);
        Assert.Equal(Silver, account.CurrentTier);
    }

    private static MembershipAccount PlatinumIn2026(TierLadder ladder)
    {
        var account = Join(ladder, Local(2026, 1, 5));
        for (var i = 1; i <= 5; i++)
        {
            account.Order($"p-{i}", 4_000m, Local(2026, i + 1, 1));
        }

        return account;
    }
}
