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
    private readonly InMemoryPointsAccountRepository store = new(PointsPolicy.Default);

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
        Assert.Equal(2, (await store.FindAsync(Customer, Token))!.Version);
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
        var stored = (await store.FindAsync(Customer, Token))!;
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
        Assert.Equal("repository", Assert.Throws<ArgumentNullException>(() => new PointsService(null!, clock, PointsPolicy.Default)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new PointsService(store, clock, PointsPolicy.Default, 0)).ParamName);
    }

    /// <summary>Lets another writer slip in before the first save.</summary>
    private sealed class ConflictingOnce(IPointsAccountRepository inner, bool conflict = true) : IPointsAccountRepository
    {
        public int Saves { get; private set; }

        public Task<PointsAccount?> FindAsync(CustomerId customerId, CancellationToken cancellationToken = default) => inner.FindAsync(customerId, cancellationToken);

        public async Task SaveAsync(PointsAccount account, long expectedVersion, CancellationToken cancellationToken = default)
        {
            Saves++;
            if (conflict && Saves == 1)
            {
                var other = PointsAccount.Open(account.CustomerId, account.Policy);
                other.Execute(new AdjustPoints(new IdempotencyKey("other-writer"), Points.Of(7), "other writer"), account.Entries[^1].At);
                await inner.SaveAsync(other, 0, cancellationToken);
            }

            await inner.SaveAsync(account, expectedVersion, cancellationToken);
        }
    }

    private sealed class AlwaysConflicting : IPointsAccountRepository
    {
        public int Saves { get; private set; }

        public Task<PointsAccount?> FindAsync(CustomerId customerId, CancellationToken cancellationToken = default) => Task.FromResult<PointsAccount?>(null);

        public Task SaveAsync(PointsAccount account, long expectedVersion, CancellationToken cancellationToken = default)
        {
            Saves++;
            throw new ConcurrencyConflictException("points account", expectedVersion, expectedVersion + 1);
        }
    }
}
