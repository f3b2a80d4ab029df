namespace RetailCrm.Tests.Points;

using RetailCrm.Persistence.InMemory;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>An account built from what a store loaded for one command: it decides as the whole account does, from the named records alone.</summary>
public sealed class PointsAccountLoadTests
{
    private static readonly CustomerId Customer = new("c-1");

    [Fact]
    public void A_loaded_account_refuses_a_command_that_touches_a_record_it_was_not_loaded_with()
    {
        var whole = Open();
        whole.Earn("o-1", 200m, March3);
        var loaded = PointsAccount.Load(LoadFor(whole, new ClawBackPoints(new IdempotencyKey("r-1"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Cny(10m))).Touches()), PointsPolicy.Default);

        var error = Assert.Throws<InvalidOperationException>(() => loaded.Earn("o-2", 100m, March3));

        Assert.Contains("o-2", error.Message, StringComparison.Ordinal);
        Assert.Equal(whole.Version, loaded.Version);
    }

    [Fact]
    public void A_replay_is_answered_from_the_idempotency_record_alone()
    {
        var whole = Open();
        var first = whole.Earn("o-1", 200m, March3);
        var keys = new PointsKeys(new IdempotencyKey("o-1:earn"), new OrderId("o-1"), null, null);
        var record = Assert.Single(whole.ToSnapshot().Commands);
        var live = new PointsAccountLoad(whole.LiveState, [], keys, [], [], [], [], record);

        var replay = PointsAccount.Load(live, PointsPolicy.Default).Decide(new EarnPoints(keys.Command!.Value, PaidOrder.Simple(new OrderId("o-1"), March3, Cny(200m))), March3);

        Assert.True(replay.Result.IsReplay);
        Assert.Null(replay.Changes);
        Assert.Equal(first.Entries, replay.Result.Entries);
        Assert.Equal(first.Change, replay.Result.Change);
    }

    [Fact]
    public void A_refusal_writes_its_idempotency_record_and_the_next_version_but_no_entry_or_event()
    {
        var account = Open();

        var decision = account.Decide(new RedeemPoints(new IdempotencyKey("o-1:redeem"), new OrderId("o-1"), Cny(100m), Points.Of(100)), March3);

        var changes = decision.Changes!;
        Assert.Equal(PointsRejectionReason.InsufficientPoints, decision.Result.Reason);
        Assert.Equal(0, changes.ExpectedVersion);
        Assert.Equal(1, changes.Live.Version);
        Assert.Equal(PointsRejectionReason.InsufficientPoints, changes.Command!.Reason);
        Assert.Empty(changes.Entries);
        Assert.Empty(changes.Events);
    }

    [Fact]
    public async Task Cancelling_a_redemption_returns_its_points_to_the_closed_lot_it_took_them_from()
    {
        var store = new InMemoryPointsAccountStore();
        var service = new PointsService(store, new NodaTime.Testing.FakeClock(March3), PointsPolicy.Default);
        var token = TestContext.Current.CancellationToken;
        await service.AdjustAsync(Customer, Points.Of(300), "gift", new IdempotencyKey("gift"), token);
        await service.RedeemAsync(Customer, new OrderId("o-1"), Cny(1000m), Points.Of(300), new IdempotencyKey("o-1:redeem"), token);
        var cancel = new CancelRedemption(new IdempotencyKey("o-1:cancel"), new OrderId("o-1"));
        var load = await store.LoadAsync(Customer, cancel.Touches(), token);

        var result = await service.ExecuteAsync(Customer, cancel, token);

        Assert.Empty(load.OpenLots);
        Assert.Equal(1, Assert.Single(load.NamedLots).Id);
        Assert.Equal([new PointsTaken(1, Points.Of(300))], Assert.Single(load.Redemptions).Taken);
        Assert.Equal(Points.Of(300), result.Change);
        Assert.Equal(Points.Of(300), Assert.Single((await store.LoadAsync(Customer, PointsKeys.None, token)).OpenLots).Remaining);
    }

    [Fact]
    public void A_load_holding_a_record_it_was_not_asked_for_is_refused()
    {
        var whole = Open();
        whole.Earn("o-1", 200m, March3);
        var earning = Assert.Single(whole.Earnings);
        var load = new PointsAccountLoad(whole.LiveState, whole.Lots, PointsKeys.None, [earning], [], [], [], null);

        Assert.Throws<InvariantViolationException>(() => PointsAccount.Load(load, PointsPolicy.Default));
    }

    private static PointsAccountLoad LoadFor(PointsAccount whole, PointsKeys keys) =>
        new(
            whole.LiveState,
            whole.Lots.Where(l => l.Remaining.IsPositive).ToArray(),
            keys,
            whole.Earnings.Where(e => e.OrderId == keys.Earning).ToArray(),
            whole.Redemptions.Where(r => r.OrderId == keys.Redemptions).ToArray(),
            [],
            [],
            null);
}
