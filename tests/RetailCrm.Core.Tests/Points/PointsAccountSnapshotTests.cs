namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Persistence;
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
    public void A_rebuilt_account_still_refuses_a_key_reused_for_other_content()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var rebuilt = PointsAccount.FromSnapshot(account.ToSnapshot(), PointsPolicy.Default);

        Assert.Throws<IdempotencyKeyReusedException>(() => rebuilt.Earn("o-1", 999m, March3));
        Assert.Equal(account.Version, rebuilt.Version);
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

    public static TheoryData<string, Func<PointsAccountSnapshot, PointsAccountSnapshot>> Tamperings => new()
    {
        { "negative version", s => s with { Version = -1 } },
        { "entry numbered out of turn", s => s with { Entries = [s.Entries[0] with { Id = 2 }, .. s.Entries.Skip(1)] } },
        { "entry dated before the one before", s => s with { Entries = [s.Entries[0], s.Entries[1] with { At = s.Entries[0].At - Duration.FromSeconds(1) }, .. s.Entries.Skip(2)] } },
        { "entry for an unknown lot", s => s with { Entries = [s.Entries[0] with { LotId = 99 }, .. s.Entries.Skip(1)] } },
        { "lot numbered out of turn", s => s with { Lots = [s.Lots[0] with { Id = 5 }, .. s.Lots.Skip(1)] } },
        { "lot with the wrong expired total", s => s with { Lots = [s.Lots[0] with { Expired = Points.Of(3) }, .. s.Lots.Skip(1)] } },
        { "negative debt", s => s with { Entries = [.. s.Entries, s.Entries[^1] with { Id = s.Entries.Count + 1, Kind = PointsEntryKind.DebtRepaid, Change = Points.Of(5), LotId = null, DebtChange = Points.Of(-5) }] } },
        { "an order earning twice", s => s with { Earnings = [s.Earnings[0], s.Earnings[0]] } },
        { "an idempotency key twice", s => s with { Commands = [s.Commands[0], s.Commands[0]] } },
        { "a processed command without content", s => s with { Commands = [s.Commands[0] with { Content = " " }, .. s.Commands.Skip(1)] } },
        { "a null processed command", s => s with { Commands = [null!, .. s.Commands.Skip(1)] } },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_snapshot_that_no_behaviour_could_produce_is_refused(string what, Func<PointsAccountSnapshot, PointsAccountSnapshot> tamper)
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 100m, March3 + Duration.FromDays(1));

        var error = Record.Exception(() => PointsAccount.FromSnapshot(tamper(account.ToSnapshot()), PointsPolicy.Default));

        Assert.True(error is InvariantViolationException, $"{what}: {error?.GetType().Name ?? "accepted"}");
    }

    [Fact]
    public void Null_snapshots_and_policies_are_bad_arguments()
    {
        var snapshot = Open().ToSnapshot();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => PointsAccount.FromSnapshot(null!, PointsPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PointsAccount.FromSnapshot(snapshot, null!)).ParamName);
        Assert.Equal("CustomerId", Assert.Throws<ArgumentException>(() => snapshot with { CustomerId = default }).ParamName);
    }
}
