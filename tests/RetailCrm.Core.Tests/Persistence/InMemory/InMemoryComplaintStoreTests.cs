namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Service;
using RetailCrm.Testing;

public sealed class InMemoryComplaintStoreTests : ComplaintStoreContract
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected override (IComplaintStore Store, IEventOutbox Outbox) CreateStore()
    {
        var store = new InMemoryComplaintStore();
        return (store, store.Outbox);
    }

    [Fact]
    public async Task A_store_given_an_outbox_commits_its_events_there()
    {
        var outbox = new InMemoryEventOutbox();
        var store = new InMemoryComplaintStore(outbox);

        await store.CommitAsync(RichComplaint(new ComplaintId("cmp-shared"), new CustomerId("c-1")).TakeChanges()!, Token);

        Assert.Same(outbox, store.Outbox);
        Assert.True(outbox.Count > 0);
    }

    [Fact]
    public async Task A_loaded_record_is_a_copy_that_changes_nothing_stored_until_committed()
    {
        var store = new InMemoryComplaintStore();
        var complaint = RichComplaint(new ComplaintId("cmp-copy"), new CustomerId("c-copy"));
        await store.CommitAsync(complaint.TakeChanges()!, Token);

        var loaded = await store.LoadAsync(new ComplaintKeys(complaint.Id), Token);
        complaint.Resolve(TestKeys.Next(), "agent", complaint.History[^1].At);
        var again = await store.LoadAsync(new ComplaintKeys(complaint.Id), Token);

        Assert.Equal(loaded, again);
        Assert.Equal(ComplaintState.Reopened, again.Live!.State);
    }

    [Fact]
    public async Task A_change_that_skips_part_of_the_timeline_is_refused_and_writes_nothing()
    {
        var store = new InMemoryComplaintStore();
        var complaint = RichComplaint(new ComplaintId("cmp-gap"), new CustomerId("c-1"));
        var change = complaint.TakeChanges()!;
        await store.CommitAsync(change, Token);
        complaint.Resolve(TestKeys.Next(), "agent", complaint.History[^1].At);
        var next = complaint.TakeChanges()!;
        var gap = new ComplaintChange(next.Live, next.ExpectedVersion, [], next.Commands, next.Compensations, next.Events);

        Assert.Throws<ArgumentException>(() => store.CommitAsync(gap, Token).GetAwaiter().GetResult());
        Assert.Equal(change.Live, (await store.LoadAsync(new ComplaintKeys(complaint.Id), Token)).Live);
    }
}
