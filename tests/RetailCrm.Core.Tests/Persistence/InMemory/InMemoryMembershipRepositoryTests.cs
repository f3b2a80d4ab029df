namespace RetailCrm.Tests.Persistence.InMemory;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class InMemoryMembershipRepositoryTests : MembershipRepositoryContract
{
    protected override IMembershipRepository CreateRepository(TierLadder ladder) => new InMemoryMembershipRepository(ladder);

    [Fact]
    public async Task Saving_with_a_version_above_the_account_version_is_a_bad_argument()
    {
        var repository = CreateRepository(Ladder);
        var account = RichAccount(new CustomerId("m-1"));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => repository.SaveAsync(account, account.Version + 1, TestContext.Current.CancellationToken));

        Assert.Equal("expectedVersion", error.ParamName);
        Assert.Null(await repository.FindAsync(account.Customer, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void The_store_needs_a_ladder()
    {
        Assert.Equal("ladder", Assert.Throws<ArgumentNullException>(() => new InMemoryMembershipRepository(null!)).ParamName);
    }

    [Fact]
    public async Task A_loaded_account_is_a_copy_that_changes_nothing_stored_until_saved()
    {
        var repository = CreateRepository(Ladder);
        var account = RichAccount(new CustomerId("m-copy"));
        await repository.SaveAsync(account, 0, TestContext.Current.CancellationToken);

        var loaded = (await repository.FindAsync(account.Customer, TestContext.Current.CancellationToken))!;
        loaded.RecordOrder(new OrderId("o-new"), Money.Of(10m, Currency.CNY), Instant.FromUtc(2028, 3, 1, 0, 0));
        var again = (await repository.FindAsync(account.Customer, TestContext.Current.CancellationToken))!;

        Assert.Equal(account.Version, again.Version);
        Assert.DoesNotContain(again.Activities, a => a.Reference == "order:o-new");
    }
}
