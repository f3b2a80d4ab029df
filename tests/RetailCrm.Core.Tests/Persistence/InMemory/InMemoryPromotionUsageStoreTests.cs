namespace RetailCrm.Tests.Persistence.InMemory;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;

public sealed class InMemoryPromotionUsageStoreTests : PromotionUsageStoreContract
{
    protected override (IPromotionUsageStore Store, IEventOutbox Outbox) CreateStore()
    {
        var store = new InMemoryPromotionUsageStore();
        return (store, store.Outbox);
    }

    [Fact]
    public async Task Stores_built_over_one_outbox_append_their_events_to_it_in_commit_order()
    {
        var outbox = new InMemoryEventOutbox();
        var (a, b) = (new InMemoryPromotionUsageStore(outbox), new InMemoryPromotionUsageStore(outbox));
        var first = new PromotionUsed(new PromotionId("p"), new PromotionUse(new OrderId("o-1"), new CustomerId("c-1"), 1, Money.Of(1m, Currency.CNY)), Instant.FromUtc(2026, 6, 18, 4, 0));
        var second = first with { };

        await a.CommitAsync(new PromotionUsageChange([], [], [], [first]), TestContext.Current.CancellationToken);
        await b.CommitAsync(new PromotionUsageChange([], [], [], [second]), TestContext.Current.CancellationToken);

        Assert.Same(outbox, a.Outbox);
        Assert.Equal([first, second], (await outbox.ReadAsync(0, 10, TestContext.Current.CancellationToken)).Select(e => e.Event));
        Assert.Equal("promotion/p", first.Stream);
    }

    [Fact]
    public async Task Reading_history_with_bad_arguments_is_refused_by_name()
    {
        var store = new InMemoryPromotionUsageStore();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("promotion", (await Assert.ThrowsAsync<ArgumentException>(() => store.ReadHistoryAsync(default, 0, 1, ct))).ParamName);
        Assert.Equal("afterSequence", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ReadHistoryAsync(new PromotionId("p"), -1, 1, ct))).ParamName);
        Assert.Equal("maxCount", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ReadHistoryAsync(new PromotionId("p"), 0, 0, ct))).ParamName);
    }
}
