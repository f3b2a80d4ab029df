namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Service;
using RetailCrm.Testing;

public sealed class InMemoryComplaintRepositoryTests : ComplaintRepositoryContract
{
    protected override IComplaintRepository CreateRepository(ServiceRecoveryPolicy policy) => new InMemoryComplaintRepository(policy);

    [Fact]
    public void The_store_needs_a_policy()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new InMemoryComplaintRepository(null!)).ParamName);
    }

    [Fact]
    public async Task A_loaded_complaint_is_a_copy_that_changes_nothing_stored_until_saved()
    {
        var repository = CreateRepository(Policy);
        var complaint = RichComplaint(new ComplaintId("cmp-copy"), new RetailCrm.Primitives.CustomerId("c-copy"));
        await repository.SaveAsync(complaint, 0, TestContext.Current.CancellationToken);

        var loaded = (await repository.FindAsync(complaint.Id, TestContext.Current.CancellationToken))!;
        loaded.Resolve(TestKeys.Next(), "agent", complaint.History[^1].At);
        var again = (await repository.FindAsync(complaint.Id, TestContext.Current.CancellationToken))!;

        Assert.Equal(ComplaintState.Reopened, again.State);
        Assert.Equal(complaint.Version, again.Version);
    }
}
