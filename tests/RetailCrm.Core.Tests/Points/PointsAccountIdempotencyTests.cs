namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountIdempotencyTests
{
    [Fact]
    public void Replaying_a_command_returns_the_first_outcome_and_changes_nothing()
    {
        var account = Open();
        var first = account.Earn("o-1", 200m, March3);
        var version = account.Version;

        var replay = account.Earn("o-1", 200m, March3 + Duration.FromDays(3));

        Assert.True(replay.IsReplay);
        Assert.False(first.IsReplay);
        Assert.Equal(first.Change, replay.Change);
        Assert.Equal(first.Entries, replay.Entries);
        Assert.Equal(version, account.Version);
        Assert.Single(account.Entries);
    }

    [Fact]
    public void A_rejection_is_replayed_as_a_rejection()
    {
        var account = Open();
        var first = account.Redeem("o-1", 100m, 1000, March3);
        account.Adjust("gift", 5000, March3);

        var replay = account.Redeem("o-1", 100m, 1000, March3);

        Assert.Equal(PointsRejectionReason.InsufficientPoints, first.Reason);
        Assert.Equal(first.Rejection, replay.Rejection);
        Assert.True(replay.IsReplay);
    }

    [Fact]
    public void A_key_reused_for_another_command_throws_and_changes_nothing()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var entries = account.Entries.Count;

        var error = Assert.Throws<IdempotencyKeyReusedException>(() =>
            account.Execute(new AdjustPoints(new IdempotencyKey("o-1:earn"), Points.Of(5), "oops"), March3));

        Assert.Equal(new IdempotencyKey("o-1:earn"), error.Key);
        Assert.Equal(entries, account.Entries.Count);
    }

    [Fact]
    public void A_command_dated_before_the_last_entry_is_recorded_at_the_last_entry_instant()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var result = account.Adjust("late-clock", 10, March3 - Duration.FromSeconds(2));

        Assert.Equal(March3, result.Entries[0].At);
    }
}
