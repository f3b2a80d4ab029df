namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using Xunit;

public abstract partial class PointsAccountStoreContract
{
    /// <summary>
    /// A command retried under its key, after a fresh load, returns the first outcome (a refusal
    /// too) with the entries it wrote, and writes nothing; the key with another command is refused.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_retry_returns_the_first_outcome_from_the_idempotency_record_and_a_clash_throws()
    {
        var store = CreateStore();
        var outbox = OutboxOf(store);
        var customer = new CustomerId("c-replay");
        var earn = Earn("o-1", 250m);
        var refused = new RedeemPoints(new IdempotencyKey("o-2:redeem"), new OrderId("o-2"), Money.Of(1000m, Cny), Points.Of(200));
        var first = await RunAsync(store, customer, earn, Start);
        var firstRefusal = await RunAsync(store, customer, refused, Start);
        await RunAsync(store, customer, new AdjustPoints(new IdempotencyKey("gift"), Points.Of(500), "gift"), Start);
        var live = (await store.LoadAsync(customer, PointsKeys.None, Token)).Live;
        var events = (await outbox.ReadAsync(0, 10_000, Token)).Count;

        var replay = await RunAsync(store, customer, earn, Start + Duration.FromDays(1));
        var refusalReplay = await RunAsync(store, customer, refused, Start + Duration.FromDays(1));

        Assert.True(replay.IsReplay);
        Assert.Equal(first.Change, replay.Change);
        Assert.Equal(first.Entries, replay.Entries);
        Assert.True(refusalReplay.IsReplay);
        Assert.Equal(PointsRejectionReason.InsufficientPoints, firstRefusal.Reason);
        Assert.Equal(firstRefusal.Rejection, refusalReplay.Rejection);
        Assert.Equal(live, (await store.LoadAsync(customer, PointsKeys.None, Token)).Live);
        Assert.Equal(events, (await outbox.ReadAsync(0, 10_000, Token)).Count);
        var clash = new EarnPoints(earn.Key, PaidOrder.Simple(new OrderId("o-1"), Start, Money.Of(999m, Cny)));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => RunAsync(store, customer, clash, Start));
    }

    /// <summary>The events of each commit reach the outbox in the order raised, in the account's stream, and only once the commit succeeded.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Events_reach_the_outbox_in_commit_order_exactly_when_the_commit_succeeds()
    {
        var store = CreateStore();
        var outbox = OutboxOf(store);
        var customer = new CustomerId("c-events");
        var before = (await outbox.ReadAsync(0, 10_000, Token)).Count;

        await RunAsync(store, customer, Earn("o-1", 300m), Start);
        await RunAsync(store, customer, new RedeemPoints(new IdempotencyKey("o-2:redeem"), new OrderId("o-2"), Money.Of(1000m, Cny), Points.Of(200)), Start + Duration.FromDays(8));
        await RunAsync(store, customer, new CancelRedemption(new IdempotencyKey("o-2:cancel"), new OrderId("o-2")), Start + Duration.FromDays(9));
        await RunAsync(store, customer, new ClawBackPoints(new IdempotencyKey("r-1"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Money.Of(100m, Cny))), Start + Duration.FromDays(10));
        await RunAsync(store, customer, new AdjustPoints(new IdempotencyKey("adj"), Points.Of(-50), "correction"), Start + Duration.FromDays(10));
        await ExpireAsync(store, customer, Instant.FromUtc(2030, 1, 1, 0, 0));
        var stale = await LoadForAsync(store, customer, Earn("o-3", 10m));
        await RunAsync(store, customer, Earn("o-4", 10m), Instant.FromUtc(2030, 1, 2, 0, 0));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(stale.Decide(Earn("o-3", 10m), Instant.FromUtc(2030, 1, 2, 0, 0)).Changes!, Token));

        var entries = (await outbox.ReadAsync(before, 10_000, Token)).ToArray();
        Assert.Equal(
            [typeof(PointsEarned), typeof(PointsRedeemed), typeof(RedemptionCancelled), typeof(PointsClawedBack), typeof(PointsAdjusted), typeof(PointsExpired), typeof(PointsEarned)],
            entries.Select(e => e.Event.GetType()));
        Assert.All(entries, e => Assert.Equal($"points/{customer}", e.Event.Stream));
        Assert.Equal(entries.Select(e => e.Position).Order(), entries.Select(e => e.Position));
        Assert.Equal(OrderIdOf(entries[^1].Event), new OrderId("o-4"));
        var ledger = await store.ReadEntriesAsync(customer, 0, 10_000, Token);
        Assert.Equal(ledger.Sum(e => e.Change.Value), entries.Sum(e => ((PointsEvent)e.Event).Change.Value));
    }

    /// <summary>
    /// The cost bound: after 10 or after 500 earlier orders (each earned, then spent on another
    /// order), the load for a new earn, a new redemption and a clawback of an earlier order holds
    /// the same number of records. A store that loads history fails it.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task The_load_for_a_new_command_holds_as_many_records_after_500_earlier_orders_as_after_10()
    {
        var store = CreateStore();
        var few = new CustomerId("c-10");
        var many = new CustomerId("c-500");
        await BuildHistoryAsync(store, few, 10);
        await BuildHistoryAsync(store, many, 500);
        PointsCommand[] next =
        [
            Earn("new", 100m),
            new RedeemPoints(new IdempotencyKey("new:redeem"), new OrderId("new-spend"), Money.Of(100m, Cny), Points.Of(100)),
            new ClawBackPoints(new IdempotencyKey("r-5"), new OrderRefund(new RefundId("r-5"), new OrderId("h5"), Money.Of(50m, Cny))),
            new CancelRedemption(new IdempotencyKey("s5:cancel"), new OrderId("s5")),
            new AdjustPoints(new IdempotencyKey("adj"), Points.Of(5), "gift"),
        ];

        foreach (var command in next)
        {
            var small = await store.LoadAsync(few, command.Touches(), Token);
            var large = await store.LoadAsync(many, command.Touches(), Token);
            Assert.True(small.RecordCount == large.RecordCount, $"{command.Describe()}: {small.RecordCount} records after 10 orders, {large.RecordCount} after 500");
        }

        Assert.Equal(1_000, (await store.ReadEntriesAsync(many, 0, 10_000, Token)).Count(e => e.Kind is PointsEntryKind.Earned or PointsEntryKind.Redeemed));
    }

    /// <summary>The ledger and the lots read in pages give the whole history in order.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task History_reads_page_through_the_ledger_and_the_lots_in_order()
    {
        var store = CreateStore();
        var customer = new CustomerId("c-pages");
        await BuildHistoryAsync(store, customer, 7);
        var all = await store.ReadEntriesAsync(customer, 0, 10_000, Token);

        var paged = new List<PointsEntry>();
        for (long after = 0; ;)
        {
            var page = await store.ReadEntriesAsync(customer, after, 3, Token);
            paged.AddRange(page);
            if (page.Count < 3)
            {
                break;
            }

            after = page[^1].Id;
        }

        Assert.Equal(all, paged);
        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => (long)i), all.Select(e => e.Id));
        Assert.Equal([4, 5, 6], (await store.ReadLotsAsync(customer, 3, 3, Token)).Select(l => l.Id));
    }

    /// <summary>Writers racing on one account through the service lose nothing: every credit is in the balance once.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Writers_racing_on_one_account_lose_nothing()
    {
        var store = CreateStore();
        var customer = new CustomerId("c-race");
        var service = new PointsService(store, new FakeClock(Start), Policy, maxAttempts: 100);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => service.AdjustAsync(customer, Points.Of(i + 1), "race", new IdempotencyKey($"race-{i}"), Token))));

        Assert.Equal(Points.Of(16 * 17 / 2), (await service.GetBalanceAsync(customer, Token)).Total);
        Assert.Equal(16, (await store.LoadAsync(customer, PointsKeys.None, Token)).Live.Version);
    }

    /// <summary>Committing one customer's account leaves another's untouched.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Accounts_of_different_customers_are_independent()
    {
        var store = CreateStore();
        var alice = new CustomerId("c-alice");
        var bob = new CustomerId("c-bob");

        await RunAsync(store, alice, Earn("o-1", 100m), Start);
        await RunAsync(store, bob, Earn("o-1", 700m), Start);

        Assert.Equal(Points.Of(100), (await store.LoadAsync(alice, PointsKeys.None, Token)).Live.Balance);
        Assert.Equal(Points.Of(700), (await store.LoadAsync(bob, PointsKeys.None, Token)).Live.Balance);
        Assert.Single(await store.ReadEntriesAsync(bob, 0, 100, Token));
    }

    private static OrderId? OrderIdOf(DomainEvent e) => e is PointsEarned earned ? earned.OrderId : null;

    /// <summary>Order h{i} earns 100 points; once they are spendable, order s{i} spends them all, closing the lot.</summary>
    private async Task BuildHistoryAsync(IPointsAccountStore store, CustomerId customer, int orders)
    {
        var at = Start;
        for (var i = 0; i < orders; i++)
        {
            var earned = await RunAsync(store, customer, Earn($"h{i}", 100m, at), at);
            var spent = await RunAsync(store, customer, new RedeemPoints(new IdempotencyKey($"s{i}:redeem"), new OrderId($"s{i}"), Money.Of(1000m, Cny), Points.Of(100)), at + Policy.PendingPeriod);
            Assert.True(earned.Succeeded && spent.Succeeded, $"order {i}: {earned} / {spent}");
            at += Duration.FromMinutes(1);
        }
    }
}
