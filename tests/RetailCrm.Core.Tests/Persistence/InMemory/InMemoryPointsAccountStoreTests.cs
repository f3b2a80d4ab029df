namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class InMemoryPointsAccountStoreTests : PointsAccountStoreContract
{
    protected override IPointsAccountStore CreateStore() => new InMemoryPointsAccountStore();

    protected override IEventOutbox OutboxOf(IPointsAccountStore store) => ((InMemoryPointsAccountStore)store).Outbox;

    [Fact]
    public async Task Stores_built_on_one_outbox_write_their_events_to_it()
    {
        var outbox = new InMemoryEventOutbox();
        var first = new InMemoryPointsAccountStore(outbox);
        var second = new InMemoryPointsAccountStore(outbox);

        await RunAsync(first, new CustomerId("c-1"), new AdjustPoints(new IdempotencyKey("a"), Points.Of(5), "gift"), Start);
        await RunAsync(second, new CustomerId("c-2"), new AdjustPoints(new IdempotencyKey("a"), Points.Of(7), "gift"), Start);

        var events = await outbox.ReadAsync(0, 10, TestContext.Current.CancellationToken);
        Assert.Equal(["points/c-1", "points/c-2"], events.Select(e => e.Event.Stream));
        Assert.Same(outbox, first.Outbox);
    }
}
