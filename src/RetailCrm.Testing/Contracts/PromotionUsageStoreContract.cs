namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IPromotionUsageStore"/> must have. Derive a test class from it in
/// your test project and return a new, empty store and the outbox it writes to from
/// <see cref="CreateStore"/>; xunit runs these tests against it: round-trips, atomic commits (a
/// refused or conflicting commit writes nothing, events included), bounded increments under 64
/// racing writers, the (promotion, order) natural key, outbox order, paged history, and the cost
/// bound (a load returns as many records after 500 orders as after 10).
/// </summary>
public abstract class PromotionUsageStoreContract
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 18, 4, 0);
    private static readonly PromotionId Flash = new("flash");
    private static readonly PromotionId Spend = new("spend");

    /// <summary>Creates an empty store for one test, and the outbox it appends its events to.</summary>
    /// <returns>The store under test and its outbox.</returns>
    protected abstract (IPromotionUsageStore Store, IEventOutbox Outbox) CreateStore();

    /// <summary>Nothing recorded: every counter reads zero and the order has no uses.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_load_before_any_commit_finds_nothing()
    {
        var (store, _) = CreateStore();

        var loaded = await store.LoadAsync(Keys(Flash, "c-1", "o-1"), Token);

        Assert.Equal(0, loaded.RecordCount);
        Assert.Equal(0, loaded.ValueOf(UsageCounter.UnitsSold(Flash)));
    }

    /// <summary>The uses and counters of a commit are loaded back exactly, and only those named.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_commit_round_trips_the_uses_and_the_counters()
    {
        var (store, _) = CreateStore();
        var flash = Use("o-1", "c-1", 2, 19.90m);
        var spend = new PromotionUse(new OrderId("o-1"), new CustomerId("c-1"), 0, Yuan(5m), new CouponCode("WELCOME-1"));

        Assert.True((await store.CommitAsync(Record((Flash, flash), (Spend, spend)), Token)).Succeeded);
        var loaded = await store.LoadAsync(new PromotionUsageKeys([.. CountersOf(Flash, flash), .. CountersOf(Spend, spend)], new OrderId("o-1")), Token);

        Assert.Equal([new OrderUse(Flash, flash), new OrderUse(Spend, spend)], loaded.OrderUses.OrderBy(u => u.Promotion.Value, StringComparer.Ordinal));
        Assert.Equal(2, loaded.ValueOf(UsageCounter.UnitsSold(Flash)));
        Assert.Equal(1990, loaded.ValueOf(UsageCounter.DiscountGiven(Flash)));
        Assert.Equal(1, loaded.ValueOf(UsageCounter.CouponCustomerUses(Spend, new CouponCode("welcome 1"), new CustomerId("c-1"))));
        Assert.Equal(0, loaded.ValueOf(UsageCounter.UnitsSold(Spend)));
        Assert.Equal(11, loaded.RecordCount);
    }

    /// <summary>A commit whose last increment would pass its limit writes nothing: no use, no counter, no event.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_commit_refused_by_its_last_increment_writes_nothing()
    {
        var (store, outbox) = CreateStore();
        await store.CommitAsync(Record((Flash, Use("o-1", "c-1", 8, 1m))), Token);
        var flash = Use("o-2", "c-2", 2, 1m);
        var spend = Use("o-2", "c-2", 0, 50m);
        var change = Record([(Flash, flash), (Spend, spend)], new CounterIncrement(UsageCounter.UnitsSold(new PromotionId("gone")), 1, 0));

        var result = await store.CommitAsync(change, Token);

        Assert.False(result.Succeeded);
        Assert.Equal(change.Increments[^1], result.Refused);
        Assert.Equal(0, result.CounterValue);
        await AssertOnlyFirstOrderStoredAsync(store, outbox);
    }

    /// <summary>Inserting a use of a promotion by an order that is stored already throws and writes nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Inserting_a_use_already_stored_throws_and_writes_nothing()
    {
        var (store, outbox) = CreateStore();
        await store.CommitAsync(Record((Flash, Use("o-1", "c-1", 8, 1m))), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Record((Spend, Use("o-1", "c-1", 0, 5m)), (Flash, Use("o-1", "c-1", 1, 1m))), Token));

        await AssertOnlyFirstOrderStoredAsync(store, outbox);
    }

    /// <summary>Removing a use that is not stored exactly as given (gone, or other figures) throws and writes nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Removing_a_use_not_stored_as_given_throws_and_writes_nothing()
    {
        var (store, outbox) = CreateStore();
        await store.CommitAsync(Record((Flash, Use("o-1", "c-1", 8, 1m))), Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Release((Flash, Use("o-1", "c-1", 7, 1m))), Token));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Release((Flash, Use("o-1", "c-1", 8, 1m)), (Spend, Use("o-1", "c-1", 0, 5m))), Token));

        await AssertOnlyFirstOrderStoredAsync(store, outbox);
    }

    /// <summary>Removing the uses gives every counter back; removing them again conflicts.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Removing_an_orders_uses_gives_the_counters_back_once()
    {
        var (store, _) = CreateStore();
        var use = Use("o-1", "c-1", 3, 9m);
        await store.CommitAsync(Record((Flash, use)), Token);

        Assert.True((await store.CommitAsync(Release((Flash, use)), Token)).Succeeded);
        var loaded = await store.LoadAsync(Keys(Flash, "c-1", "o-1"), Token);

        Assert.Equal(0, loaded.RecordCount);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Release((Flash, use)), Token));
    }

    /// <summary>A decrement that would take a counter below zero throws and writes nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_decrement_below_zero_throws_and_writes_nothing()
    {
        var (store, outbox) = CreateStore();
        await store.CommitAsync(Record((Flash, Use("o-1", "c-1", 8, 1m))), Token);
        var change = new PromotionUsageChange([], [], [new CounterIncrement(UsageCounter.Uses(Flash), -1), new CounterIncrement(UsageCounter.UnitsSold(Spend), -1)], []);

        await Assert.ThrowsAsync<InvariantViolationException>(() => store.CommitAsync(change, Token));

        await AssertOnlyFirstOrderStoredAsync(store, outbox);
    }

    /// <summary>64 writers racing for 20 units by bounded increments: exactly 20 commit, the others are refused at 20, none conflicts.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Sixty_four_racing_writers_never_pass_a_counters_limit_and_never_conflict()
    {
        var (store, outbox) = CreateStore();
        var limit = new CounterIncrement(UsageCounter.UnitsSold(Flash), 1, 20);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(
            () => store.CommitAsync(Record([(Flash, Use($"o-{n}", $"c-{n}", 1, 1m))], limit, skipUnits: true), Token),
            Token)));

        Assert.Equal(20, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal((limit, 20L), (r.Refused!, r.CounterValue)));
        var loaded = await store.LoadAsync(new PromotionUsageKeys([UsageCounter.UnitsSold(Flash), UsageCounter.Uses(Flash)]), Token);
        Assert.Equal((20L, 20L), (loaded.ValueOf(UsageCounter.UnitsSold(Flash)), loaded.ValueOf(UsageCounter.Uses(Flash))));
        Assert.Equal(20, (await outbox.ReadAsync(0, 100, Token)).Count);
    }

    /// <summary>64 writers inserting the same use of a promotion by one order: exactly one applies, every other conflicts.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task The_use_of_a_promotion_by_an_order_is_stored_once_however_many_writers_race()
    {
        var (store, outbox) = CreateStore();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(
            async () =>
            {
                try
                {
                    return (await store.CommitAsync(Record((Flash, Use("o-1", "c-1", 1 + (n % 3), 1m))), Token)).Succeeded;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            },
            Token)));

        Assert.Equal(1, outcomes.Count(o => o));
        var loaded = await store.LoadAsync(Keys(Flash, "c-1", "o-1"), Token);
        Assert.Equal(Assert.Single(loaded.OrderUses).Use.Units, loaded.ValueOf(UsageCounter.UnitsSold(Flash)));
        Assert.Equal(1, loaded.ValueOf(UsageCounter.Uses(Flash)));
        Assert.Single(await outbox.ReadAsync(0, 100, Token));
    }

    /// <summary>The events of a commit reach the outbox in order exactly when it commits; refused and conflicting commits add none.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Events_reach_the_outbox_in_order_exactly_when_their_commit_succeeds()
    {
        var (store, outbox) = CreateStore();
        var first = Record((Flash, Use("o-1", "c-1", 1, 1m)), (Spend, Use("o-1", "c-1", 0, 5m)));
        var refused = Record([(Flash, Use("o-2", "c-2", 1, 1m))], new CounterIncrement(UsageCounter.Uses(Spend), 1, 1));
        var conflicting = Record((Flash, Use("o-1", "c-1", 1, 1m)));
        var release = Release((Spend, Use("o-1", "c-1", 0, 5m)));

        await store.CommitAsync(first, Token);
        Assert.False((await store.CommitAsync(refused, Token)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(conflicting, Token));
        await store.CommitAsync(release, Token);

        var entries = await outbox.ReadAsync(0, 100, Token);
        Assert.Equal([.. first.Events, .. release.Events], entries.Select(e => e.Event));
        Assert.Equal(entries.Select(e => e.Position).Order(), entries.Select(e => e.Position));
    }

    /// <summary>A promotion's history holds its uses and releases in commit order, read a page at a time.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task The_history_of_a_promotion_reads_its_uses_and_releases_a_page_at_a_time()
    {
        var (store, _) = CreateStore();
        var changes = new[]
        {
            Record((Flash, Use("o-1", "c-1", 1, 1m))),
            Record((Spend, Use("o-2", "c-2", 0, 5m))),
            Record((Flash, Use("o-3", "c-3", 2, 1m))),
            Release((Flash, Use("o-1", "c-1", 1, 1m))),
        };
        foreach (var change in changes)
        {
            await store.CommitAsync(change, Token);
        }

        var page1 = await store.ReadHistoryAsync(Flash, 0, 2, Token);
        var page2 = await store.ReadHistoryAsync(Flash, page1[^1].Sequence, 2, Token);

        Assert.Equal([changes[0].Events[0], changes[2].Events[0]], page1.Select(e => e.Event));
        Assert.Equal([changes[3].Events[0]], page2.Select(e => e.Event));
        Assert.Empty(await store.ReadHistoryAsync(Flash, page2[^1].Sequence, 2, Token));
        Assert.Single(await store.ReadHistoryAsync(Spend, 0, 10, Token));
    }

    /// <summary>
    /// The cost bound: after 500 orders the load for a new order returns as many records as after 10,
    /// and only the counters named; a store that loads history fails here.
    /// </summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_load_for_a_new_order_returns_as_many_records_after_500_orders_as_after_10()
    {
        async Task<LoadedPromotionUsage> AfterAsync(int orders)
        {
            var (store, _) = CreateStore();
            for (var n = 0; n < orders; n++)
            {
                await store.CommitAsync(Record((Flash, Use($"o-{n}", $"c-{n % 7}", 1, 1m)), (Spend, Use($"o-{n}", $"c-{n % 7}", 0, 2m))), Token);
            }

            var keys = Keys(Flash, "c-new", "o-new");
            var loaded = await store.LoadAsync(keys, Token);
            Assert.All(loaded.Counters.Keys, k => Assert.Contains(k, keys.Counters));
            return loaded;
        }

        var few = await AfterAsync(10);
        var many = await AfterAsync(500);

        Assert.Equal(few.RecordCount, many.RecordCount);
        Assert.Equal(3, many.RecordCount);
        Assert.Equal(500, many.ValueOf(UsageCounter.Uses(Flash)));
    }

    /// <summary>A use with its counters: uses, the customer's uses, units, discount, and the coupon's when it names one.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="use">The use.</param>
    /// <returns>The counters.</returns>
    protected static IEnumerable<UsageCounter> CountersOf(PromotionId promotion, PromotionUse use)
    {
        ArgumentNullException.ThrowIfNull(use);
        yield return UsageCounter.Uses(promotion);
        yield return UsageCounter.CustomerUses(promotion, use.Customer);
        yield return UsageCounter.UnitsSold(promotion);
        yield return UsageCounter.DiscountGiven(promotion);
        if (use.Coupon is { } code)
        {
            yield return UsageCounter.CouponUses(promotion, code);
            yield return UsageCounter.CouponCustomerUses(promotion, code, use.Customer);
        }
    }

    private static PromotionUsageChange Record(params (PromotionId Promotion, PromotionUse Use)[] uses) => Record(uses, null);

    private static PromotionUsageChange Record((PromotionId Promotion, PromotionUse Use)[] uses, CounterIncrement? last, bool skipUnits = false) =>
        new(
            uses.Select(u => new OrderUse(u.Promotion, u.Use)),
            [],
            [.. uses.SelectMany(u => Moves(u.Promotion, u.Use, +1)).Where(i => !skipUnits || i.Counter.Kind != UsageCounterKind.UnitsSold), .. last is null ? [] : new[] { last }],
            uses.Select(u => new PromotionUsed(u.Promotion, u.Use, At)));

    private static PromotionUsageChange Release(params (PromotionId Promotion, PromotionUse Use)[] uses) =>
        new([], uses.Select(u => new OrderUse(u.Promotion, u.Use)), uses.SelectMany(u => Moves(u.Promotion, u.Use, -1)), uses.Select(u => new PromotionReleased(u.Promotion, u.Use, At)));

    private static IEnumerable<CounterIncrement> Moves(PromotionId promotion, PromotionUse use, int sign) =>
        CountersOf(promotion, use)
            .Select(c => (Counter: c, Amount: c.Kind switch { UsageCounterKind.UnitsSold => use.Units, UsageCounterKind.DiscountGiven => use.Discount.ToMinorUnits(), _ => 1 }))
            .Where(m => m.Amount != 0)
            .Select(m => new CounterIncrement(m.Counter, sign * m.Amount));

    private static PromotionUsageKeys Keys(PromotionId promotion, string customer, string order) =>
        new(CountersOf(promotion, Use(order, customer, 0, 0m)), new OrderId(order));

    // After the first order (o-1 of c-1: 8 units, CNY 1 of flash) and a commit that must have written nothing.
    private static async Task AssertOnlyFirstOrderStoredAsync(IPromotionUsageStore store, IEventOutbox outbox)
    {
        var counters = new[] { Flash, Spend, new PromotionId("gone") }.SelectMany(p => CountersOf(p, Use("o-2", "c-2", 0, 0m)).Append(UsageCounter.CustomerUses(p, new CustomerId("c-1"))));
        var other = await store.LoadAsync(new PromotionUsageKeys(counters, new OrderId("o-2")), Token);
        var first = await store.LoadAsync(new PromotionUsageKeys([], new OrderId("o-1")), Token);

        Assert.Equal([new OrderUse(Flash, Use("o-1", "c-1", 8, 1m))], first.OrderUses);
        Assert.Empty(other.OrderUses);
        var expected = new Dictionary<UsageCounter, long>
        {
            [UsageCounter.Uses(Flash)] = 1,
            [UsageCounter.CustomerUses(Flash, new CustomerId("c-1"))] = 1,
            [UsageCounter.UnitsSold(Flash)] = 8,
            [UsageCounter.DiscountGiven(Flash)] = 100,
        };
        Assert.Equal(expected.Select(c => $"{c.Key}={c.Value}").Order(StringComparer.Ordinal), other.Counters.Select(c => $"{c.Key}={c.Value}").Order(StringComparer.Ordinal));
        Assert.Single(await outbox.ReadAsync(0, 100, Token));
        Assert.Empty(await store.ReadHistoryAsync(Spend, 0, 100, Token));
    }

    private static PromotionUse Use(string order, string customer, long units, decimal discount) =>
        new(new OrderId(order), new CustomerId(customer), units, Yuan(discount));

    private static Money Yuan(decimal amount) => Money.Of(amount, Currency.CNY);

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
