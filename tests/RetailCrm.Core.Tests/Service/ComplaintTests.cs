namespace RetailCrm.Tests.Service;

using NodaTime;
using RetailCrm.Segmentation;
using RetailCrm.Service;

public sealed class ComplaintTests
{
    [Fact]
    public void The_answer_is_overdue_when_not_acknowledged_by_the_response_deadline()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry); // senior agent: 8 h to answer, 48 h to solve
        var due = complaint.Deadlines.ResponseDue;

        Assert.False(complaint.IsResponseOverdueAt(due));
        Assert.True(complaint.IsResponseOverdueAt(due + Duration.FromMinutes(1)));
        Assert.False(complaint.IsResolutionOverdueAt(due + Duration.FromMinutes(1)));

        complaint.Acknowledge(TestKeys.Next(), "agent", due + Duration.FromHours(1));

        Assert.False(complaint.IsResponseOverdueAt(due + Duration.FromHours(2)));
        Assert.True(complaint.IsResponseOverdueAt(due + Duration.FromMinutes(30)), "asked before the late answer, it was overdue");
    }

    [Fact]
    public void The_solution_is_overdue_when_not_resolved_by_the_resolution_deadline()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry);
        complaint.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(1));
        var due = complaint.Deadlines.ResolutionDue;

        Assert.Equal(Desk.Monday + Duration.FromHours(48), due);
        Assert.True(complaint.IsOverdueAt(due + Duration.FromSeconds(1)));
        complaint.Resolve(TestKeys.Next(), "agent", due + Duration.FromHours(3));
        Assert.False(complaint.IsOverdueAt(due + Duration.FromHours(4)));
    }

    [Fact]
    public void A_follow_up_is_due_three_days_after_resolution_and_records_the_answer()
    {
        var complaint = Desk.Open();
        var resolved = Desk.Monday + Duration.FromHours(5);
        complaint.Resolve(TestKeys.Next(), "agent", resolved);

        Assert.Equal(resolved + Duration.FromDays(3), complaint.FollowUpDueAt);
        Assert.False(complaint.IsFollowUpDueAt(resolved + Duration.FromDays(3) - Duration.FromSeconds(1)));
        Assert.True(complaint.IsFollowUpDueAt(resolved + Duration.FromDays(3)));

        complaint.FollowUp(TestKeys.Next(), "survey", resolved + Duration.FromDays(3), Satisfaction.Satisfied);

        Assert.False(complaint.IsFollowUpDueAt(resolved + Duration.FromDays(4)));
        Assert.Equal(Satisfaction.Satisfied, complaint.FollowUpAnswer);
        Assert.Equal(ComplaintState.FollowedUp, complaint.State);
    }

    [Fact]
    public void Reopening_starts_new_deadlines_and_counts_the_reopen()
    {
        var complaint = Desk.Open(EmotionalIntensity.Upset);
        complaint.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(1));
        complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(20));
        complaint.Close(TestKeys.Next(), "agent", Desk.Monday + Duration.FromDays(4));
        var reopenedAt = Desk.Monday + Duration.FromDays(10);

        var result = complaint.Reopen(TestKeys.Next(), "customer", reopenedAt, "The replacement is broken too.");

        Assert.True(result.Succeeded);
        Assert.Equal((ComplaintState.Reopened, 1), (complaint.State, complaint.ReopenCount));
        Assert.Equal(new ComplaintDeadlines(reopenedAt + Duration.FromHours(24), reopenedAt + Duration.FromHours(72)), complaint.CurrentDeadlines);
        Assert.Null(complaint.FollowUpDueAt);
        Assert.True(complaint.IsResponseOverdueAt(reopenedAt + Duration.FromHours(25)));
        Assert.Equal(Desk.Monday + Duration.FromHours(20), complaint.ResolvedAt);
    }

    [Fact]
    public void Escalating_raises_the_level_until_a_manager_handles_it()
    {
        var complaint = Desk.Open();

        complaint.Escalate(TestKeys.Next(), "agent", Desk.Monday);
        complaint.Escalate(TestKeys.Next(), "senior", Desk.Monday);
        var third = complaint.Escalate(TestKeys.Next(), "manager", Desk.Monday);

        Assert.Equal(HandlingLevel.Manager, complaint.Level);
        Assert.Equal(ComplaintRejectionReason.AlreadyAtTopLevel, third.Reason);
        Assert.Equal(Desk.Monday, complaint.RespondedAt);
    }

    [Fact]
    public void An_illegal_transition_is_a_result_with_a_reason()
    {
        var complaint = Desk.Open();

        var result = complaint.Close(TestKeys.Next(), "agent", Desk.Monday);

        Assert.Equal(ComplaintRejectionReason.IllegalTransition, result.Reason);
        Assert.Contains("allowed: Acknowledge, Escalate, Resolve", result.Rejection!.Message, StringComparison.Ordinal);
        Assert.Single(complaint.History);
    }
}
