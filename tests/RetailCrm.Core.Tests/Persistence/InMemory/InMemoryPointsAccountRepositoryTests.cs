namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Testing;

public sealed class InMemoryPointsAccountRepositoryTests : PointsAccountRepositoryContract
{
    protected override IPointsAccountRepository CreateRepository(PointsPolicy policy) => new InMemoryPointsAccountRepository(policy);

    [Fact]
    public async Task Saving_with_a_version_above_the_account_version_is_a_bad_argument()
    {
        var repository = CreateRepository(Policy);
        var account = RichAccount(new("c-1"));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => repository.SaveAsync(account, account.Version + 1, TestContext.Current.CancellationToken));

        Assert.Equal("expectedVersion", error.ParamName);
        Assert.Null(await repository.FindAsync(account.CustomerId, TestContext.Current.CancellationToken));
    }
}
