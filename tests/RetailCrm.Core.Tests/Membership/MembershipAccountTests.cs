namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

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
}
