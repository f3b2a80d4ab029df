namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IPointsAccountStore"/> must have. Derive a test class from it in
/// your test project and return a new, empty store from <see cref="CreateStore"/>; xunit runs these
/// tests against it: commands through the store decide as the whole account does, commits are all
/// or nothing and optimistic, idempotency records return the first outcome, events reach the outbox
/// in commit order, history reads page, and the cost bound: the load for a new command holds as
/// many records after 500 earlier orders as after 10.
/// </summary>
public abstract partial class PointsAccountStoreContract
{
    /// <summary>The instant the contract's histories start at.</summary>
    protected static readonly Instant Start = Instant.FromUtc(2026, 1, 10, 2, 0);

    /// <summary>The policy the contract's accounts use.</summary>
    protected virtual PointsPolicy Policy => PointsPolicy.Default;

    /// <summary>Creates an empty store under test.</summary>
    /// <returns>The store.</returns>
    protected abstract IPointsAccountStore CreateStore();

    /// <summary>The outbox <paramref name="store"/> writes its events to.</summary>
    /// <param name="store">A store made by <see cref="CreateStore"/>.</param>
    /// <returns>The outbox.</returns>
    protected abstract IEventOutbox OutboxOf(IPointsAccountStore store);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Currency Cny => Currency.CNY;

    /// <summary>A customer without an account loads the empty live state at version 0 and nothing else.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_customer_without_an_account_loads_the_empty_live_state()
    {
        var store = CreateStore();
        var customer = new CustomerId("nobody");

        var loaded = await store.LoadAsync(customer, new PointsKeys(new IdempotencyKey("k"), new OrderId("o-1"), new OrderId("o-1"), new RefundId("r-1")), Token);

        Assert.Equal(PointsLiveState.Empty(customer), loaded.Live);
        Assert.Equal(1, loaded.RecordCount);
        Assert.Empty(await store.ReadEntriesAsync(customer, 0, 100, Token));
    }

    /// <summary>
    /// Every kind of command run through the store (load the command's keys, decide, commit) gives
    /// the outcome the whole account gives, and the store's live state, lots and ledger end equal to it.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Commands_through_the_store_decide_as_the_whole_account_and_round_trip_every_field()
    {
        var store = CreateStore();
        var customer = new CustomerId("c-rich");
        var whole = PointsAccount.Open(customer, Policy);

        foreach (var (command, at) in RichHistory())
        {
            var expected = command is null ? whole.Expire(at) : whole.Execute(command, at);
            var actual = command is null ? await ExpireAsync(store, customer, at) : await RunAsync(store, customer, command, at);

            Assert.Equal(expected.Reason, actual.Reason);
            Assert.Equal(expected.Change, actual.Change);
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Entries, actual.Entries);
        }

        var live = await store.LoadAsync(customer, PointsKeys.None, Token);
        Assert.Equal(whole.LiveState, live.Live);
        Assert.Equal(whole.Lots.Where(l => l.Remaining.IsPositive), live.OpenLots);
        Assert.Equal(whole.Entries, await store.ReadEntriesAsync(customer, 0, 10_000, Token));
        Assert.Equal(whole.Lots, await store.ReadLotsAsync(customer, 0, 10_000, Token));
        foreach (var earning in whole.Earnings)
        {
            var loaded = await store.LoadAsync(customer, new PointsKeys(null, earning.OrderId, null, null), Token);
            Assert.Equal(earning, Assert.Single(loaded.Earnings));
        }

        foreach (var ofOrder in whole.Redemptions.GroupBy(r => r.OrderId))
        {
            var loaded = await store.LoadAsync(customer, new PointsKeys(null, null, ofOrder.Key, null), Token);
            Assert.Equal(ofOrder, loaded.Redemptions);
            var named = loaded.Redemptions.SelectMany(r => r.Taken).Select(t => t.LotId).Distinct().Order();
            Assert.Equal(named, loaded.OpenLots.Concat(loaded.NamedLots).Select(l => l.Id).Where(named.Contains).Order());
        }
    }

    /// <summary>Two writers load the same version; the second commit is refused and writes nothing: no entry, no record, no event.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_commit_from_a_stale_version_is_refused_and_writes_nothing()
    {
        var store = CreateStore();
        var outbox = OutboxOf(store);
        var customer = new CustomerId("c-stale");
        await RunAsync(store, customer, Earn("o-1", 100m), Start);
        var a = new AdjustPoints(new IdempotencyKey("a"), Points.Of(10), "writer A");
        var b = new AdjustPoints(new IdempotencyKey("b"), Points.Of(20), "writer B");
        var writerA = await LoadForAsync(store, customer, a);
        var writerB = await LoadForAsync(store, customer, b);
        var changesA = writerA.Decide(a, Start).Changes!;
        var changesB = writerB.Decide(b, Start).Changes!;
        await store.CommitAsync(changesA, Token);
        var events = (await outbox.ReadAsync(0, 10_000, Token)).Count;

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(changesB, Token));

        Assert.Equal(changesB.ExpectedVersion, conflict.ExpectedVersion);
        Assert.Equal(changesA.Live.Version, conflict.ActualVersion);
        Assert.Equal(changesA.Live, (await store.LoadAsync(customer, PointsKeys.None, Token)).Live);
        Assert.Null((await store.LoadAsync(customer, b.Touches(), Token)).Command);
        Assert.Equal(changesA.Live.NextEntryId - 1, (await store.ReadEntriesAsync(customer, 0, 10_000, Token)).Count);
        Assert.Equal(events, (await outbox.ReadAsync(0, 10_000, Token)).Count);
    }

    /// <summary>Two writers that both start from nothing cannot both create the account.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Creating_the_same_account_twice_from_version_zero_conflicts()
    {
        var store = CreateStore();
        var customer = new CustomerId("c-twice");
        var first = await LoadForAsync(store, customer, Earn("o-1", 100m));
        var second = await LoadForAsync(store, customer, Earn("o-2", 300m));
        await store.CommitAsync(first.Decide(Earn("o-1", 100m), Start).Changes!, Token);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(second.Decide(Earn("o-2", 300m), Start).Changes!, Token));

        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(Points.Of(100), (await store.LoadAsync(customer, PointsKeys.None, Token)).Live.Balance);
    }

    /// <summary>A change set that does not follow the stored state (an entry number skipped) is refused whole: its live state, lots, records and events are not written.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_change_set_that_fails_is_not_written_in_part()
    {
        var store = CreateStore();
        var outbox = OutboxOf(store);
        var customer = new CustomerId("c-atomic");
        var earn = Earn("o-1", 100m);
        var changes = (await LoadForAsync(store, customer, earn)).Decide(earn, Start).Changes!;
        var broken = changes with { Entries = [.. changes.Entries.Select(e => e with { Id = e.Id + 1 })] };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.CommitAsync(broken, Token));

        var loaded = await store.LoadAsync(customer, earn.Touches(), Token);
        Assert.Equal(PointsLiveState.Empty(customer), loaded.Live);
        Assert.Equal(1, loaded.RecordCount);
        Assert.Empty(await store.ReadEntriesAsync(customer, 0, 100, Token));
        Assert.Empty(await store.ReadLotsAsync(customer, 0, 100, Token));
        Assert.Empty(await outbox.ReadAsync(0, 100, Token));
        await store.CommitAsync(changes, Token);
        Assert.Equal(Points.Of(100), (await store.LoadAsync(customer, PointsKeys.None, Token)).Live.Balance);
    }

    private async Task<PointsAccount> LoadForAsync(IPointsAccountStore store, CustomerId customer, PointsCommand command) =>
        PointsAccount.Load(await store.LoadAsync(customer, command.Touches(), Token), Policy);

    /// <summary>Runs a command the way a service does: load its keys, decide, commit.</summary>
    /// <param name="store">The store.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <returns>The outcome.</returns>
    protected async Task<PointsResult> RunAsync(IPointsAccountStore store, CustomerId customer, PointsCommand command, Instant at)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(command);
        var decision = (await LoadForAsync(store, customer, command)).Decide(command, at);
        if (decision.Changes is { } changes)
        {
            await store.CommitAsync(changes, Token);
        }

        return decision.Result;
    }

    /// <summary>Runs expiry the way a service does: load the live state, decide, commit.</summary>
    /// <param name="store">The store.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="at">When.</param>
    /// <returns>The outcome.</returns>
    protected async Task<PointsResult> ExpireAsync(IPointsAccountStore store, CustomerId customer, Instant at)
    {
        ArgumentNullException.ThrowIfNull(store);
        var decision = PointsAccount.Load(await store.LoadAsync(customer, PointsKeys.None, Token), Policy).DecideExpiry(at);
        if (decision.Changes is { } changes)
        {
            await store.CommitAsync(changes, Token);
        }

        return decision.Result;
    }

    private static EarnPoints Earn(string order, decimal amount, Instant? at = null) =>
        new(new IdempotencyKey(order + ":earn"), PaidOrder.Simple(new OrderId(order), at ?? Start, Money.Of(amount, Cny)));

    private static IEnumerable<(PointsCommand? Command, Instant At)> RichHistory()
    {
        var lines = new[]
        {
            new PaidOrderLine(new Sku("tea-01"), new CategoryId("grocery"), Money.Of(120.50m, Cny)),
            new PaidOrderLine(new Sku("cup-02"), new CategoryId("home"), Money.Of(79.50m, Cny)),
        };
        var at = Start;
        yield return (new EarnPoints(new IdempotencyKey("o-1:earn"), new PaidOrder(new OrderId("o-1"), at, lines, Money.Of(8m, Cny), Money.Zero(Cny)), 1.5m), at);
        yield return (Earn("o-2", 400m), at);
        at += Duration.FromDays(8);
        yield return (new RedeemPoints(new IdempotencyKey("o-3:redeem"), new OrderId("o-3"), Money.Of(1000m, Cny), Points.Of(600)), at);
        yield return (new RedeemPoints(new IdempotencyKey("o-4:redeem"), new OrderId("o-4"), Money.Of(10m, Cny), Points.Of(100)), at);
        yield return (new RedeemPoints(new IdempotencyKey("o-9:redeem"), new OrderId("o-9"), Money.Of(10m, Cny), Points.Of(99_900)), at);
        yield return (new CancelRedemption(new IdempotencyKey("o-3:cancel"), new OrderId("o-3")), at + Duration.FromHours(1));
        yield return (new RedeemPoints(new IdempotencyKey("o-5:redeem"), new OrderId("o-5"), Money.Of(2000m, Cny), Points.Of(500)), at + Duration.FromHours(2));
        yield return (new ClawBackPoints(new IdempotencyKey("r-1:clawback"), new OrderRefund(new RefundId("r-1"), new OrderId("o-2"), Money.Of(400m, Cny))), at + Duration.FromDays(1));
        yield return (new ClawBackPoints(new IdempotencyKey("r-1:again"), new OrderRefund(new RefundId("r-1"), new OrderId("o-2"), Money.Of(1m, Cny))), at + Duration.FromDays(1));
        yield return (new AdjustPoints(new IdempotencyKey("adj-1"), Points.Of(50), "late delivery"), at + Duration.FromDays(2));
        yield return (new AdjustPoints(new IdempotencyKey("adj-2"), Points.Of(30), "welcome back"), at + Duration.FromDays(2));
        yield return (new AdjustPoints(new IdempotencyKey("adj-3"), Points.Of(300), "anniversary gift"), at + Duration.FromDays(3));
        yield return (new CancelRedemption(new IdempotencyKey("o-5:cancel"), new OrderId("o-5")), at + Duration.FromDays(4));
        yield return (new EarnPoints(new IdempotencyKey("o-1:again"), PaidOrder.Simple(new OrderId("o-1"), at, Money.Of(1m, Cny))), at + Duration.FromDays(4));
        yield return (null, Instant.FromUtc(2029, 1, 1, 0, 0));
        yield return (new CancelRedemption(new IdempotencyKey("o-4:cancel"), new OrderId("o-4")), Instant.FromUtc(2029, 1, 2, 0, 0));
    }
}
