namespace RetailCrm.Tests.Points;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsServiceTests
{
    private static readonly CustomerId Customer = new("c-1");
    private readonly FakeClock clock = new(March3);
    private readonly InMemoryPointsAccountStore store = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Earn_then_redeem_goes_through_the_store_at_the_clock_instant()
    {
        var service = new PointsService(store, clock, PointsPolicy.Default);

        await service.EarnAsync(Customer, PaidOrder.Simple(new OrderId("o-1"), March3, Cny(300m)), new IdempotencyKey("o-1:earn"), cancellationToken: Token);
        clock.Advance(Duration.FromDays(7));
        var redeemed = await service.RedeemAsync(Customer, new OrderId("o-2"), Cny(100m), Points.Of(200), new IdempotencyKey("o-2:redeem"), Token);

        Assert.True(redeemed.Succeeded);
        Assert.Equal(clock.GetCurrentInstant(), redeemed.Entries[0].At);
        var balance = await service.GetBalanceAsync(Customer, Token);
        Assert.Equal(Points.Of(100), balance.Available);
        Assert.Equal(2, (await store.LoadAsync(Customer, PointsKeys.None, Token)).Live.Version);
    }

    [Fact]
    public async Task A_rejected_command_is_saved_so_its_replay_is_rejected_too()
    {
        var service = new PointsService(store, clock, PointsPolicy.Default);

        var first = await service.AdjustAsync(Customer, Points.Of(-10), "debit", new IdempotencyKey("debit-1"), Token);
        await service.AdjustAsync(Customer, Points.Of(50), "credit", new IdempotencyKey("credit-1"), Token);
        var replay = await service.AdjustAsync(Customer, Points.Of(-10), "debit", new IdempotencyKey("debit-1"), Token);

        Assert.Equal(PointsRejectionReason.InsufficientPoints, first.Reason);
        Assert.True(replay.IsReplay);
        Assert.Equal(PointsRejectionReason.InsufficientPoints, replay.Reason);
    }

    [Fact]
    public async Task A_conflicting_save_is_retried_on_the_fresh_state()
    {
        var flaky = new ConflictingOnce(store);
        var service = new PointsService(flaky, clock, PointsPolicy.Default);

        var result = await service.AdjustAsync(Customer, Points.Of(40), "gift", new IdempotencyKey("gift-1"), Token);

        Assert.True(result.Succeeded);
        Assert.Equal(2, flaky.Saves);
        var stored = (await store.LoadAsync(Customer, PointsKeys.None, Token)).Live;
        Assert.Equal(Points.Of(40 + 7), stored.Balance);
    }

    [Fact]
    public async Task After_the_last_attempt_the_conflict_is_thrown()
    {
        var conflicting = new AlwaysConflicting();
        var service = new PointsService(conflicting, clock, PointsPolicy.Default, maxAttempts: 3);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.AdjustAsync(Customer, Points.Of(40), "gift", new IdempotencyKey("gift-1"), Token));

        Assert.Equal(3, conflicting.Saves);
    }

    [Fact]
    public async Task A_replay_or_a_read_saves_nothing()
    {
        var counting = new ConflictingOnce(store, conflict: false);
        var service = new PointsService(counting, clock, PointsPolicy.Default);
        var command = new AdjustPoints(new IdempotencyKey("gift-1"), Points.Of(40), "gift");
        await service.ExecuteAsync(Customer, command, Token);

        var replay = await service.ExecuteAsync(Customer, command, Token);
        await service.GetStatementAsync(Customer, Token);
        await service.ExpireAsync(Customer, Token);

        Assert.True(replay.IsReplay);
        Assert.Equal(1, counting.Saves);
    }

    [Fact]
    public async Task Concurrent_redemptions_never_spend_the_same_points_twice()
    {
        var service = new PointsService(store, clock, PointsPolicy.Default, maxAttempts: 50);
        await service.AdjustAsync(Customer, Points.Of(1000), "opening balance", new IdempotencyKey("open"), Token);

        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(() => service.RedeemAsync(Customer, new OrderId($"o-{i}"), Cny(1000m), Points.Of(100), new IdempotencyKey($"o-{i}:redeem"), Token), Token));
        var results = await Task.WhenAll(attempts);

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(PointsRejectionReason.InsufficientPoints, r.Reason));
        Assert.Equal(Points.Zero, (await service.GetBalanceAsync(Customer, Token)).Available);
    }

    [Fact]
    public async Task Expire_writes_entries_at_the_clock_instant_and_the_statement_shows_them()
    {
        var service = new PointsService(store, clock, PointsPolicy.Default);
        await service.EarnAsync(Customer, PaidOrder.Simple(new OrderId("o-1"), March3, Cny(120m)), new IdempotencyKey("o-1:earn"), cancellationToken: Token);
        clock.Reset(At(2028, 1, 2));

        var expired = await service.ExpireAsync(Customer, Token);
        var statement = await service.GetStatementAsync(Customer, Token);

        Assert.Equal(Points.Of(-120), expired.Change);
        Assert.Equal(PointsEntryKind.Expired, statement.Lines[^1].Entry.Kind);
        Assert.Equal(Points.Zero, statement.Balance.Total);
    }

    [Fact]
    public void The_service_names_its_bad_arguments()
    {
        Assert.Equal("store", Assert.Throws<ArgumentNullException>(() => new PointsService(null!, clock, PointsPolicy.Default)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new PointsService(store, clock, PointsPolicy.Default, 0)).ParamName);
    }

    [Fact]
    public async Task The_statement_reads_the_ledger_through_the_store_page_by_page()
    {
        var service = new PointsService(store, clock, PointsPolicy.Default);
        for (var i = 0; i < 1_205; i++)
        {
            await service.AdjustAsync(Customer, Points.Of(1), "gift", new IdempotencyKey($"gift-{i}"), Token);
        }

        var statement = await service.GetStatementAsync(Customer, Token);

        Assert.Equal(1_205, statement.Lines.Count);
        Assert.Equal(Enumerable.Range(1, 1_205).Select(i => (long)i), statement.Lines.Select(l => l.Entry.Id));
        Assert.Equal(Points.Of(1_205), statement.Lines[^1].RunningBalance);
        Assert.Equal(Points.Of(1_205), statement.Balance.Total);
    }

    /// <summary>Lets another writer slip in before the first commit.</summary>
    private sealed class ConflictingOnce(IPointsAccountStore inner, bool conflict = true) : IPointsAccountStore
    {
        public int Saves { get; private set; }

        public Task<PointsAccountLoad> LoadAsync(CustomerId customerId, PointsKeys keys, CancellationToken cancellationToken = default) => inner.LoadAsync(customerId, keys, cancellationToken);

        public async Task CommitAsync(PointsChangeSet changes, CancellationToken cancellationToken = default)
        {
            Saves++;
            if (conflict && Saves == 1)
            {
                var command = new AdjustPoints(new IdempotencyKey("other-writer"), Points.Of(7), "other writer");
                var other = PointsAccount.Load(await inner.LoadAsync(changes.CustomerId, command.Touches(), cancellationToken), PointsPolicy.Default);
                await inner.CommitAsync(other.Decide(command, changes.Entries[^1].At).Changes!, cancellationToken);
            }

            await inner.CommitAsync(changes, cancellationToken);
        }

        public Task<IReadOnlyList<PointsEntry>> ReadEntriesAsync(CustomerId customerId, long afterEntryId, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadEntriesAsync(customerId, afterEntryId, maxCount, cancellationToken);

        public Task<IReadOnlyList<PointsLot>> ReadLotsAsync(CustomerId customerId, int afterLotId, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadLotsAsync(customerId, afterLotId, maxCount, cancellationToken);
    }

    private sealed class AlwaysConflicting : IPointsAccountStore
    {
        public int Saves { get; private set; }

        public Task<PointsAccountLoad> LoadAsync(CustomerId customerId, PointsKeys keys, CancellationToken cancellationToken = default) =>
            Task.FromResult(new PointsAccountLoad(PointsLiveState.Empty(customerId), [], keys, [], [], [], [], null));

        public Task CommitAsync(PointsChangeSet changes, CancellationToken cancellationToken = default)
        {
            Saves++;
            throw new ConcurrencyConflictException("points account", changes.ExpectedVersion, changes.ExpectedVersion + 1);
        }

        public Task<IReadOnlyList<PointsEntry>> ReadEntriesAsync(CustomerId customerId, long afterEntryId, int maxCount, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PointsEntry>>([]);

        public Task<IReadOnlyList<PointsLot>> ReadLotsAsync(CustomerId customerId, int afterLotId, int maxCount, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PointsLot>>([]);
    }
}
