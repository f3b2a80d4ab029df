namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class InMemoryFeedbackProfileStoreTests : FeedbackProfileStoreContract
{
    protected override IFeedbackProfileStore CreateStore() => new InMemoryFeedbackProfileStore();

    protected override IEventOutbox OutboxOf(IFeedbackProfileStore store) => ((InMemoryFeedbackProfileStore)store).Outbox;

    [Fact]
    public async Task A_store_writes_to_the_outbox_it_is_given()
    {
        var outbox = new InMemoryEventOutbox();
        var store = new InMemoryFeedbackProfileStore(outbox);
        var party = new PartyId("shop-shared");
        var expected = FeedbackProfile.Open(party, Policy);

        await PlayRichAsync(store, party, expected);

        Assert.Same(outbox, store.Outbox);
        Assert.True(outbox.Count > 0);
        Assert.All(await outbox.ReadAsync(0, 10_000, TestContext.Current.CancellationToken), e => Assert.StartsWith("feedback/", e.Event.Stream, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_change_sets_of_one_party_in_one_commit_are_refused()
    {
        var store = new InMemoryFeedbackProfileStore();
        var party = new PartyId("shop-twice");
        var live = FeedbackProfileState.Empty(party, Policy) with { Version = 1 };
        var changes = new FeedbackChangeSet(0, live, [], [], [], [], [], []);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync([changes, changes], TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync([changes with { ExpectedVersion = 1 }], TestContext.Current.CancellationToken));
        Assert.Null((await store.LoadAsync(party, FeedbackLoadKeys.None, TestContext.Current.CancellationToken)).Live);
    }
}
