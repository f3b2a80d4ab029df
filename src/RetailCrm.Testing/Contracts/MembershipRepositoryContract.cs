namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IMembershipRepository"/> must have. Derive a test class from it
/// in your test project and return your store from <see cref="CreateRepository"/>; xunit runs these
/// tests against it: round-trip of every field, optimistic concurrency, replays recognised after a
/// reload, and independence of customers.
/// </summary>
public abstract class MembershipRepositoryContract
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// The ladder the contract's accounts climb: CNY in Asia/Shanghai, calendar-year window, grace
    /// period of 30 days; Regular, Silver from CNY 1,000 spent or 500 points, Gold from CNY 5,000 and 3 orders.
    /// </summary>
    protected virtual TierLadder Ladder { get; } = new(
        Currency.CNY,
        Shanghai,
        QualificationWindow.CalendarYear,
        new TierDefinition(new TierId("regular"), "Regular", TierRequirement.None),
        new TierDefinition(new TierId("silver"), "Silver", new TierRequirement { MinSpend = Money.Of(1_000m, Currency.CNY), MinPoints = Points.Of(500), Mode = RequirementMode.Any }),
        new TierDefinition(new TierId("gold"), "Gold", new TierRequirement { MinSpend = Money.Of(5_000m, Currency.CNY), MinOrders = 3 }));

    /// <summary>Creates an empty store under test.</summary>
    /// <param name="ladder">The ladder the store rebuilds accounts with.</param>
    /// <returns>The repository.</returns>
    protected abstract IMembershipRepository CreateRepository(TierLadder ladder);

    /// <summary>An unknown customer has no account.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Find_returns_null_for_a_customer_without_an_account()
    {
        var repository = CreateRepository(Ladder);

        Assert.Null(await repository.FindAsync(new CustomerId("nobody"), Token));
    }

    /// <summary>Every field, every history entry and every activity survives a save and a load.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_then_find_round_trips_every_field()
    {
        var repository = CreateRepository(Ladder);
        var account = RichAccount(new CustomerId("m-rich"));

        await repository.SaveAsync(account, 0, Token);
        var loaded = await repository.FindAsync(account.Customer, Token);

        Assert.NotNull(loaded);
        AssertSameState(account.ToSnapshot(), loaded.ToSnapshot());
        Assert.Equal(account.ProgressAt(At(2028, 3, 1)), loaded.ProgressAt(At(2028, 3, 1)));
    }

    /// <summary>Two writers that both start from nothing cannot both create the account.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Creating_the_same_account_twice_from_version_zero_conflicts()
    {
        var repository = CreateRepository(Ladder);
        var customer = new CustomerId("m-twice");
        var first = Ordered(customer, "o-1", 1_200m);
        var second = Ordered(customer, "o-2", 300m);
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
        var repository = CreateRepository(Ladder);
        var customer = new CustomerId("m-stale");
        await repository.SaveAsync(Ordered(customer, "o-1", 600m), 0, Token);
        var writerA = (await repository.FindAsync(customer, Token))!;
        var writerB = (await repository.FindAsync(customer, Token))!;
        var loadedVersion = writerA.Version;
        writerA.RecordOrder(new OrderId("o-a"), Money.Of(500m, Currency.CNY), At(2026, 2, 1));
        writerB.Assign(new IdempotencyKey("assign-b"), new TierId("gold"), At(2026, 2, 1), null, "writer B");

        await repository.SaveAsync(writerA, loadedVersion, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(writerB, loadedVersion, Token));

        var stored = (await repository.FindAsync(customer, Token))!;
        Assert.Equal(writerA.Version, stored.Version);
        Assert.Equal(new TierId("silver"), stored.CurrentTier);
        AssertSameState(writerA.ToSnapshot(), stored.ToSnapshot());
    }

    /// <summary>Saving again from the version last saved succeeds, each time.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Successive_saves_from_the_last_saved_version_succeed()
    {
        var repository = CreateRepository(Ladder);
        var account = Ordered(new CustomerId("m-successive"), "o-1", 100m);
        await repository.SaveAsync(account, 0, Token);

        for (var i = 0; i < 3; i++)
        {
            var loaded = (await repository.FindAsync(account.Customer, Token))!;
            var version = loaded.Version;
            loaded.RecordOrder(new OrderId($"o-next-{i}"), Money.Of(2_000m, Currency.CNY), At(2026, 3, 1 + i));
            await repository.SaveAsync(loaded, version, Token);
        }

        var final = (await repository.FindAsync(account.Customer, Token))!;
        Assert.Equal(account.Version + 3, final.Version);
        Assert.Equal(new TierId("gold"), final.CurrentTier);
    }

    /// <summary>An order, a refund, points or an assignment recorded again after a reload are replays, and other figures under their ids or keys are refused.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Replays_are_recognised_after_a_reload()
    {
        var repository = CreateRepository(Ladder);
        var account = RichAccount(new CustomerId("m-replay"));
        await repository.SaveAsync(account, 0, Token);

        var reloaded = (await repository.FindAsync(account.Customer, Token))!;

        Assert.Equal(MembershipOutcome.Replayed, reloaded.RecordOrder(new OrderId("o-1"), Money.Of(2_000m, Currency.CNY), At(2026, 2, 1)).Outcome);
        Assert.Equal(MembershipOutcome.Replayed, reloaded.RecordRefund(new RefundId("r-2"), new OrderId("o-2"), Money.Of(2_000m, Currency.CNY), At(2026, 4, 11)).Outcome);
        Assert.Equal(MembershipOutcome.Replayed, reloaded.RecordPoints(new IdempotencyKey("o-3:earn"), Points.Of(450), At(2026, 4, 1), At(2026, 4, 15)).Outcome);
        var assignment = reloaded.Assign(new IdempotencyKey("assign-partner"), new TierId("gold"), At(2028, 9, 1), At(2028, 8, 1), "partner programme");
        Assert.Equal((MembershipOutcome.Replayed, account.Assignments[^1].TierAfter, account.Assignments[^1].Changes), (assignment.Outcome, assignment.Tier, assignment.Changes));
        Assert.Throws<IdempotencyKeyReusedException>(() => reloaded.Assign(new IdempotencyKey("assign-partner"), new TierId("silver"), At(2028, 9, 1), null, "partner programme"));
        Assert.Throws<IdempotencyKeyReusedException>(() => reloaded.RecordOrder(new OrderId("o-1"), Money.Of(2_100m, Currency.CNY), At(2026, 2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => reloaded.RecordRefund(new RefundId("r-3"), new OrderId("o-1"), Money.Of(1_500.01m, Currency.CNY), At(2026, 5, 1)));
        Assert.Equal(account.Version, reloaded.Version);
    }

    /// <summary>Saving one customer's account leaves another's untouched.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Accounts_of_different_customers_are_independent()
    {
        var repository = CreateRepository(Ladder);
        var alice = Ordered(new CustomerId("m-alice"), "o-1", 1_200m);
        var bob = Ordered(new CustomerId("m-bob"), "o-1", 300m);

        await repository.SaveAsync(alice, 0, Token);
        await repository.SaveAsync(bob, 0, Token);

        Assert.Equal(new TierId("silver"), (await repository.FindAsync(alice.Customer, Token))!.CurrentTier);
        Assert.Equal(new TierId("regular"), (await repository.FindAsync(bob.Customer, Token))!.CurrentTier);
        Assert.Equal(Money.Of(300m, Currency.CNY), (await repository.FindAsync(bob.Customer, Token))!.TotalsAt(At(2026, 1, 20)).Spend);
    }

    /// <summary>
    /// Builds an account with every kind of history entry and activity: an assignment that ended and
    /// one still running, upgrades, reviews, orders, a partial and a full refund, pending points.
    /// </summary>
    /// <param name="customer">The member.</param>
    /// <returns>The account, on <see cref="Ladder"/>.</returns>
    protected MembershipAccount RichAccount(CustomerId customer)
    {
        var cny = Currency.CNY;
        var account = MembershipAccount.Open(customer, Ladder, At(2026, 1, 5));
        account.Assign(new IdempotencyKey("assign-welcome"), new TierId("silver"), At(2026, 1, 6), At(2026, 2, 1), "welcome offer");
        account.RecordOrder(new OrderId("o-1"), Money.Of(2_000m, cny), At(2026, 2, 1));
        account.RecordOrder(new OrderId("o-2"), Money.Of(2_000m, cny), At(2026, 3, 1));
        account.RecordOrder(new OrderId("o-3"), Money.Of(1_500.50m, cny), At(2026, 4, 1));
        account.RecordRefund(new RefundId("r-1"), new OrderId("o-1"), Money.Of(500m, cny), At(2026, 4, 10));
        account.RecordRefund(new RefundId("r-2"), new OrderId("o-2"), Money.Of(2_000m, cny), At(2026, 4, 11));
        account.RecordPoints(new IdempotencyKey("o-3:earn"), Points.Of(450), At(2026, 4, 1), At(2026, 4, 15));
        account.RecordPoints(new IdempotencyKey("r-2:clawback"), Points.Of(-30), At(2026, 4, 11), At(2026, 4, 11));
        account.Evaluate(At(2028, 2, 1));
        account.Assign(new IdempotencyKey("assign-partner"), new TierId("gold"), At(2028, 2, 2), At(2028, 8, 1), "partner programme");
        var reasons = account.History.Select(c => c.Reason).Distinct().Count();
        if (reasons < 5 || account.Assignment is null || !account.Activities.Any(a => a.Orders < 0) || !account.Activities.Any(a => a.CountsFrom > a.At))
        {
            throw new InvalidOperationException("The contract's rich account must use every kind of history entry and activity.");
        }

        return account;
    }

    /// <summary>Asserts that two snapshots hold the same state, field by field.</summary>
    /// <param name="expected">The state saved.</param>
    /// <param name="actual">The state loaded.</param>
    protected static void AssertSameState(MembershipSnapshot expected, MembershipSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Customer, actual.Customer);
        Assert.Equal(expected.JoinedAt, actual.JoinedAt);
        Assert.Equal(expected.EarnedTier, actual.EarnedTier);
        Assert.Equal(expected.CurrentTier, actual.CurrentTier);
        Assert.Equal(expected.TierSince, actual.TierSince);
        Assert.Equal(expected.NextReview, actual.NextReview);
        Assert.Equal(expected.Assignment, actual.Assignment);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal((expected.Assignments ?? []).Count, (actual.Assignments ?? []).Count);
        foreach (var (saved, loaded) in (expected.Assignments ?? []).Zip(actual.Assignments ?? []))
        {
            Assert.Equal((saved.Key, saved.Tier, saved.Until, saved.Reason, saved.TierAfter), (loaded.Key, loaded.Tier, loaded.Until, loaded.Reason, loaded.TierAfter));
            Assert.Equal(saved.Changes, loaded.Changes);
        }

        Assert.Equal(expected.Version, actual.Version);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(Shanghai).ToInstant();

    private MembershipAccount Ordered(CustomerId customer, string order, decimal spend)
    {
        var account = MembershipAccount.Open(customer, Ladder, At(2026, 1, 5));
        account.RecordOrder(new OrderId(order), Money.Of(spend, Currency.CNY), At(2026, 1, 10));
        return account;
    }
}
