namespace RetailCrm.Tests.Promotions;

using FsCheck.Xunit;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Recording uses against limits, one use at a time, through the pure decision and the in-memory store.</summary>
public sealed class PromotionUsageLimitTests
{
    private static readonly PromotionId Id = new("p");

    private readonly InMemoryPromotionUsageStore store = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static PromotionUse Use(string order, string customer = "c-1", long units = 1, decimal discount = 5m, string? coupon = null) =>
        new(new OrderId(order), new CustomerId(customer), units, Yuan(discount), coupon is null ? null : new CouponCode(coupon));

    private static Promotion With(PromotionLimits limits) => new(Id, "p", Reward.PercentOff(Percentage.FromPercent(10m))) { Limits = limits };

    [Fact]
    public async Task Recording_past_a_limit_is_refused_and_changes_nothing()
    {
        var promotion = With(new PromotionLimits { MaxUses = 2, MaxUsesPerCustomer = 1, Stock = 3, Budget = Yuan(12m) });
        await RecordAsync(promotion, Use("o-1", "c-1", units: 2));

        Assert.Equal(UsageRejectionReason.CustomerLimitReached, (await RecordAsync(promotion, Use("o-2", "c-1"))).Rejection?.Reason);
        Assert.Equal(UsageRejectionReason.StockSoldOut, (await RecordAsync(promotion, Use("o-3", "c-2", units: 2))).Rejection?.Reason);
        Assert.Equal(UsageRejectionReason.BudgetExhausted, (await RecordAsync(promotion, Use("o-4", "c-2", discount: 7.01m))).Rejection?.Reason);
        Assert.True((await RecordAsync(promotion, Use("o-5", "c-2"))).Succeeded);
        var refused = await RecordAsync(promotion, Use("o-6", "c-3"));

        Assert.Equal(UsageRejectionReason.UsageLimitReached, refused.Rejection?.Reason);
        Assert.Equal("The promotion p has been used 2 times, its limit.", refused.Rejection?.Message);
        Assert.Equal((2L, 3L, 1_000L), (await ValueAsync(UsageCounter.Uses(Id)), await ValueAsync(UsageCounter.UnitsSold(Id)), await ValueAsync(UsageCounter.DiscountGiven(Id))));
        Assert.Equal(2, store.Outbox.Count);
    }

    [Fact]
    public async Task The_store_refuses_what_the_check_on_stale_counters_let_through_with_the_same_reason()
    {
        var promotion = With(new PromotionLimits { Stock = 3 });
        await RecordAsync(promotion, Use("o-1", units: 2));

        var stale = await RecordAsync(promotion, Use("o-2", "c-2", units: 2), LoadedPromotionUsage.Empty);
        var fresh = await RecordAsync(promotion, Use("o-2", "c-2", units: 2));

        Assert.Equal(fresh.Rejection, stale.Rejection);
        Assert.Equal("Only 1 of 3 units are left at the promotional price; the order needs 2.", stale.Rejection?.Message);
        Assert.Equal(2, await ValueAsync(UsageCounter.UnitsSold(Id)));
    }

    [Property(MaxTest = 300)]
    public void Bounded_increments_in_the_store_refuse_exactly_what_the_check_on_fresh_counters_refuses(byte[] orders)
    {
        // Each order is one number: customer 0-3, units 0-3, discount 0-3 yuan, coupon or not.
        var promotion = With(new PromotionLimits { MaxUses = 6, MaxUsesPerCustomer = 2, Stock = 7, Budget = Yuan(9m) });
        var coupon = new Coupon(new CouponCode("C"), Id) { MaxUses = 3, MaxUsesPerCustomer = 1 };
        var (checkedFirst, storeOnly) = (new InMemoryPromotionUsageStore(), new InMemoryPromotionUsageStore());
        for (var n = 0; n < orders.Length; n++)
        {
            var o = orders[n];
            var use = Use($"o-{n}", $"c-{o % 4}", units: o / 4 % 4, discount: o / 16 % 4, coupon: o / 64 % 2 == 1 ? "C" : null);

            var fresh = RecordAsync(checkedFirst, promotion, use, coupon: coupon).Result;
            var stale = RecordAsync(storeOnly, promotion, use, LoadedPromotionUsage.Empty, coupon).Result;

            Assert.Equal((fresh.Succeeded, fresh.Rejection?.Reason), (stale.Succeeded, stale.Rejection?.Reason));
        }

        UsageCounter[] counters = [UsageCounter.Uses(Id), UsageCounter.UnitsSold(Id), UsageCounter.DiscountGiven(Id), UsageCounter.CouponUses(Id, coupon.Code)];
        Assert.Equal(counters.Select(c => ValueAsync(checkedFirst, c).Result), counters.Select(c => ValueAsync(storeOnly, c).Result));
        Assert.Equal(checkedFirst.Outbox.Count, storeOnly.Outbox.Count);
    }

    [Fact]
    public async Task The_same_order_with_other_figures_is_a_conflict_and_the_same_figures_a_replay()
    {
        var promotion = With(PromotionLimits.None);
        await RecordAsync(promotion, Use("o-1"));

        Assert.True((await RecordAsync(promotion, Use("o-1"))).Succeeded);
        var error = await Assert.ThrowsAsync<OrderRecordConflictException>(() => RecordAsync(promotion, Use("o-1", units: 2)));

        Assert.Equal(["p units: 1 recorded, 2 now"], error.Differences);
        Assert.Equal(1, await ValueAsync(UsageCounter.Uses(Id)));
        Assert.Equal(1, store.Outbox.Count);
    }

    [Fact]
    public async Task Coupon_limits_count_per_code_and_per_customer()
    {
        var promotion = With(PromotionLimits.None);
        var coupon = new Coupon(new CouponCode("CODE"), Id) { MaxUses = 2, MaxUsesPerCustomer = 1 };
        await RecordAsync(promotion, Use("o-1", "c-1", coupon: "CODE"), coupon: coupon);

        Assert.Equal(UsageRejectionReason.CouponCustomerLimitReached, (await RecordAsync(promotion, Use("o-2", "c-1", coupon: "code"), coupon: coupon)).Rejection?.Reason);
        Assert.True((await RecordAsync(promotion, Use("o-3", "c-2", coupon: "CODE"), coupon: coupon)).Succeeded);
        Assert.Equal(UsageRejectionReason.CouponUsedUp, (await RecordAsync(promotion, Use("o-4", "c-3", coupon: "CODE"), coupon: coupon)).Rejection?.Reason);
        Assert.Equal(2, await ValueAsync(UsageCounter.CouponUses(Id, new CouponCode("code"))));
        Assert.Equal(1, await ValueAsync(UsageCounter.CouponCustomerUses(Id, new CouponCode("CODE"), new CustomerId("c-2"))));
    }

    [Fact]
    public async Task Releasing_an_order_gives_back_everything_it_took_once()
    {
        await RecordAsync(With(PromotionLimits.None), Use("o-1", units: 3, discount: 9m, coupon: "X"));

        var first = OrderUsage.Cancel(await store.LoadAsync(new PromotionUsageKeys([], new OrderId("o-1")), Token), Now);
        await store.CommitAsync(first!, Token);
        var second = OrderUsage.Cancel(await store.LoadAsync(new PromotionUsageKeys([], new OrderId("o-1")), Token), Now);

        Assert.Null(second);
        var all = new[] { UsageCounter.Uses(Id), UsageCounter.CustomerUses(Id, new CustomerId("c-1")), UsageCounter.UnitsSold(Id), UsageCounter.DiscountGiven(Id), UsageCounter.CouponUses(Id, new CouponCode("X")), UsageCounter.CouponCustomerUses(Id, new CouponCode("X"), new CustomerId("c-1")) };
        Assert.Equal(6, first!.Increments.Count);
        Assert.Equal(0, (await store.LoadAsync(new PromotionUsageKeys(all, new OrderId("o-1")), Token)).RecordCount);
    }

    [Fact]
    public void Bad_counters_and_increments_are_refused_by_name()
    {
        Assert.Equal("promotion", Assert.Throws<ArgumentException>(() => UsageCounter.Uses(default)).ParamName);
        Assert.Equal("customer", Assert.Throws<ArgumentException>(() => UsageCounter.CustomerUses(Id, default)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new CounterIncrement(UsageCounter.Uses(Id), 0)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => new CounterIncrement(UsageCounter.Uses(Id), -1, 5)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => new CounterIncrement(UsageCounter.Uses(Id), 1, -1)).ParamName);
        Assert.Equal("increment", Assert.Throws<ArgumentException>(() => UsageCommitResult.RefusedBy(new CounterIncrement(UsageCounter.Uses(Id), 1, 5), 4)).ParamName);
        Assert.Equal("increments", Assert.Throws<ArgumentException>(() => new PromotionUsageChange([], [], [new CounterIncrement(UsageCounter.Uses(Id), 1), new CounterIncrement(UsageCounter.Uses(Id), 2)], [])).ParamName);
        Assert.Equal("counters", Assert.Throws<ArgumentException>(() => new LoadedPromotionUsage(new Dictionary<UsageCounter, long> { [UsageCounter.Uses(Id)] = -1 }, [])).ParamName);
    }

    private Task<OrderPromotionsResult> RecordAsync(Promotion promotion, PromotionUse use, LoadedPromotionUsage? loaded = null, Coupon? coupon = null) =>
        RecordAsync(store, promotion, use, loaded, coupon);

    private static async Task<OrderPromotionsResult> RecordAsync(InMemoryPromotionUsageStore store, Promotion promotion, PromotionUse use, LoadedPromotionUsage? loaded = null, Coupon? coupon = null)
    {
        WantedUse[] wanted = [new(promotion, use, coupon)];
        loaded ??= await store.LoadAsync(new PromotionUsageKeys(OrderUsage.LimitedCounters(wanted), use.Order), Token);
        var decision = OrderUsage.Record(use.Order, use.Customer, wanted, new HashSet<PromotionId> { promotion.Id }, loaded, Currency.CNY, Now);
        if (decision.Change is null)
        {
            return decision.Result;
        }

        var committed = await store.CommitAsync(decision.Change, Token);
        return committed.Refused is { } refused ? OrderUsage.Refused(refused, committed.CounterValue, Currency.CNY) : decision.Result;
    }

    private async Task<long> ValueAsync(UsageCounter counter) => await ValueAsync(store, counter);

    private static async Task<long> ValueAsync(InMemoryPromotionUsageStore store, UsageCounter counter) => (await store.LoadAsync(new PromotionUsageKeys([counter]), Token)).ValueOf(counter);
}
