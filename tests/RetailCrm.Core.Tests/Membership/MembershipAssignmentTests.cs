namespace RetailCrm.Tests.Membership;

using RetailCrm.Membership;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

/// <summary>Tier assignments run once per idempotency key.</summary>
public sealed class MembershipAssignmentTests
{
    private static readonly IdempotencyKey Key = new("assign-118");

    [Fact]
    public void A_retried_assignment_returns_the_first_outcome_even_after_other_changes()
    {
        var account = MembershipAccount.Open(new CustomerId("m-1"), Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        var first = account.Assign(Key, Silver, Local(2026, 2, 1), Local(2026, 3, 1), "compensation for complaint 118");
        account.RecordOrder(new OrderId("o-1"), Yuan(6_000m), Local(2026, 2, 10));
        account.RecordOrder(new OrderId("o-2"), Yuan(100m), Local(2026, 2, 11));
        account.RecordOrder(new OrderId("o-3"), Yuan(100m), Local(2026, 2, 12));
        var snapshot = account.ToSnapshot();

        // Much later, after its end: a retry, not a new assignment, and no "until before at" error.
        var retry = account.Assign(Key, Silver, Local(2026, 6, 1), Local(2026, 3, 1), "compensation for complaint 118");

        Assert.Equal((MembershipOutcome.Applied, MembershipOutcome.Replayed), (first.Outcome, retry.Outcome));
        Assert.Equal(Silver, retry.Tier);
        Assert.Equal(first.Changes, retry.Changes);
        Assert.Equal(Gold, account.CurrentTier);
        Assert.Equal((snapshot.Version, snapshot.Assignment), (account.Version, account.Assignment));
        Assert.Equal(snapshot.History, account.History);
    }

    [Fact]
    public void The_same_key_for_another_assignment_throws_naming_both_and_changes_nothing()
    {
        var account = MembershipAccount.Open(new CustomerId("m-1"), Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));
        account.Assign(Key, Silver, Local(2026, 2, 1), null, "staff");
        var version = account.Version;

        var tier = Assert.Throws<IdempotencyKeyReusedException>(() => account.Assign(Key, Gold, Local(2026, 2, 2), null, "staff"));
        var until = Assert.Throws<IdempotencyKeyReusedException>(() => account.Assign(Key, Silver, Local(2026, 2, 2), Local(2026, 9, 1), "staff"));
        var reason = Assert.Throws<IdempotencyKeyReusedException>(() => account.Assign(Key, Silver, Local(2026, 2, 2), null, "staff "));

        Assert.Contains("tier=\"silver\"", tier.Message, StringComparison.Ordinal);
        Assert.Contains("tier=\"gold\"", tier.Message, StringComparison.Ordinal);
        Assert.Contains("until=2026-09-01T04:00:00Z", until.Message, StringComparison.Ordinal);
        Assert.Contains("reason=\"staff \"", reason.Message, StringComparison.Ordinal);
        Assert.Equal((version, Silver, 1), (account.Version, account.CurrentTier, account.Assignments.Count));
    }

    [Fact]
    public void A_default_key_is_rejected_naming_the_argument()
    {
        var account = MembershipAccount.Open(new CustomerId("m-1"), Ladder(QualificationWindow.CalendarYear), Local(2026, 1, 5));

        Assert.Equal("key", Assert.Throws<ArgumentException>(() => account.Assign(default, Silver, Local(2026, 2, 1), null, "staff")).ParamName);
        Assert.Equal((0L, Regular), (account.Version, account.CurrentTier));
    }

    [Fact]
    public void Assignments_survive_a_snapshot_and_a_forged_one_is_refused()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var account = MembershipAccount.Open(new CustomerId("m-1"), ladder, Local(2026, 1, 5));
        account.Assign(Key, Silver, Local(2026, 2, 1), null, "staff");
        var snapshot = account.ToSnapshot();

        var loaded = MembershipAccount.FromSnapshot(snapshot, ladder);

        Assert.Equal(MembershipOutcome.Replayed, loaded.Assign(Key, Silver, Local(2026, 3, 1), null, "staff").Outcome);
        var first = snapshot.Assignments![0];
        MembershipSnapshot[] forged =
        [
            snapshot with { Assignments = [first, first] },
            snapshot with { Assignments = [first with { Tier = new TierId("bronze") }] },
            snapshot with { Assignments = [first with { Reason = " " }] },
            snapshot with { Assignments = [first with { Changes = [new TierChange(Gold, Silver, Local(2026, 2, 1), TierChangeReason.Assigned, "x")] }] },
            snapshot with { Assignments = [null!] },
        ];
        foreach (var bad in forged)
        {
            Assert.Throws<ArgumentException>(() => MembershipAccount.FromSnapshot(bad, ladder));
        }

        // A record with no key cannot even be made.
        Assert.Equal("Key", Assert.Throws<ArgumentException>(() => first with { Key = default }).ParamName);
    }
}
