namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountSnapshotTests
{
    [Fact]
    public void A_snapshot_rebuilds_the_same_account()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Redeem("o-2", 1000m, 100, March3 + Duration.FromDays(8));

        var rebuilt = PointsAccount.FromSnapshot(account.ToSnapshot(), PointsPolicy.Default);

        Assert.Equal(account.Version, rebuilt.Version);
        Assert.Equal(account.Balance, rebuilt.Balance);
        Assert.Equal(account.Entries, rebuilt.Entries);
        Assert.Equal(account.Lots, rebuilt.Lots);
        Assert.True(rebuilt.Earn("o-1", 200m, March3).IsReplay);
    }

    [Fact]
    public void A_snapshot_whose_lot_does_not_match_its_entries_is_refused()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var snapshot = account.ToSnapshot();
        var tampered = snapshot with { Lots = [snapshot.Lots[0] with { Remaining = Points.Of(999) }] };

        var error = Assert.Throws<InvariantViolationException>(() => PointsAccount.FromSnapshot(tampered, PointsPolicy.Default));

        Assert.Contains("lot 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_with_entries_out_of_order_is_refused()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 100m, March3 + Duration.FromDays(1));
        var snapshot = account.ToSnapshot();
        var tampered = snapshot with { Entries = [snapshot.Entries[1], snapshot.Entries[0]] };

        Assert.Throws<InvariantViolationException>(() => PointsAccount.FromSnapshot(tampered, PointsPolicy.Default));
    }

    [Fact]
    public void A_snapshot_that_moves_points_without_a_lot_is_refused()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var snapshot = account.ToSnapshot();
        var tampered = snapshot with { Entries = [snapshot.Entries[0] with { LotId = null }] };

        Assert.Throws<InvariantViolationException>(() => PointsAccount.FromSnapshot(tampered, PointsPolicy.Default));
    }
}
