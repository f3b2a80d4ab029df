namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IPointsAccountRepository"/> must have. Derive a test class from
/// it in your test project and return your store from <see cref="CreateRepository"/>; xunit runs
/// these tests against it: round-trip of every field, optimistic concurrency, idempotency that
/// survives a reload, and independence of customers.
/// </summary>
public abstract class PointsAccountRepositoryContract
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 10, 2, 0);

    /// <summary>The policy the contract's accounts use.</summary>
    protected virtual PointsPolicy Policy => PointsPolicy.Default;

    /// <summary>Creates an empty store under test.</summary>
    /// <param name="policy">The policy the store rebuilds accounts with.</param>
    /// <returns>The repository.</returns>
    protected abstract IPointsAccountRepository CreateRepository(PointsPolicy policy);

    /// <summary>An unknown customer has no account.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Find_returns_null_for_a_customer_without_an_account()
    {
        var repository = CreateRepository(Policy);

        Assert.Null(await repository.FindAsync(new CustomerId("nobody"), Token));
    }

    /// <summary>Every field of every record survives a save and a load.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_then_find_round_trips_every_field()
    {
        var repository = CreateRepository(Policy);
        var account = RichAccount(new CustomerId("c-rich"));

        await repository.SaveAsync(account, 0, Token);
        var loaded = await repository.FindAsync(account.CustomerId, Token);

        Assert.NotNull(loaded);
        AssertSameState(account.ToSnapshot(), loaded.ToSnapshot());
    }

    /// <summary>Two writers that both start from nothing cannot both create the account.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Creating_the_same_account_twice_from_version_zero_conflicts()
    {
        var repository = CreateRepository(Policy);
        var customer = new CustomerId("c-twice");
        var first = Earned(customer, "o-1", 100m);
        var second = Earned(customer, "o-2", 300m);
        await repository.SaveAsync(first, 0, Token);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second, 0, Token));

        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(first.Version, conflict.ActualVersion);
        AssertSameState(first.ToSnapshot(), (await repository.FindAsync(customer, Token))!.ToSnapshot());
    }

    /// <summary>A write from a stale load is refused and leaves the stored account as the first writer left it.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_from_a_stale_version_throws_and_keeps_the_stored_state()
    {
        var repository = CreateRepository(Policy);
        var customer = new CustomerId("c-stale");
        await repository.SaveAsync(Earned(customer, "o-1", 100m), 0, Token);
        var writerA = (await repository.FindAsync(customer, Token))!;
        var writerB = (await repository.FindAsync(customer, Token))!;
        var loadedVersion = writerA.Version;
        writerA.Execute(new AdjustPoints(new IdempotencyKey("a"), Points.Of(10), "writer A"), Start);
        writerB.Execute(new AdjustPoints(new IdempotencyKey("b"), Points.Of(20), "writer B"), Start);

        await repository.SaveAsync(writerA, loadedVersion, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(writerB, loadedVersion, Token));

        var stored = (await repository.FindAsync(customer, Token))!;
        Assert.Equal(writerA.Version, stored.Version);
        AssertSameState(writerA.ToSnapshot(), stored.ToSnapshot());
    }

    /// <summary>Saving again from the version last saved succeeds, each time.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Successive_saves_from_the_last_saved_version_succeed()
    {
        var repository = CreateRepository(Policy);
        var account = Earned(new CustomerId("c-successive"), "o-1", 100m);
        await repository.SaveAsync(account, 0, Token);

        for (var i = 0; i < 3; i++)
        {
            var loaded = (await repository.FindAsync(account.CustomerId, Token))!;
            var version = loaded.Version;
            loaded.Execute(new AdjustPoints(new IdempotencyKey($"adj-{i}"), Points.Of(5), "loyalty gift"), Start);
            await repository.SaveAsync(loaded, version, Token);
        }

        var final = (await repository.FindAsync(account.CustomerId, Token))!;
        Assert.Equal(account.Version + 3, final.Version);
        Assert.Equal(Points.Of(100 + 15), final.Balance);
    }

    /// <summary>A command replayed after a reload returns the first outcome and changes nothing.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Idempotency_keys_survive_a_reload()
    {
        var repository = CreateRepository(Policy);
        var customer = new CustomerId("c-replay");
        var account = PointsAccount.Open(customer, Policy);
        var earn = new EarnPoints(new IdempotencyKey("o-1:earn"), PaidOrder.Simple(new OrderId("o-1"), Start, Money.Of(250m, Currency.CNY)));
        var first = account.Execute(earn, Start);
        await repository.SaveAsync(account, 0, Token);

        var reloaded = (await repository.FindAsync(customer, Token))!;
        var replay = reloaded.Execute(earn, Start + Duration.FromDays(1));

        Assert.True(replay.IsReplay);
        Assert.Equal(first.Change, replay.Change);
        Assert.Equal(first.Entries, replay.Entries);
        Assert.Equal(account.Version, reloaded.Version);
    }

    /// <summary>
    /// What a store keeps of a processed command is its whole content: after a reload, the same key
    /// with another amount, line or multiplier is refused, not replayed.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_key_reused_for_another_command_is_refused_after_a_reload()
    {
        var repository = CreateRepository(Policy);
        var customer = new CustomerId("c-reused");
        var account = PointsAccount.Open(customer, Policy);
        var key = new IdempotencyKey("o-1:earn");
        var lines = new[] { new PaidOrderLine(new Sku("sku-1"), new CategoryId("general"), Money.Of(200m, Currency.CNY)) };
        account.Execute(new EarnPoints(key, new PaidOrder(new OrderId("o-1"), Start, lines, Money.Zero(Currency.CNY), Money.Zero(Currency.CNY)), 1.5m), Start);
        await repository.SaveAsync(account, 0, Token);

        var reloaded = (await repository.FindAsync(customer, Token))!;
        var sameAtAnotherScale = new EarnPoints(key, new PaidOrder(new OrderId("o-1"), Start, [new PaidOrderLine(new Sku("sku-1"), new CategoryId("general"), Money.Of(200.00m, Currency.CNY))], Money.Zero(Currency.CNY), Money.Zero(Currency.CNY)), 1.50m);
        var otherAmount = new EarnPoints(key, new PaidOrder(new OrderId("o-1"), Start, [new PaidOrderLine(new Sku("sku-1"), new CategoryId("general"), Money.Of(999m, Currency.CNY))], Money.Zero(Currency.CNY), Money.Zero(Currency.CNY)), 1.5m);
        var otherMultiplier = new EarnPoints(key, new PaidOrder(new OrderId("o-1"), Start, lines, Money.Zero(Currency.CNY), Money.Zero(Currency.CNY)), 2m);

        Assert.True(reloaded.Execute(sameAtAnotherScale, Start + Duration.FromDays(1)).IsReplay);
        Assert.Throws<IdempotencyKeyReusedException>(() => reloaded.Execute(otherAmount, Start + Duration.FromDays(1)));
        Assert.Throws<IdempotencyKeyReusedException>(() => reloaded.Execute(otherMultiplier, Start + Duration.FromDays(1)));
        Assert.Equal(account.Version, reloaded.Version);
    }

    /// <summary>After a reload the account still knows its refunds, redemptions and earnings.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Refunds_redemptions_and_earnings_still_count_after_a_reload()
    {
        var repository = CreateRepository(Policy);
        var account = RichAccount(new CustomerId("c-reload"));
        await repository.SaveAsync(account, 0, Token);
        var reloaded = (await repository.FindAsync(account.CustomerId, Token))!;
        var at = reloaded.LastEntryAt!.Value;
        var cny = Currency.CNY;

        var refundAgain = reloaded.Execute(new ClawBackPoints(new IdempotencyKey("r-1:again"), new OrderRefund(new RefundId("r-1"), new OrderId("o-2"), Money.Of(1m, cny))), at);
        var earnAgain = reloaded.Execute(new EarnPoints(new IdempotencyKey("o-1:again"), PaidOrder.Simple(new OrderId("o-1"), at, Money.Of(1m, cny))), at);
        var cancel = reloaded.Execute(new CancelRedemption(new IdempotencyKey("o-5:cancel"), new OrderId("o-5")), at);

        Assert.Equal(PointsRejectionReason.RefundAlreadyProcessed, refundAgain.Reason);
        Assert.Equal(PointsRejectionReason.OrderAlreadyEarned, earnAgain.Reason);
        Assert.True(cancel.Succeeded);
        Assert.Equal(500, cancel.Entries.Where(e => e.Kind == PointsEntryKind.RedemptionCancelled).Sum(e => e.Change.Value));
    }

    /// <summary>Saving one customer's account leaves another's untouched.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Accounts_of_different_customers_are_independent()
    {
        var repository = CreateRepository(Policy);
        var alice = Earned(new CustomerId("c-alice"), "o-1", 100m);
        var bob = Earned(new CustomerId("c-bob"), "o-1", 700m);

        await repository.SaveAsync(alice, 0, Token);
        await repository.SaveAsync(bob, 0, Token);

        Assert.Equal(Points.Of(100), (await repository.FindAsync(alice.CustomerId, Token))!.Balance);
        Assert.Equal(Points.Of(700), (await repository.FindAsync(bob.CustomerId, Token))!.Balance);
    }

    /// <summary>Builds an account that uses every kind of entry and record, for round-trip tests.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The account.</returns>
    protected PointsAccount RichAccount(CustomerId customer)
    {
        var account = PointsAccount.Open(customer, Policy);
        var cny = Currency.CNY;
        var lines = new[]
        {
            new PaidOrderLine(new Sku("tea-01"), new CategoryId("grocery"), Money.Of(120.50m, cny)),
            new PaidOrderLine(new Sku("cup-02"), new CategoryId("home"), Money.Of(79.50m, cny)),
        };
        var at = Start;
        account.Execute(new EarnPoints(new IdempotencyKey("o-1:earn"), new PaidOrder(new OrderId("o-1"), at, lines, Money.Of(8m, cny), Money.Zero(cny)), 1.5m), at);
        account.Execute(new EarnPoints(new IdempotencyKey("o-2:earn"), PaidOrder.Simple(new OrderId("o-2"), at, Money.Of(400m, cny)), 1m), at);
        at += Duration.FromDays(8);
        account.Execute(new RedeemPoints(new IdempotencyKey("o-3:redeem"), new OrderId("o-3"), Money.Of(1000m, cny), Points.Of(600)), at);
        account.Execute(new RedeemPoints(new IdempotencyKey("o-4:redeem"), new OrderId("o-4"), Money.Of(10m, cny), Points.Of(100)), at);
        account.Execute(new CancelRedemption(new IdempotencyKey("o-3:cancel"), new OrderId("o-3")), at + Duration.FromHours(1));
        account.Execute(new RedeemPoints(new IdempotencyKey("o-5:redeem"), new OrderId("o-5"), Money.Of(2000m, cny), Points.Of(500)), at + Duration.FromHours(2));
        account.Execute(new ClawBackPoints(new IdempotencyKey("r-1:clawback"), new OrderRefund(new RefundId("r-1"), new OrderId("o-2"), Money.Of(400m, cny))), at + Duration.FromDays(1));
        account.Execute(new AdjustPoints(new IdempotencyKey("adj-1"), Points.Of(50), "late delivery"), at + Duration.FromDays(2));
        account.Execute(new AdjustPoints(new IdempotencyKey("adj-2"), Points.Of(30), "welcome back"), at + Duration.FromDays(2));
        account.Execute(new AdjustPoints(new IdempotencyKey("adj-3"), Points.Of(300), "anniversary gift"), at + Duration.FromDays(3));
        account.Expire(Instant.FromUtc(2029, 1, 1, 0, 0));
        if (account.Entries.Select(e => e.Kind).Distinct().Count() < 7 || account.ToSnapshot().Commands.Any(c => c.Reason is not null))
        {
            throw new InvalidOperationException("The contract's rich account must use every kind of entry and no refused command.");
        }

        return account;
    }

    /// <summary>Asserts that two snapshots hold the same state, field by field.</summary>
    /// <param name="expected">The state saved.</param>
    /// <param name="actual">The state loaded.</param>
    protected static void AssertSameState(PointsAccountSnapshot expected, PointsAccountSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.CustomerId, actual.CustomerId);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Lots, actual.Lots);
        Assert.Equal(expected.Entries, actual.Entries);
        Assert.Equal(expected.Redemptions, actual.Redemptions);
        Assert.Equal(expected.Earnings, actual.Earnings);
        Assert.Equal(expected.Refunds, actual.Refunds);
        Assert.Equal(expected.Commands, actual.Commands);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private PointsAccount Earned(CustomerId customer, string order, decimal amount)
    {
        var account = PointsAccount.Open(customer, Policy);
        account.Execute(new EarnPoints(new IdempotencyKey(order + ":earn"), PaidOrder.Simple(new OrderId(order), Start, Money.Of(amount, Currency.CNY))), Start);
        account.Execute(new AdjustPoints(new IdempotencyKey(order + ":settle"), Points.Of(1), "rounding"), Start);
        account.Execute(new AdjustPoints(new IdempotencyKey(order + ":unsettle"), Points.Of(-1), "rounding"), Start + Duration.FromDays(8));
        return account;
    }
}
