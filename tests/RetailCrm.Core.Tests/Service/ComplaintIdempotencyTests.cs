namespace RetailCrm.Tests.Service;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;

/// <summary>Every state-changing complaint command runs once per idempotency key.</summary>
public sealed class ComplaintIdempotencyTests
{
    private static readonly IdempotencyKey Key = new("k-1");

    public static TheoryData<string> Commands => ["acknowledge", "escalate", "resolve", "follow-up", "close", "reopen", "approve", "issue", "apply"];

    [Fact]
    public void A_retried_escalation_raises_the_level_once()
    {
        var complaint = Desk.Open();
        var first = complaint.Escalate(Key, "agent:li", Desk.Monday, "customer wants a senior");
        var version = complaint.Version;

        var retry = complaint.Escalate(Key, "agent:li", Desk.Monday + Duration.FromMinutes(5), "customer wants a senior");

        Assert.Equal(HandlingLevel.SeniorAgent, complaint.Level);
        Assert.Equal(first with { IsReplay = true }, retry);
        Assert.Equal(2, complaint.History.Count);
        Assert.Equal(version, complaint.Version);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_retried_under_its_key_returns_the_first_outcome_and_changes_nothing(string command)
    {
        var complaint = Prepared(command);
        var first = Run(complaint, command, Desk.Monday + Duration.FromHours(1));
        var before = Snapshot(complaint);

        var retry = Run(complaint, command, Desk.Monday + Duration.FromHours(2));

        Assert.True(first.Succeeded && !first.IsReplay, first.ToString());
        Assert.Equal(first with { IsReplay = true }, retry);
        Assert.Equal(before, Snapshot(complaint));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_key_reused_for_another_command_throws_naming_both_and_changes_nothing(string command)
    {
        var complaint = Prepared(command);
        var first = complaint.CommandUnder(Key) is null ? Run(complaint, command, Desk.Monday + Duration.FromHours(1)) : null;
        var before = Snapshot(complaint);

        var error = Assert.Throws<IdempotencyKeyReusedException>(() => Run(complaint, command, Desk.Monday + Duration.FromHours(2), other: true));

        Assert.NotNull(first);
        Assert.Equal(Key, error.Key);
        var recorded = complaint.CommandUnder(Key)!.Command;
        var now = error.Message[(error.Message.IndexOf("cannot be reused for '", StringComparison.Ordinal) + 22)..^2];
        Assert.Contains($"was used for '{recorded}'", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(recorded, now);
        Assert.Matches(@"^[A-Z][A-Za-z]+\(.*\)$", now);
        Assert.Equal(before, Snapshot(complaint));
    }

    [Fact]
    public void A_follow_up_with_another_answer_under_the_same_key_is_another_command()
    {
        var complaint = Desk.Open();
        complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday);
        complaint.FollowUp(Key, "survey", Desk.Monday, Satisfaction.Satisfied);

        Assert.Throws<IdempotencyKeyReusedException>(() => complaint.FollowUp(Key, "survey", Desk.Monday, Satisfaction.Dissatisfied));
        Assert.Equal(Satisfaction.Satisfied, complaint.FollowUpAnswer);
    }

    [Fact]
    public void A_rejection_is_the_first_outcome_too_even_when_the_state_would_now_allow_the_command()
    {
        var complaint = Desk.Open();
        complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday);
        var refused = complaint.Escalate(Key, "agent", Desk.Monday);
        complaint.Reopen(TestKeys.Next(), "customer", Desk.Monday);

        var retry = complaint.Escalate(Key, "agent", Desk.Monday);

        Assert.Equal(ComplaintRejectionReason.IllegalTransition, refused.Reason);
        Assert.Equal(refused with { IsReplay = true }, retry);
        Assert.Equal((ComplaintState.Reopened, HandlingLevel.FrontLine), (complaint.State, complaint.Level));
    }

    [Fact]
    public void Default_keys_are_rejected_naming_the_argument_and_change_nothing()
    {
        var complaint = Desk.Open(orderValue: Desk.Cny(100m));
        var at = Desk.Monday;
        var key = default(IdempotencyKey);
        Action[] commands =
        [
            () => complaint.Acknowledge(key, "agent", at),
            () => complaint.Escalate(key, "agent", at),
            () => complaint.Resolve(key, "agent", at),
            () => complaint.FollowUp(key, "agent", at, Satisfaction.Satisfied),
            () => complaint.Close(key, "agent", at),
            () => complaint.Reopen(key, "agent", at),
            () => complaint.Apply(ComplaintAction.Resolve, key, "agent", at),
            () => complaint.Approve(key, CompensationAction.Apology("apology"), "lead", at),
            () => complaint.MarkIssued(key, "apology", at),
        ];

        foreach (var command in commands)
        {
            Assert.Equal("key", Assert.Throws<ArgumentException>(command).ParamName);
        }

        Assert.Equal((1, 1, 0), (complaint.Version, complaint.History.Count, complaint.Commands.Count));
    }

    [Fact]
    public void Processed_commands_survive_a_snapshot_and_a_forged_one_is_refused()
    {
        var complaint = Desk.Open();
        complaint.Acknowledge(Key, "agent", Desk.Monday);
        complaint.Close(new IdempotencyKey("k-2"), "agent", Desk.Monday);
        var snapshot = complaint.ToSnapshot();

        var loaded = Complaint.FromSnapshot(snapshot, Desk.Policy);

        Assert.Equal(complaint.Commands, loaded.Commands);
        Assert.True(loaded.Acknowledge(Key, "agent", Desk.Monday).IsReplay);
        var foreign = new ComplaintTransition(ComplaintState.Opened, ComplaintState.Resolved, ComplaintAction.Resolve, Desk.Monday, "agent");
        ComplaintSnapshot[] forged =
        [
            snapshot with { Commands = [.. snapshot.Commands!, snapshot.Commands![0]] },
            snapshot with { Commands = [snapshot.Commands![0] with { Command = " " }] },
            snapshot with { Commands = [snapshot.Commands![0] with { Transition = foreign }] },
            snapshot with { Commands = [snapshot.Commands![1] with { Message = null }] },
            snapshot with { Commands = [null!] },
        ];
        foreach (var bad in forged)
        {
            Assert.Throws<ArgumentException>(() => Complaint.FromSnapshot(bad, Desk.Policy));
        }

        // A record with no key cannot even be made.
        Assert.Equal("Key", Assert.Throws<ArgumentException>(() => snapshot.Commands![0] with { Key = default }).ParamName);
    }

    // A complaint in a state where the command applies; the issue command finds an approved points credit.
    private static Complaint Prepared(string command)
    {
        var complaint = Desk.Open(orderValue: Desk.Cny(100m));
        switch (command)
        {
            case "follow-up" or "close" or "reopen":
                complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday);
                break;
            case "issue":
                complaint.Approve(TestKeys.Next(), CompensationAction.PointsCredit("goodwill", Points.Of(100)), "lead", Desk.Monday);
                break;
        }

        return complaint;
    }

    private static ComplaintResult Run(Complaint complaint, string command, Instant at, bool other = false)
    {
        var note = other ? "another note" : "a note";
        return command switch
        {
            "acknowledge" => complaint.Acknowledge(Key, "agent", at, note),
            "escalate" => complaint.Escalate(Key, other ? "another agent" : "agent", at),
            "resolve" => complaint.Resolve(Key, "agent", at, note),
            "follow-up" => complaint.FollowUp(Key, "survey", at, other ? Satisfaction.Dissatisfied : Satisfaction.Satisfied),
            "close" => other ? complaint.Reopen(Key, "agent", at) : complaint.Close(Key, "agent", at),
            "reopen" => complaint.Reopen(Key, "agent", at, note),
            "approve" => complaint.Approve(Key, CompensationAction.PointsCredit("goodwill", Points.Of(100)), other ? "another lead" : "lead", at),
            "issue" => complaint.MarkIssued(Key, other ? "another" : "goodwill", at, new CouponCode("SORRY-1")),
            _ => complaint.Apply(other ? ComplaintAction.Acknowledge : ComplaintAction.Resolve, Key, "agent", at, note),
        };
    }

    private static string Snapshot(Complaint complaint)
    {
        var s = complaint.ToSnapshot();
        return string.Join(
            " | ",
            s.Version,
            complaint.State,
            complaint.Level,
            complaint.FollowUpAnswer,
            string.Join(";", s.History),
            string.Join(";", s.Compensations),
            string.Join(";", s.Commands!));
    }
}
