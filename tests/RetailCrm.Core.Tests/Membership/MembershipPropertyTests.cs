namespace RetailCrm.Tests.Membership;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;
using RetailCrm.Testing;

/// <summary>Invariants of the membership account over generated ladders and generated activity.</summary>
[Properties(Arbitrary = [typeof(MembershipArbitraries)], MaxTest = 150)]
public sealed class MembershipPropertyTests
{
    [Property]
    public void The_tier_is_always_one_the_ladder_defines_and_the_higher_of_earned_and_assigned(MembershipScenario scenario)
    {
        var ladder = scenario.Ladder;
        var account = scenario.Open();
        foreach (var step in scenario.Steps)
        {
            var result = step.ApplyTo(account);

            Assert.True(ladder.Defines(account.CurrentTier) && ladder.Defines(account.EarnedTier), $"{account.CurrentTier} / {account.EarnedTier}");
            var assigned = account.Assignment is { } a ? ladder.RankOf(a.Tier) : 0;
            Assert.Equal(Math.Max(ladder.RankOf(account.EarnedTier), assigned), ladder.RankOf(account.CurrentTier));
            Assert.Equal(account.CurrentTier, result?.Tier ?? account.CurrentTier);
        }
    }

    [Property]
    public void Evaluating_twice_at_the_same_instant_changes_nothing(MembershipScenario scenario)
    {
        var account = scenario.Open();
        foreach (var step in scenario.Steps)
        {
            step.ApplyTo(account);
            account.Evaluate(step.At);
            var before = account.ToSnapshot();

            var again = account.Evaluate(step.At);

            Assert.Empty(again.Changes);
            Assert.Equal(before.Version, account.Version);
            AssertSame(before, account.ToSnapshot());
        }
    }

    [Property(MaxTest = 400)]
    public Property A_member_with_more_orders_never_earns_a_lower_tier_before_the_first_review() =>
        Prop.ForAll(Arb.From(OrderSubsets(), ShrinkOrderSubset), pair =>
        {
            var (scenario, kept) = pair;
            var ladder = scenario.Ladder;
            var more = scenario.Open();
            var less = scenario.Open();
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                scenario.Steps[i].ApplyTo(more);
                if (kept[i])
                {
                    scenario.Steps[i].ApplyTo(less);
                }

                Assert.True(
                    ladder.RankOf(more.EarnedTier) >= ladder.RankOf(less.EarnedTier),
                    $"after {scenario.Steps[i]}: {more.EarnedTier} with every order, {less.EarnedTier} with some");
            }
        });

    [Property]
    public void No_downgrade_by_review_takes_effect_before_a_review_date_plus_the_grace_period(MembershipScenario scenario)
    {
        var account = RunAndWait(scenario);
        var ladder = scenario.Ladder;
        var effective = ReviewDates(ladder, account.JoinedOn)
            .Select(r => r.Plus(ladder.GracePeriod).AtStartOfDayInZone(ladder.Zone).ToInstant())
            .ToHashSet();
        var earliest = effective.Min();

        for (var i = 1; i < account.History.Count; i++)
        {
            var change = account.History[i];
            if (change.Reason != TierChangeReason.Review)
            {
                continue;
            }

            Assert.True(change.At >= earliest, $"review change at {change.At}, before the first review could take effect at {earliest}");
            Assert.True(
                effective.Contains(change.At) || (change.At == account.History[i - 1].At && effective.Any(e => e <= change.At)),
                $"review change at {change.At} is not at the end of a grace period");
        }
    }

    [Property]
    public void Every_downgrade_by_review_is_at_most_the_ladders_steps_down(MembershipScenario scenario)
    {
        var account = RunAndWait(scenario);
        var ladder = scenario.Ladder;

        foreach (var change in account.History.Where(c => c.Reason == TierChangeReason.Review))
        {
            var steps = ladder.RankOf(change.From!.Value) - ladder.RankOf(change.To);
            Assert.InRange(steps, 1, ladder.MaxStepsDown);
        }
    }

    [Property]
    public void The_history_replays_to_the_current_tier(MembershipScenario scenario)
    {
        var account = RunAndWait(scenario);
        var history = account.History;

        Assert.Equal((null, TierChangeReason.Joined, account.JoinedAt), (history[0].From, history[0].Reason, history[0].At));
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1].To, history[i].From);
            Assert.NotEqual(history[i].From, history[i].To);
            Assert.True(history[i].At >= history[i - 1].At, $"change {i} at {history[i].At} is before the one before it");
        }

        Assert.Equal(account.CurrentTier, history[^1].To);
        Assert.Equal(account.TierSince, history[^1].At);
        Assert.Equal(history.Skip(1), account.Events.Select(e => e.Change));
        Assert.All(account.Events, e => Assert.Equal(scenario.Ladder.RankOf(e.Change.To) > scenario.Ladder.RankOf(e.Change.From!.Value), e.IsUpgrade));
    }

    [Property]
    public void Every_state_survives_a_snapshot_round_trip_and_goes_on_alike(MembershipScenario scenario)
    {
        var half = scenario.Steps.Count / 2;
        var account = scenario.Open();
        foreach (var step in scenario.Steps.Take(half))
        {
            step.ApplyTo(account);
        }

        var rebuilt = MembershipAccount.FromSnapshot(account.ToSnapshot(), scenario.Ladder);
        AssertSame(account.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Empty(rebuilt.Events);

        foreach (var step in scenario.Steps.Skip(half))
        {
            var expected = step.ApplyTo(account);
            var actual = step.ApplyTo(rebuilt);
            Assert.Equal((expected?.Outcome, expected?.Tier), (actual?.Outcome, actual?.Tier));
            Assert.Equal(expected?.Changes ?? [], actual?.Changes ?? []);
        }

        AssertSame(account.ToSnapshot(), rebuilt.ToSnapshot());
    }

    [Property]
    public void Spending_points_never_changes_the_tier_or_what_counts(MembershipScenario scenario)
    {
        var account = scenario.Open();
        foreach (var step in scenario.Steps)
        {
            var before = (account.CurrentTier, account.EarnedTier, account.Version, account.TotalsAt(step.At), account.ProgressAt(step.At));
            step.ApplyTo(account);
            if (step.Kind == MembershipStepKind.SpendPoints)
            {
                Assert.Equal(before, (account.CurrentTier, account.EarnedTier, account.Version, account.TotalsAt(step.At), account.ProgressAt(step.At)));
            }
        }

        var withoutSpending = (scenario with { Steps = [.. scenario.Steps.Where(s => s.Kind != MembershipStepKind.SpendPoints)] }).Run();
        AssertSame(withoutSpending.ToSnapshot(), account.ToSnapshot());
    }

    [Property]
    public void The_totals_are_the_orders_refunds_and_confirmed_points_of_the_window(MembershipScenario scenario)
    {
        var ladder = scenario.Ladder;
        var account = scenario.Open();
        var recorded = new List<(MembershipStep Step, Instant CountsAt, Instant CountsFrom, long Orders)>();
        var paid = new Dictionary<string, (Instant At, Money Remaining)>(StringComparer.Ordinal);
        foreach (var step in scenario.Steps)
        {
            var result = step.ApplyTo(account);
            if (result is { Outcome: MembershipOutcome.Applied })
            {
                switch (step.Kind)
                {
                    case MembershipStepKind.Order:
                        paid[step.Reference] = (step.At, step.Amount!.Value);
                        recorded.Add((step, step.At, step.At, 1));
                        break;
                    case MembershipStepKind.Refund:
                        var (orderAt, remaining) = paid[step.RefundedOrder!];
                        paid[step.RefundedOrder!] = (orderAt, remaining - step.Amount!.Value);
                        recorded.Add((step, orderAt, step.At, remaining == step.Amount!.Value ? -1 : 0));
                        break;
                    case MembershipStepKind.Points:
                        recorded.Add((step, step.At, step.ConfirmedAt ?? step.At, 0));
                        break;
                }
            }

            var at = step.At;
            var start = ladder.Window.StartFor(at.InZone(ladder.Zone).Date, account.JoinedOn).AtStartOfDayInZone(ladder.Zone).ToInstant();
            var inWindow = recorded.Where(r => r.CountsAt >= start && r.CountsAt <= at && r.CountsFrom <= at).ToArray();
            var expected = new QualifyingTotals(
                Money.Of(inWindow.Sum(r => r.Step.Kind switch { MembershipStepKind.Order => r.Step.Amount!.Value.Amount, MembershipStepKind.Refund => -r.Step.Amount!.Value.Amount, _ => 0m }), Currency.CNY),
                inWindow.Sum(r => r.Orders),
                Points.Of(inWindow.Where(r => r.Step.Kind == MembershipStepKind.Points).Sum(r => r.Step.Points.Value)));
            Assert.Equal(expected, account.TotalsAt(at));
        }
    }

    [Property]
    public void Replaying_any_recorded_order_refund_or_points_later_changes_nothing(MembershipScenario scenario)
    {
        var account = scenario.Open();
        var applied = new List<MembershipStep>();
        foreach (var step in scenario.Steps)
        {
            var result = step.ApplyTo(account);
            if (result is { Outcome: MembershipOutcome.Applied } && step.Kind is MembershipStepKind.Order or MembershipStepKind.Refund or MembershipStepKind.Points)
            {
                applied.Add(step);
            }
        }

        var later = (scenario.Steps.Count == 0 ? scenario.JoinedAt : scenario.Steps.Max(s => s.At)) + Duration.FromDays(1);
        var snapshot = account.ToSnapshot();
        foreach (var step in applied)
        {
            // A refund carries the instant it is received; orders and points carry their own instants.
            var replay = step.Kind == MembershipStepKind.Refund ? step with { At = later } : step;

            var result = replay.ApplyTo(account)!;

            Assert.True(result.Outcome == MembershipOutcome.Replayed, $"{replay}: {result.Outcome}");
            Assert.Empty(result.Changes);
        }

        AssertSame(snapshot, account.ToSnapshot());
    }

    [Property]
    public void Retrying_every_assignment_returns_its_first_outcome_and_ends_as_without_the_retries(MembershipScenario scenario)
    {
        var reference = scenario.Open();
        foreach (var step in scenario.Steps)
        {
            step.ApplyTo(reference);
        }

        var retried = scenario.Open();
        var later = (scenario.Steps.Count == 0 ? scenario.JoinedAt : scenario.Steps.Max(s => s.At)) + Duration.FromDays(1);
        var firsts = new List<(MembershipStep Step, MembershipResult Result)>();
        foreach (var step in scenario.Steps)
        {
            var result = step.ApplyTo(retried);
            if (step.Kind == MembershipStepKind.Assign)
            {
                firsts.Add((step, result!));
                var retry = step.ApplyTo(retried)!;
                Assert.Equal((MembershipOutcome.Replayed, result!.Tier), (retry.Outcome, retry.Tier));
                Assert.Equal(result.Changes, retry.Changes);
            }
        }

        foreach (var (step, first) in firsts)
        {
            // Much later, after other commands: still the first outcome.
            var retry = (step with { At = later }).ApplyTo(retried)!;
            Assert.Equal((MembershipOutcome.Replayed, first.Tier), (retry.Outcome, retry.Tier));
            Assert.Equal(first.Changes, retry.Changes);
        }

        AssertSame(reference.ToSnapshot(), retried.ToSnapshot());
        Assert.Equal(reference.Assignments.Select(a => (a.Key, a.Tier, a.Until, a.Reason, a.TierAfter)), retried.Assignments.Select(a => (a.Key, a.Tier, a.Until, a.Reason, a.TierAfter)));
    }

    [Property]
    public void Once_qualified_for_a_lifetime_tier_a_member_never_goes_below_it(MembershipScenario scenario)
    {
        var ladder = scenario.Ladder;
        if (ladder.RefundsUndoUpgrades || !ladder.Tiers.Any(t => t.Lifetime))
        {
            return;
        }

        var account = scenario.Open();
        var floor = 0;
        foreach (var step in scenario.Steps)
        {
            var result = step.ApplyTo(account);
            if (result is { Outcome: MembershipOutcome.Applied } && step.Kind != MembershipStepKind.SpendPoints)
            {
                var qualified = ladder.QualifiedRank(account.TotalsAt(step.At));
                floor = Math.Max(floor, Enumerable.Range(0, qualified + 1).LastOrDefault(rank => ladder.Tiers[rank].Lifetime));
            }

            Assert.True(ladder.RankOf(account.EarnedTier) >= floor, $"after {step}: earned {account.EarnedTier}, below the lifetime {ladder.Tiers[floor].Id} qualified for");
        }

        account.Evaluate(Later(scenario));
        Assert.True(ladder.RankOf(account.EarnedTier) >= floor, $"three years on: earned {account.EarnedTier}, below the lifetime {ladder.Tiers[floor].Id} qualified for");
    }

    /// <summary>Three years after the scenario's last step: every review due by then is held.</summary>
    private static Instant Later(MembershipScenario scenario) =>
        (scenario.Steps.Count == 0 ? scenario.JoinedAt : scenario.Steps.Max(s => s.At)) + Duration.FromDays(3 * 366);

    private static MembershipAccount RunAndWait(MembershipScenario scenario)
    {
        var account = scenario.Run();
        account.Evaluate(Later(scenario));
        return account;
    }

    private static IEnumerable<LocalDate> ReviewDates(TierLadder ladder, LocalDate joined)
    {
        var review = ladder.Window.NextReviewAfter(joined, joined);
        for (var i = 0; i < 40; i++)
        {
            yield return review;
            var next = ladder.Window.NextReviewAfter(review, joined);
            Assert.True(next > review, $"the review after {review} is {next}");
            review = next;
        }
    }

    /// <summary>Orders only, all before the first review date, and which of them the member with less activity has.</summary>
    private static Gen<(MembershipScenario Scenario, bool[] Kept)> OrderSubsets() =>
        from ladder in MembershipArbitraries.LadderGen()
        from joinHours in Gen.Choose(0, 364 * 24)
        from count in Gen.Choose(1, 25)
        from amounts in Gen.ArrayOf(Gen.Choose(5_000, 300_000), count)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 24 * 25), count)
        from kept in Gen.ArrayOf(Gen.Elements(true, false), count)
        select Orders(ladder, Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromHours(joinHours), amounts, gaps, kept);

    private static IEnumerable<(MembershipScenario Scenario, bool[] Kept)> ShrinkOrderSubset((MembershipScenario Scenario, bool[] Kept) pair)
    {
        var (scenario, kept) = pair;
        for (var i = scenario.Steps.Count - 1; i >= 0; i--)
        {
            yield return (scenario with { Steps = [.. scenario.Steps.Take(i), .. scenario.Steps.Skip(i + 1)] }, [.. kept.Take(i), .. kept.Skip(i + 1)]);
        }
    }

    private static (MembershipScenario Scenario, bool[] Kept) Orders(TierLadder ladder, Instant joinedAt, int[] amounts, int[] gaps, bool[] kept)
    {
        var joined = joinedAt.InZone(ladder.Zone).Date;
        var firstReview = ladder.Window.NextReviewAfter(joined, joined).AtStartOfDayInZone(ladder.Zone).ToInstant();
        var steps = new List<MembershipStep>();
        var at = joinedAt;
        for (var i = 0; i < amounts.Length; i++)
        {
            at += Duration.FromHours(gaps[i]);
            if (at >= firstReview)
            {
                break;
            }

            steps.Add(new MembershipStep(MembershipStepKind.Order, at) { Reference = $"o{i}", Amount = Money.FromMinorUnits(amounts[i], Currency.CNY) });
        }

        return (new MembershipScenario(ladder, joinedAt, steps), kept[..steps.Count]);
    }

    private static void AssertSame(MembershipSnapshot expected, MembershipSnapshot actual)
    {
        Assert.Equal(
            (expected.Customer, expected.JoinedAt, expected.EarnedTier, expected.CurrentTier, expected.TierSince, expected.NextReview, expected.Assignment, expected.Version),
            (actual.Customer, actual.JoinedAt, actual.EarnedTier, actual.CurrentTier, actual.TierSince, actual.NextReview, actual.Assignment, actual.Version));
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Activities, actual.Activities);
    }
}
