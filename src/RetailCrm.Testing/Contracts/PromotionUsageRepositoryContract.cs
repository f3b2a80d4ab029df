namespace RetailCrm.Testing;

using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IPromotionUsageRepository"/> must have. Derive a test class from
/// it in your test project and return your store from <see cref="CreateRepository"/>; xunit runs
/// these tests against it: round-trip of every use, optimistic concurrency, released orders
/// staying released after a reload, independence of promotions, and flash-sale stock that racing
/// writers can never oversell.
/// </summary>
public abstract class PromotionUsageRepositoryContract
{
    private static readonly PromotionLimits NoLimits = PromotionLimits.None;

    /// <summary>Creates an empty store for one test.</summary>
    /// <returns>The store under test.</returns>
    protected abstract IPromotionUsageRepository CreateRepository();

    /// <summary>A store that has never seen a promotion finds nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Find_returns_null_for_a_promotion_never_used()
    {
        Assert.Null(await CreateRepository().FindAsync(new PromotionId("never"), Token));
    }

    /// <summary>Every use, with its customer, units, discount and coupon, survives a save and a load.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Save_then_find_round_trips_every_use()
    {
        var repository = CreateRepository();
        var ledger = RichLedger(new PromotionId("p-rich"));

        await repository.SaveAsync(ledger, 0, Token);
        var loaded = await repository.FindAsync(ledger.Promotion, Token);

        Assert.NotNull(loaded);
        AssertSameState(ledger, loaded);
    }

    /// <summary>Two writers creating the same ledger from version 0: the second conflicts and the first stays.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Creating_the_same_ledger_twice_from_version_zero_conflicts()
    {
        var repository = CreateRepository();
        var promotion = new PromotionId("p-twice");
        var first = PromotionUsageLedger.Open(promotion, Currency.CNY);
        first.Record(Use("o-1", "c-1", 1, 5m), NoLimits);
        var second = PromotionUsageLedger.Open(promotion, Currency.CNY);
        second.Record(Use("o-2", "c-2", 2, 7m), NoLimits);
        await repository.SaveAsync(first, 0, Token);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second, 0, Token));

        Assert.Equal(0, conflict.ExpectedVersion);
        AssertSameState(first, (await repository.FindAsync(promotion, Token))!);
    }

    /// <summary>A save from a stale version throws and keeps what the other writer stored.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Save_from_a_stale_version_throws_and_keeps_the_stored_state()
    {
        var repository = CreateRepository();
        var promotion = new PromotionId("p-stale");
        var ledger = PromotionUsageLedger.Open(promotion, Currency.CNY);
        ledger.Record(Use("o-1", "c-1", 1, 5m), NoLimits);
        await repository.SaveAsync(ledger, 0, Token);
        var writerA = (await repository.FindAsync(promotion, Token))!;
        var writerB = (await repository.FindAsync(promotion, Token))!;
        var loadedVersion = writerA.Version;
        writerA.Record(Use("o-2", "c-2", 1, 5m), NoLimits);
        writerB.Record(Use("o-3", "c-3", 1, 5m), NoLimits);

        await repository.SaveAsync(writerA, loadedVersion, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(writerB, loadedVersion, Token));

        AssertSameState(writerA, (await repository.FindAsync(promotion, Token))!);
    }

    /// <summary>A released order stays released after a save and a load, and its units are free again.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_released_order_stays_released_after_a_reload()
    {
        var repository = CreateRepository();
        var ledger = RichLedger(new PromotionId("p-release"));
        await repository.SaveAsync(ledger, 0, Token);
        var loaded = (await repository.FindAsync(ledger.Promotion, Token))!;
        var version = loaded.Version;

        Assert.True(loaded.Release(new OrderId("o-2")));
        await repository.SaveAsync(loaded, version, Token);
        var reloaded = (await repository.FindAsync(ledger.Promotion, Token))!;

        Assert.DoesNotContain(reloaded.Orders, u => u.Order == new OrderId("o-2"));
        AssertSameState(loaded, reloaded);
    }

    /// <summary>Ledgers of different promotions do not see each other.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Promotions_are_independent()
    {
        var repository = CreateRepository();
        var a = PromotionUsageLedger.Open(new PromotionId("p-a"), Currency.CNY);
        a.Record(Use("o-1", "c-1", 3, 5m), NoLimits);
        var b = PromotionUsageLedger.Open(new PromotionId("p-b"), Currency.CNY);
        b.Record(Use("o-1", "c-1", 7, 9m), NoLimits);

        await repository.SaveAsync(a, 0, Token);
        await repository.SaveAsync(b, 0, Token);

        Assert.Equal(3, (await repository.FindAsync(a.Promotion, Token))!.UnitsSold);
        Assert.Equal(7, (await repository.FindAsync(b.Promotion, Token))!.UnitsSold);
    }

    /// <summary>Many writers racing for 20 units of flash-sale stock through load, record, save and retry sell exactly 20.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Racing_writers_never_sell_more_than_the_stock()
    {
        var repository = CreateRepository();
        var promotion = new PromotionId("p-race");
        var limits = new PromotionLimits { Stock = 20 };

        async Task<bool> BuyAsync(int n)
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var ledger = await repository.FindAsync(promotion, Token) ?? PromotionUsageLedger.Open(promotion, Currency.CNY);
                var version = ledger.Version;
                if (!ledger.Record(Use($"o-{n}", $"c-{n}", 1, 1m), limits).Succeeded)
                {
                    return false;
                }

                try
                {
                    await repository.SaveAsync(ledger, version, Token);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    // Another writer saved first: load its state and try again.
                }
            }

            return false;
        }

        var bought = await Task.WhenAll(Enumerable.Range(0, 60).Select(n => Task.Run(() => BuyAsync(n), Token)));

        Assert.Equal(20, bought.Count(b => b));
        Assert.Equal(20, (await repository.FindAsync(promotion, Token))!.UnitsSold);
    }

    /// <summary>A ledger with uses of several customers, one with a coupon, and a released order.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The ledger, at version 4.</returns>
    protected static PromotionUsageLedger RichLedger(PromotionId promotion)
    {
        var ledger = PromotionUsageLedger.Open(promotion, Currency.CNY);
        ledger.Record(Use("o-1", "c-1", 2, 19.90m), NoLimits);
        ledger.Record(new PromotionUse(new OrderId("o-2"), new CustomerId("c-2"), 1, Money.Of(5m, Currency.CNY), new CouponCode("WELCOME-1")), NoLimits);
        ledger.Record(Use("o-3", "guest:9f86d081", 0, 0.01m), NoLimits);
        ledger.Record(Use("o-4", "c-1", 4, 40m), NoLimits);
        ledger.Release(new OrderId("o-4"));
        return ledger;
    }

    /// <summary>Asserts two ledgers hold the same promotion, currency, version, uses and counters.</summary>
    /// <param name="expected">The ledger saved.</param>
    /// <param name="actual">The ledger loaded.</param>
    protected static void AssertSameState(PromotionUsageLedger expected, PromotionUsageLedger actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Promotion, actual.Promotion);
        Assert.Equal(expected.Currency, actual.Currency);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.UnitsSold, actual.UnitsSold);
        Assert.Equal(expected.DiscountGiven, actual.DiscountGiven);
        Assert.Equal(expected.Orders.OrderBy(u => u.Order.Value, StringComparer.Ordinal), actual.Orders.OrderBy(u => u.Order.Value, StringComparer.Ordinal));
        foreach (var use in expected.Orders)
        {
            Assert.Equal(expected.CountersFor(use.Customer), actual.CountersFor(use.Customer));
            if (use.Coupon is { } code)
            {
                Assert.Equal(expected.CountersFor(code, use.Customer), actual.CountersFor(code, use.Customer));
            }
        }
    }

    private static PromotionUse Use(string order, string customer, long units, decimal discount) =>
        new(new OrderId(order), new CustomerId(customer), units, Money.Of(discount, Currency.CNY));

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
