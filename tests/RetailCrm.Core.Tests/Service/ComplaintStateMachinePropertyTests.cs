namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Segmentation;
using RetailCrm.Service;

/// <summary>The state machine over generated sequences of commands, against the documented table.</summary>
public sealed class ComplaintStateMachinePropertyTests
{
    private static readonly Gen<(ComplaintAction Action, int Minutes, Satisfaction Answer)[]> Commands =
        Gen.Elements(Enum.GetValues<ComplaintAction>())
            .Zip(Gen.Choose(0, 3_000))
            .Zip(Gen.Elements(Enum.GetValues<Satisfaction>()))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ArrayOf();

    private static readonly Gen<EmotionalIntensity> Intensities = Gen.Elements(Enum.GetValues<EmotionalIntensity>());

    [Fact]
    public void No_illegal_transition_is_ever_accepted_and_legal_ones_always_are()
    {
        Prop.ForAll(Commands.ToArbitrary(), Intensities.ToArbitrary(), (commands, intensity) =>
        {
            var complaint = Desk.Open(intensity);
            var at = complaint.OpenedAt;
            foreach (var (action, minutes, answer) in commands)
            {
                at += Duration.FromMinutes(minutes);
                var before = complaint.State;
                var version = complaint.Version;
                var levelBefore = complaint.Level;
                var result = Run(complaint, action, at, answer);
                var legal = ComplaintTransitions.IsAllowed(before, action) && !(action == ComplaintAction.Escalate && levelBefore == HandlingLevel.Manager);

                Assert.Equal(legal, result.Succeeded);
                if (legal)
                {
                    Assert.Equal(ComplaintTransitions.Target(action), complaint.State);
                    Assert.Equal(new ComplaintTransition(before, complaint.State, action, at, "agent"), complaint.History[^1]);
                    Assert.Equal(version + 1, complaint.Version);
                }
                else
                {
                    Assert.Equal(before == ComplaintState.Closed || !ComplaintTransitions.IsAllowed(before, action) ? ComplaintRejectionReason.IllegalTransition : ComplaintRejectionReason.AlreadyAtTopLevel, result.Reason);
                    Assert.Equal(before, complaint.State);

                    // Nothing moved but the key remembered with its rejection, so a retry returns it.
                    Assert.Equal(version + 1, complaint.Version);
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_history_is_in_time_order_and_replays_to_the_current_state()
    {
        Prop.ForAll(Commands.ToArbitrary(), Intensities.ToArbitrary(), (commands, intensity) =>
        {
            var complaint = Desk.Open(intensity);
            var at = complaint.OpenedAt;
            foreach (var (action, minutes, answer) in commands)
            {
                at += Duration.FromMinutes(minutes);
                Run(complaint, action, at, answer);
            }

            Assert.True(complaint.History.Zip(complaint.History.Skip(1)).All(p => p.First.At <= p.Second.At));
            Assert.True(complaint.History.Zip(complaint.History.Skip(1)).All(p => p.Second.From == p.First.To));
            Assert.Equal(complaint.History[^1].To, complaint.State);
            var replayed = Complaint.FromSnapshot(complaint.ToSnapshot(), Desk.Policy);
            Assert.Equal(
                (complaint.State, complaint.Level, complaint.RespondedAt, complaint.ResolvedAt, complaint.ReopenCount, complaint.FollowUpDueAt, complaint.FollowUpAnswer, complaint.Version),
                (replayed.State, replayed.Level, replayed.RespondedAt, replayed.ResolvedAt, replayed.ReopenCount, replayed.FollowUpDueAt, replayed.FollowUpAnswer, replayed.Version));
            Assert.Equal(complaint.History, replayed.History);
            Assert.Equal(complaint.CurrentDeadlines, replayed.CurrentDeadlines);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_transition_dated_before_the_last_is_a_bad_argument_that_changes_nothing()
    {
        var complaint = Desk.Open();
        complaint.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(1));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday));

        Assert.Equal("at", error.ParamName);
        Assert.Equal(ComplaintState.Acknowledged, complaint.State);
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void A_snapshot_with_an_illegal_transition_is_refused()
    {
        var complaint = Desk.Open();
        var snapshot = complaint.ToSnapshot();
        var forged = snapshot with { History = [.. snapshot.History, new ComplaintTransition(ComplaintState.Opened, ComplaintState.Closed, ComplaintAction.Close, Desk.Monday, "agent")] };

        Assert.Throws<ArgumentException>(() => Complaint.FromSnapshot(forged, Desk.Policy));
    }

    [Fact]
    public void The_table_allows_what_the_documentation_says()
    {
        Assert.Equal([ComplaintAction.Acknowledge, ComplaintAction.Escalate, ComplaintAction.Resolve], ComplaintTransitions.AllowedIn(ComplaintState.Opened));
        Assert.Equal([ComplaintAction.Escalate, ComplaintAction.Resolve], ComplaintTransitions.AllowedIn(ComplaintState.Acknowledged));
        Assert.Equal([ComplaintAction.Acknowledge, ComplaintAction.Escalate, ComplaintAction.Resolve], ComplaintTransitions.AllowedIn(ComplaintState.Escalated));
        Assert.Equal([ComplaintAction.FollowUp, ComplaintAction.Close, ComplaintAction.Reopen], ComplaintTransitions.AllowedIn(ComplaintState.Resolved));
        Assert.Equal([ComplaintAction.Close, ComplaintAction.Reopen], ComplaintTransitions.AllowedIn(ComplaintState.FollowedUp));
        Assert.Equal([ComplaintAction.Reopen], ComplaintTransitions.AllowedIn(ComplaintState.Closed));
        Assert.Equal([ComplaintAction.Acknowledge, ComplaintAction.Escalate, ComplaintAction.Resolve], ComplaintTransitions.AllowedIn(ComplaintState.Reopened));
    }

    private static ComplaintResult Run(Complaint complaint, ComplaintAction action, Instant at, Satisfaction answer) =>
        action == ComplaintAction.FollowUp ? complaint.FollowUp(TestKeys.Next(), "agent", at, answer) : complaint.Apply(action, TestKeys.Next(), "agent", at);
}
